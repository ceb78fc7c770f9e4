package dev.apigw.examples;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.model.AuthorizationType;
import dev.apigw.model.Route;
import java.util.ArrayList;
import java.util.List;

/**
 * Code of the kind a user writes and unit-tests against a stubbed client (see {@code StubbingTest}
 * and the README's "Stub the client in your unit tests"): the routes of an API that anyone may
 * call.
 */
public final class OpenRoutes {
  private final ApiGatewayV2Client client;

  public OpenRoutes(ApiGatewayV2Client client) {
    this.client = client;
  }

  /**
   * The route keys of the API's routes that need no authorization (type {@code NONE} or unset),
   * over all pages.
   */
  public List<String> of(String apiId) {
    List<String> open = new ArrayList<>();
    for (Route route : client.getRoutesPaginator(request -> request.apiId(apiId)).items()) {
      boolean needsNone =
          route.authorizationType().map(AuthorizationType.NONE::equals).orElse(true);
      if (needsNone) {
        open.add(route.routeKey().orElse("(no route key)"));
      }
    }
    return open;
  }
}
