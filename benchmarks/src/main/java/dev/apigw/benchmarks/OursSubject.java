package dev.apigw.benchmarks;

import dev.apigw.benchmarks.server.Fixtures;
import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.core.auth.Credentials;
import dev.apigw.model.AuthorizationType;
import dev.apigw.model.CreateRouteRequest;
import dev.apigw.model.CreateRouteResult;
import dev.apigw.model.GetRoutesRequest;
import dev.apigw.model.GetRoutesResult;
import dev.apigw.model.NotFoundException;
import dev.apigw.model.ParameterConstraints;
import dev.apigw.model.Route;
import dev.apigw.model.UpdateRouteRequest;
import dev.apigw.model.UpdateRouteResult;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.openjdk.jmh.infra.Blackhole;

/**
 * apigw-java's {@link ApiGatewayV2Client} as a user builds it: region, static credentials, the
 * endpoint, and everything else default (retries, timeouts, its own OkHttp client).
 */
public final class OursSubject implements Subject {
  private final ApiGatewayV2Client client;

  public OursSubject(URI endpoint) {
    this(endpoint, UnaryOperator.identity());
  }

  /** The same client, with what {@code customize} adds to its builder (telemetry, say). */
  public OursSubject(URI endpoint, UnaryOperator<ApiGatewayV2Client.Builder> customize) {
    this.client =
        customize
            .apply(
                ApiGatewayV2Client.builder()
                    .region(Fixtures.REGION)
                    .credentials(Credentials.of(Fixtures.ACCESS_KEY_ID, Fixtures.SECRET_ACCESS_KEY))
                    .endpoint(endpoint))
            .build();
  }

  @Override
  public int getRoutes(String apiId, Blackhole bh) {
    GetRoutesResult result = client.getRoutes(GetRoutesRequest.builder().apiId(apiId).build());
    List<Route> items = result.items();
    for (Route route : items) {
      consume(route, bh);
    }
    bh.consume(result.nextToken().orElse(null));
    return items.size();
  }

  @Override
  public int paginate(Blackhole bh) {
    int routes = 0;
    for (Route route :
        client
            .getRoutesPaginator(GetRoutesRequest.builder().apiId(Fixtures.API_PAGED).build())
            .items()) {
      consume(route, bh);
      routes++;
    }
    return routes;
  }

  @Override
  public int createRoute(Blackhole bh) {
    CreateRouteResult result =
        client.createRoute(
            CreateRouteRequest.builder()
                .apiId(Fixtures.API_25)
                .routeKey(Fixtures.CREATE_ROUTE_KEY)
                .target(Fixtures.CREATE_TARGET)
                .authorizationType(AuthorizationType.fromValue(Fixtures.CREATE_AUTHORIZATION_TYPE))
                .operationName(Fixtures.CREATE_OPERATION_NAME)
                .apiKeyRequired(false)
                .build());
    bh.consume(result.apiGatewayManaged().orElse(null));
    bh.consume(result.apiKeyRequired().orElse(null));
    bh.consume(result.authorizationType().orElse(null));
    bh.consume(result.operationName().orElse(null));
    bh.consume(result.routeId().orElse(null));
    bh.consume(result.routeKey().orElse(null));
    bh.consume(result.target().orElse(null));
    return 1;
  }

  @Override
  public int updateRoute(Blackhole bh) {
    UpdateRouteResult result =
        client.updateRoute(
            UpdateRouteRequest.builder()
                .apiId(Fixtures.API_25)
                .routeId(Fixtures.ROUTE_ID)
                .target(Fixtures.UPDATE_TARGET)
                .authorizationType(AuthorizationType.fromValue(Fixtures.UPDATE_AUTHORIZATION_TYPE))
                .build());
    bh.consume(result.apiGatewayManaged().orElse(null));
    bh.consume(result.apiKeyRequired().orElse(null));
    bh.consume(result.authorizationType().orElse(null));
    bh.consume(result.operationName().orElse(null));
    bh.consume(result.routeId().orElse(null));
    bh.consume(result.routeKey().orElse(null));
    bh.consume(result.target().orElse(null));
    return 1;
  }

  @Override
  public int notFound(Blackhole bh) {
    try {
      client.getRoutes(GetRoutesRequest.builder().apiId(Fixtures.API_MISSING).build());
    } catch (NotFoundException e) {
      bh.consume(e.errorCode().orElse(null));
      bh.consume(e.errorMessage().orElse(null));
      bh.consume(e.requestId().orElse(null));
      return e.statusCode();
    }
    throw new IllegalStateException(
        "GetRoutes of " + Fixtures.API_MISSING + " did not fail with NotFoundException");
  }

  /** Every member of the route, as a user reading it would. */
  static void consume(Route route, Blackhole bh) {
    bh.consume(route.apiGatewayManaged().orElse(null));
    bh.consume(route.apiKeyRequired().orElse(null));
    for (String scope : route.authorizationScopes()) {
      bh.consume(scope);
    }
    bh.consume(route.authorizationType().orElse(null));
    bh.consume(route.authorizerId().orElse(null));
    bh.consume(route.modelSelectionExpression().orElse(null));
    bh.consume(route.operationName().orElse(null));
    for (Map.Entry<String, String> model : route.requestModels().entrySet()) {
      bh.consume(model.getKey());
      bh.consume(model.getValue());
    }
    for (Map.Entry<String, ParameterConstraints> parameter : route.requestParameters().entrySet()) {
      bh.consume(parameter.getKey());
      bh.consume(parameter.getValue().required().orElse(null));
    }
    bh.consume(route.routeId().orElse(null));
    bh.consume(route.routeKey().orElse(null));
    bh.consume(route.routeResponseSelectionExpression().orElse(null));
    bh.consume(route.target().orElse(null));
  }

  @Override
  public void close() {
    client.close();
  }
}
