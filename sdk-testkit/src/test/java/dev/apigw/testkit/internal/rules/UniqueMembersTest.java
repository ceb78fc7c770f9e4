package dev.apigw.testkit.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.model.AuthorizerType;
import dev.apigw.model.ConflictException;
import dev.apigw.model.IntegrationType;
import dev.apigw.model.ProtocolType;
import dev.apigw.model.RoutingRuleAction;
import dev.apigw.model.RoutingRuleCondition;
import dev.apigw.model.RoutingRuleMatchBasePaths;
import dev.apigw.testkit.ApiGatewayV2Emulator;
import dev.apigw.testkit.StandaloneProcess;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the unique members' table: a second resource with the member of the first is a 409
 * {@code ConflictException} with the row's message, on the emulator in this JVM and on the
 * standalone one over HTTP.
 */
class UniqueMembersTest {
  private static ApiGatewayV2Emulator emulator;
  private static StandaloneProcess standalone;
  private static ApiGatewayV2Client standaloneClient;

  @BeforeAll
  static void start() {
    emulator = ApiGatewayV2Emulator.start();
    standalone = StandaloneProcess.start();
    standaloneClient = standalone.newClient();
  }

  @AfterAll
  static void stop() {
    standaloneClient.close();
    standalone.close();
    emulator.close();
  }

  static List<UniqueMembers.Row> rows() {
    return UniqueMembers.TABLE;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void aSecondResourceWithTheMemberOfTheFirstConflictsWithTheRowsMessage(UniqueMembers.Row row) {
    Consumer<ApiGatewayV2Client> twice = TWICE.get(row.toString());
    assertThat(twice).as("a case for " + row).isNotNull();

    for (ApiGatewayV2Client client : List.of(emulator.client(), standaloneClient)) {
      ConflictException conflict =
          catchThrowableOfType(ConflictException.class, () -> twice.accept(client));

      assertThat(conflict).as("%s (%s)", row, row.messageSource).isNotNull();
      assertThat(conflict.statusCode()).isEqualTo(409);
      assertThat(conflict.errorMessage()).hasValue(row.message.apply(VALUES.get(row.toString())));
    }
  }

  /** The value each case sends twice. */
  private static final Map<String, Object> VALUES =
      Map.of(
          "Route.routeKey", "GET /pets",
          "RouteResponse.routeResponseKey", "$default",
          "IntegrationResponse.integrationResponseKey", "/200/",
          "Model.name", "pet",
          "Authorizer.name", "lambda",
          "Stage.stageName", "prod",
          "DomainName.domainName", "twice.example.com",
          "ApiMapping.apiMappingKey", "v1",
          "RoutingRule.priority", 7);

  private static final Map<String, Consumer<ApiGatewayV2Client>> TWICE =
      Map.of(
          "Route.routeKey",
          c -> {
            String apiId = api(c, ProtocolType.HTTP);
            for (int i = 0; i < 2; i++) {
              c.createRoute(b -> b.apiId(apiId).routeKey("GET /pets"));
            }
          },
          "RouteResponse.routeResponseKey",
          c -> {
            String apiId = api(c, ProtocolType.WEBSOCKET);
            String routeId =
                c.createRoute(b -> b.apiId(apiId).routeKey("$default")).routeId().orElseThrow();
            for (int i = 0; i < 2; i++) {
              c.createRouteResponse(
                  b -> b.apiId(apiId).routeId(routeId).routeResponseKey("$default"));
            }
          },
          "IntegrationResponse.integrationResponseKey",
          c -> {
            String apiId = api(c, ProtocolType.WEBSOCKET);
            String integrationId =
                c.createIntegration(b -> b.apiId(apiId).integrationType(IntegrationType.MOCK))
                    .integrationId()
                    .orElseThrow();
            for (int i = 0; i < 2; i++) {
              c.createIntegrationResponse(
                  b -> b.apiId(apiId).integrationId(integrationId).integrationResponseKey("/200/"));
            }
          },
          "Model.name",
          c -> {
            String apiId = api(c, ProtocolType.WEBSOCKET);
            for (int i = 0; i < 2; i++) {
              c.createModel(b -> b.apiId(apiId).name("pet").schema("{\"type\":\"object\"}"));
            }
          },
          "Authorizer.name",
          c -> {
            String apiId = api(c, ProtocolType.HTTP);
            for (int i = 0; i < 2; i++) {
              c.createAuthorizer(
                  b ->
                      b.apiId(apiId)
                          .name("lambda")
                          .authorizerType(AuthorizerType.REQUEST)
                          .authorizerPayloadFormatVersion("2.0")
                          .authorizerUri("arn:aws:lambda:path")
                          .identitySource("$request.header.Auth"));
            }
          },
          "Stage.stageName",
          c -> {
            String apiId = api(c, ProtocolType.HTTP);
            for (int i = 0; i < 2; i++) {
              c.createStage(b -> b.apiId(apiId).stageName("prod"));
            }
          },
          "DomainName.domainName",
          c -> {
            c.createDomainName(b -> b.domainName("twice.example.com"));
            c.createDomainName(b -> b.domainName("twice.example.com"));
          },
          "ApiMapping.apiMappingKey",
          c -> {
            String apiId = api(c, ProtocolType.HTTP);
            c.createStage(b -> b.apiId(apiId).stageName("prod"));
            String domain = domain(c, apiId);
            for (int i = 0; i < 2; i++) {
              c.createApiMapping(
                  b -> b.domainName(domain).apiId(apiId).stage("prod").apiMappingKey("v1"));
            }
          },
          "RoutingRule.priority",
          c -> {
            String apiId = api(c, ProtocolType.HTTP);
            String domain = domain(c, apiId);
            for (int i = 0; i < 2; i++) {
              String basePath = "p" + i;
              c.createRoutingRule(
                  b ->
                      b.domainName(domain)
                          .priority(7)
                          .addConditions(
                              RoutingRuleCondition.builder()
                                  .matchBasePaths(
                                      RoutingRuleMatchBasePaths.builder()
                                          .addAnyOf(basePath)
                                          .build())
                                  .build())
                          .addActions(
                              RoutingRuleAction.builder()
                                  .invokeApi(a -> a.apiId(apiId).stage("prod"))
                                  .build()));
            }
          });

  private static String api(ApiGatewayV2Client c, ProtocolType protocol) {
    return RuleTablesTest.CheckCases.api(c, protocol);
  }

  private static String domain(ApiGatewayV2Client c, String apiId) {
    String domain = "u" + apiId.toLowerCase(Locale.ROOT) + ".example.com";
    c.createDomainName(b -> b.domainName(domain));
    return domain;
  }
}
