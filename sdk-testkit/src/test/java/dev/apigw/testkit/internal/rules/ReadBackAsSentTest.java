package dev.apigw.testkit.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.model.AuthorizerType;
import dev.apigw.model.GetAuthorizerResult;
import dev.apigw.model.GetIntegrationResponseResult;
import dev.apigw.model.GetRouteResponseResult;
import dev.apigw.model.IntegrationType;
import dev.apigw.model.ProtocolType;
import dev.apigw.testkit.ApiGatewayV2Emulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kinds the service fills nothing in on, as their classes' Javadoc says: a JWT authorizer
 * ({@link AuthorizerDefaults}), a route response and an integration response read back with the
 * members sent and their id.
 */
class ReadBackAsSentTest {
  private static ApiGatewayV2Emulator emulator;
  private static ApiGatewayV2Client client;

  @BeforeAll
  static void start() {
    emulator = ApiGatewayV2Emulator.start();
    client = emulator.client();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @Test
  void aJwtAuthorizerGetsNoneOfTheLambdaAuthorizersMembers() {
    String apiId = RuleTablesTest.CheckCases.api(client, ProtocolType.HTTP);
    String id =
        client
            .createAuthorizer(
                b ->
                    b.apiId(apiId)
                        .name("jwt")
                        .authorizerType(AuthorizerType.JWT)
                        .identitySource("$request.header.Authorization")
                        .jwtConfiguration(
                            j -> j.addAudience("app").issuer("https://issuer.example")))
            .authorizerId()
            .orElseThrow();

    assertThat(client.getAuthorizer(b -> b.apiId(apiId).authorizerId(id)))
        .isEqualTo(
            GetAuthorizerResult.builder()
                .authorizerId(id)
                .name("jwt")
                .authorizerType(AuthorizerType.JWT)
                .identitySource("$request.header.Authorization")
                .jwtConfiguration(j -> j.addAudience("app").issuer("https://issuer.example"))
                .build());
  }

  @Test
  void aRouteResponseReadsBackAsSent() {
    String apiId = RuleTablesTest.CheckCases.api(client, ProtocolType.WEBSOCKET);
    String routeId =
        client.createRoute(b -> b.apiId(apiId).routeKey("$default")).routeId().orElseThrow();
    String id =
        client
            .createRouteResponse(b -> b.apiId(apiId).routeId(routeId).routeResponseKey("$default"))
            .routeResponseId()
            .orElseThrow();

    assertThat(client.getRouteResponse(b -> b.apiId(apiId).routeId(routeId).routeResponseId(id)))
        .isEqualTo(
            GetRouteResponseResult.builder()
                .routeResponseId(id)
                .routeResponseKey("$default")
                .build());
  }

  @Test
  void anIntegrationResponseReadsBackAsSent() {
    String apiId = RuleTablesTest.CheckCases.api(client, ProtocolType.WEBSOCKET);
    String integrationId =
        client
            .createIntegration(b -> b.apiId(apiId).integrationType(IntegrationType.MOCK))
            .integrationId()
            .orElseThrow();
    String id =
        client
            .createIntegrationResponse(
                b -> b.apiId(apiId).integrationId(integrationId).integrationResponseKey("$default"))
            .integrationResponseId()
            .orElseThrow();

    assertThat(
            client.getIntegrationResponse(
                b -> b.apiId(apiId).integrationId(integrationId).integrationResponseId(id)))
        .isEqualTo(
            GetIntegrationResponseResult.builder()
                .integrationResponseId(id)
                .integrationResponseKey("$default")
                .build());
  }
}
