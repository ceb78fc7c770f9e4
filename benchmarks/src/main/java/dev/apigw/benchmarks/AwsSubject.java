package dev.apigw.benchmarks;

import dev.apigw.benchmarks.server.Fixtures;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.apigatewayv2.model.AuthorizationType;
import software.amazon.awssdk.services.apigatewayv2.model.CreateRouteRequest;
import software.amazon.awssdk.services.apigatewayv2.model.CreateRouteResponse;
import software.amazon.awssdk.services.apigatewayv2.model.GetRoutesRequest;
import software.amazon.awssdk.services.apigatewayv2.model.GetRoutesResponse;
import software.amazon.awssdk.services.apigatewayv2.model.NotFoundException;
import software.amazon.awssdk.services.apigatewayv2.model.ParameterConstraints;
import software.amazon.awssdk.services.apigatewayv2.model.Route;
import software.amazon.awssdk.services.apigatewayv2.model.UpdateRouteRequest;
import software.amazon.awssdk.services.apigatewayv2.model.UpdateRouteResponse;

/**
 * The AWS SDK for Java v2's {@code ApiGatewayV2Client} as a user builds it: region, static
 * credentials, {@code endpointOverride}, one HTTP client (Apache, its default, or {@code
 * UrlConnectionHttpClient}) with its defaults, and everything else default. That SDK has no
 * GetRoutes paginator, so {@link #paginate} follows {@code nextToken} by hand, as its users do.
 */
public final class AwsSubject implements Subject {
  /** The HTTP clients compared. */
  public enum Http {
    APACHE,
    URL_CONNECTION
  }

  private final ApiGatewayV2Client client;

  public AwsSubject(URI endpoint, Http http) {
    SdkHttpClient.Builder<?> httpClient =
        http == Http.APACHE ? ApacheHttpClient.builder() : UrlConnectionHttpClient.builder();
    this.client =
        ApiGatewayV2Client.builder()
            .region(Region.of(Fixtures.REGION))
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(Fixtures.ACCESS_KEY_ID, Fixtures.SECRET_ACCESS_KEY)))
            .endpointOverride(endpoint)
            .httpClientBuilder(httpClient)
            .build();
  }

  @Override
  public int getRoutes(String apiId, Blackhole bh) {
    GetRoutesResponse result = client.getRoutes(GetRoutesRequest.builder().apiId(apiId).build());
    List<Route> items = result.items();
    for (Route route : items) {
      consume(route, bh);
    }
    bh.consume(result.nextToken());
    return items.size();
  }

  @Override
  public int paginate(Blackhole bh) {
    int routes = 0;
    String token = null;
    do {
      GetRoutesResponse page =
          client.getRoutes(
              GetRoutesRequest.builder().apiId(Fixtures.API_PAGED).nextToken(token).build());
      for (Route route : page.items()) {
        consume(route, bh);
        routes++;
      }
      token = page.nextToken();
    } while (token != null && !token.isEmpty());
    return routes;
  }

  @Override
  public int createRoute(Blackhole bh) {
    CreateRouteResponse result =
        client.createRoute(
            CreateRouteRequest.builder()
                .apiId(Fixtures.API_25)
                .routeKey(Fixtures.CREATE_ROUTE_KEY)
                .target(Fixtures.CREATE_TARGET)
                .authorizationType(AuthorizationType.fromValue(Fixtures.CREATE_AUTHORIZATION_TYPE))
                .operationName(Fixtures.CREATE_OPERATION_NAME)
                .apiKeyRequired(false)
                .build());
    bh.consume(result.apiGatewayManaged());
    bh.consume(result.apiKeyRequired());
    bh.consume(result.authorizationType());
    bh.consume(result.operationName());
    bh.consume(result.routeId());
    bh.consume(result.routeKey());
    bh.consume(result.target());
    return 1;
  }

  @Override
  public int updateRoute(Blackhole bh) {
    UpdateRouteResponse result =
        client.updateRoute(
            UpdateRouteRequest.builder()
                .apiId(Fixtures.API_25)
                .routeId(Fixtures.ROUTE_ID)
                .target(Fixtures.UPDATE_TARGET)
                .authorizationType(AuthorizationType.fromValue(Fixtures.UPDATE_AUTHORIZATION_TYPE))
                .build());
    bh.consume(result.apiGatewayManaged());
    bh.consume(result.apiKeyRequired());
    bh.consume(result.authorizationType());
    bh.consume(result.operationName());
    bh.consume(result.routeId());
    bh.consume(result.routeKey());
    bh.consume(result.target());
    return 1;
  }

  @Override
  public int notFound(Blackhole bh) {
    try {
      client.getRoutes(GetRoutesRequest.builder().apiId(Fixtures.API_MISSING).build());
    } catch (NotFoundException e) {
      bh.consume(e.awsErrorDetails().errorCode());
      bh.consume(e.awsErrorDetails().errorMessage());
      bh.consume(e.requestId());
      return e.statusCode();
    }
    throw new IllegalStateException(
        "GetRoutes of " + Fixtures.API_MISSING + " did not fail with NotFoundException");
  }

  /** Every member of the route, as a user reading it would. */
  static void consume(Route route, Blackhole bh) {
    bh.consume(route.apiGatewayManaged());
    bh.consume(route.apiKeyRequired());
    for (String scope : route.authorizationScopes()) {
      bh.consume(scope);
    }
    bh.consume(route.authorizationType());
    bh.consume(route.authorizerId());
    bh.consume(route.modelSelectionExpression());
    bh.consume(route.operationName());
    for (Map.Entry<String, String> model : route.requestModels().entrySet()) {
      bh.consume(model.getKey());
      bh.consume(model.getValue());
    }
    for (Map.Entry<String, ParameterConstraints> parameter : route.requestParameters().entrySet()) {
      bh.consume(parameter.getKey());
      bh.consume(parameter.getValue().required());
    }
    bh.consume(route.routeId());
    bh.consume(route.routeKey());
    bh.consume(route.routeResponseSelectionExpression());
    bh.consume(route.target());
  }

  @Override
  public void close() {
    client.close();
  }
}
