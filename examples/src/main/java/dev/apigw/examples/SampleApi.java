package dev.apigw.examples;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.model.IntegrationType;
import dev.apigw.model.ProtocolType;
import java.io.PrintStream;
import java.util.List;

/** Creates the examples' sample HTTP API: pets and owners, three integrations and eight routes. */
public final class SampleApi {
  /** The route keys of the sample API, in the order they are created. */
  public static final List<String> ROUTE_KEYS =
      List.of(
          "POST /pets",
          "GET /pets/{petId}",
          "PUT /pets/{petId}",
          "DELETE /pets/{petId}",
          "GET /owners",
          "POST /owners",
          "GET /owners/{ownerId}",
          "$default");

  private SampleApi() {}

  /** Creates it with {@code client}, telling {@code progress} what it does, and returns its id. */
  public static String create(ApiGatewayV2Client client, PrintStream progress) {
    String apiId =
        client.createApi(b -> b.name("pets").protocolType(ProtocolType.HTTP)).apiId().orElseThrow();
    progress.println("Created the HTTP API pets (" + apiId + ")");
    String pets = integration(client, apiId, "https://pets.example.com");
    String owners = integration(client, apiId, "https://owners.example.com");
    String fallback = integration(client, apiId, "https://fallback.example.com");
    for (String routeKey : ROUTE_KEYS) {
      String target =
          routeKey.equals("$default") ? fallback : routeKey.contains("/pets") ? pets : owners;
      client.createRoute(b -> b.apiId(apiId).routeKey(routeKey).target("integrations/" + target));
    }
    progress.println("Created 3 integrations and " + ROUTE_KEYS.size() + " routes");
    return apiId;
  }

  private static String integration(ApiGatewayV2Client client, String apiId, String uri) {
    return client
        .createIntegration(
            b ->
                b.apiId(apiId)
                    .integrationType(IntegrationType.HTTP_PROXY)
                    .integrationUri(uri)
                    .integrationMethod("ANY")
                    .payloadFormatVersion("1.0"))
        .integrationId()
        .orElseThrow();
  }
}
