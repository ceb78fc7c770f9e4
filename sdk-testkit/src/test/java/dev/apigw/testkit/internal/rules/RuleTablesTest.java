package dev.apigw.testkit.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.model.AuthorizerType;
import dev.apigw.model.BadRequestException;
import dev.apigw.model.DomainNameConfiguration;
import dev.apigw.model.GetPortalProductResult;
import dev.apigw.model.GetPortalResult;
import dev.apigw.model.GetProductRestEndpointPageResult;
import dev.apigw.model.IntegrationType;
import dev.apigw.model.ProtocolType;
import dev.apigw.model.RouteSettings;
import dev.apigw.model.RoutingRuleAction;
import dev.apigw.model.RoutingRuleCondition;
import dev.apigw.model.RoutingRuleMatchBasePaths;
import dev.apigw.testkit.ApiGatewayV2Emulator;
import dev.apigw.testkit.Portals;
import dev.apigw.testkit.StandaloneProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs over the defaults and validation tables: every row is a case, named by its table, its entry
 * and the fact it comes from, played through {@link ApiGatewayV2Client} on the emulator. A row
 * without a case here fails, so a new row comes with its test.
 */
class RuleTablesTest {
  private static ApiGatewayV2Emulator emulator;
  private static ApiGatewayV2Client client;
  private static StandaloneProcess standalone;
  private static ApiGatewayV2Client standaloneClient;

  @BeforeAll
  static void start() {
    emulator = ApiGatewayV2Emulator.start();
    client = emulator.client();
    standalone = StandaloneProcess.start();
    standaloneClient = standalone.newClient();
  }

  @AfterAll
  static void stop() {
    standaloneClient.close();
    standalone.close();
    emulator.close();
  }

  /** The emulator in this JVM and the standalone one, over HTTP: each row holds on both. */
  private static Map<String, ApiGatewayV2Client> emulators() {
    return Map.of("in-process", client, "standalone", standaloneClient);
  }

  static Stream<Arguments> defaults() {
    List<Arguments> rows = new ArrayList<>();
    addDefaults(rows, "route", RouteDefaults.TABLE);
    addDefaults(rows, "model", ModelDefaults.TABLE);
    addDefaults(rows, "apiMapping", ApiMappingDefaults.TABLE);
    addDefaults(rows, "integration", IntegrationDefaults.TABLE);
    addDefaults(rows, "stage", StageDefaults.TABLE);
    addDefaults(rows, "stage.defaultRouteSettings", StageDefaults.DEFAULT_ROUTE_SETTINGS);
    addDefaults(rows, "routingRule.invokeApi", RoutingRuleDefaults.INVOKE_API);
    addDefaults(rows, "authorizer", AuthorizerDefaults.TABLE);
    addDefaults(rows, "deployment", DeploymentDefaults.TABLE);
    addDefaults(rows, "api", ApiDefaults.TABLE);
    addDefaults(rows, "vpcLink", VpcLinkDefaults.TABLE);
    addDefaults(rows, "domainName", DomainNameDefaults.TABLE);
    addDefaults(rows, "domainName.configuration", DomainNameDefaults.CONFIGURATION);
    addDefaults(rows, "portal", PortalDefaults.TABLE);
    addDefaults(rows, "portalProduct", PortalProductDefaults.TABLE);
    addDefaults(rows, "productRestEndpointPage", ProductRestEndpointPageDefaults.TABLE);
    return rows.stream();
  }

  private static void addDefaults(List<Arguments> rows, String table, List<DefaultValue> entries) {
    for (int i = 0; i < entries.size(); i++) {
      DefaultValue entry = entries.get(i);
      rows.add(Arguments.of(table + "#" + i, entry.member(), entry.value(), entry.fact()));
    }
  }

  static Stream<Arguments> checks() {
    List<Arguments> rows = new ArrayList<>();
    addChecks(rows, "authorizer", AuthorizerChecks.TABLE);
    addChecks(rows, "integration", IntegrationChecks.TABLE);
    addChecks(rows, "apiMapping", ApiMappingChecks.TABLE);
    addChecks(rows, "route", RouteKeyRule.TABLE);
    return rows.stream();
  }

  private static void addChecks(List<Arguments> rows, String table, List<Check> entries) {
    for (Check entry : entries) {
      rows.add(Arguments.of(table + ":" + entry.name(), entry.fact()));
    }
  }

  @ParameterizedTest(name = "{0} {1}={2}: {3}")
  @MethodSource("defaults")
  void theServiceFillsInTheDefault(String row, String member, Object value, String fact) {
    Function<ApiGatewayV2Client, Object> reader = DefaultCases.READERS.get(row);
    assertThat(reader).as("a case for " + row).isNotNull();

    emulators()
        .forEach(
            (where, on) ->
                assertThat(String.valueOf(unwrap(reader.apply(on))))
                    .as("%s on the %s emulator", row, where)
                    .isEqualTo(String.valueOf(value)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("checks")
  void theServiceRefusesWhatBreaksTheRule(String row, String fact) {
    CheckCases.Case broken = CheckCases.CASES.get(row);
    assertThat(broken).as("a case for " + row).isNotNull();

    emulators()
        .forEach(
            (where, on) -> {
              BadRequestException refused =
                  catchThrowableOfType(BadRequestException.class, () -> broken.call.accept(on));

              assertThat(refused).as("%s on the %s emulator", row, where).isNotNull();
              assertThat(refused.errorMessage()).hasValue(broken.message);
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "$default",
        "ANY /",
        "GET /pets",
        "ANY /{proxy+}",
        "GET /pets/{id}/toys/{toyId}",
        "DELETE /a/{rest+}"
      })
  void anHttpApiAcceptsTheDocumentedRouteKeys(String routeKey) {
    String apiId = CheckCases.api(client, ProtocolType.HTTP);

    assertThat(client.createRoute(b -> b.apiId(apiId).routeKey(routeKey)).routeKey())
        .hasValue(routeKey);
  }

  @ParameterizedTest
  @ValueSource(strings = {"$connect", "$disconnect", "$default", "sendMessage"})
  void aWebSocketApiAcceptsItsPredefinedAndCustomRouteKeys(String routeKey) {
    String apiId = CheckCases.api(client, ProtocolType.WEBSOCKET);

    assertThat(client.createRoute(b -> b.apiId(apiId).routeKey(routeKey)).routeKey())
        .hasValue(routeKey);
  }

  @ParameterizedTest
  @ValueSource(strings = {"v1", "v1/orders", "a-b.c"})
  void anApiMappingKeyIsAPathBelowTheDomain(String key) {
    String apiId = CheckCases.api(client, ProtocolType.HTTP);
    client.createStage(b -> b.apiId(apiId).stageName("prod"));
    String domain = "k" + Math.abs(key.hashCode()) + ".example.com";
    client.createDomainName(b -> b.domainName(domain));

    assertThat(
            client
                .createApiMapping(
                    b -> b.domainName(domain).apiId(apiId).stage("prod").apiMappingKey(key))
                .apiMappingKey())
        .hasValue(key);
  }

  private static Object unwrap(Object value) {
    Object plain = value instanceof Optional ? ((Optional<?>) value).orElse(null) : value;
    return plain instanceof Map && ((Map<?, ?>) plain).isEmpty() ? Map.of() : plain;
  }

  /** How each default row is read back: a resource the row applies to, created bare, then read. */
  private static final class DefaultCases {
    static final Map<String, Function<ApiGatewayV2Client, Object>> READERS =
        Map.ofEntries(
            Map.entry("route#0", c -> route(c).apiKeyRequired()),
            Map.entry("route#1", c -> route(c).authorizationTypeAsString()),
            Map.entry("model#0", DefaultCases::modelContentType),
            Map.entry("apiMapping#0", DefaultCases::mappingKey),
            Map.entry("integration#0", c -> httpIntegration(c).connectionTypeAsString()),
            Map.entry("integration#1", c -> httpIntegration(c).timeoutInMillis()),
            Map.entry("integration#2", c -> mockIntegration(c).timeoutInMillis()),
            Map.entry("integration#3", c -> mockIntegration(c).passthroughBehaviorAsString()),
            Map.entry("integration#4", c -> mockIntegration(c).payloadFormatVersion()),
            Map.entry(
                "integration#5", c -> mockIntegration(c).integrationResponseSelectionExpression()),
            Map.entry("integration#6", c -> lambdaIntegration(c).integrationMethod()),
            Map.entry("integration#7", c -> httpIntegration(c).payloadFormatVersion()),
            Map.entry("stage#0", c -> stage(c, ProtocolType.HTTP).autoDeploy()),
            Map.entry("stage#1", c -> stage(c, ProtocolType.HTTP).routeSettings()),
            Map.entry("stage#2", c -> stage(c, ProtocolType.HTTP).stageVariables()),
            Map.entry("stage#3", c -> stage(c, ProtocolType.HTTP).tags()),
            Map.entry(
                "stage.defaultRouteSettings#0",
                c -> routeSettings(c, ProtocolType.HTTP).detailedMetricsEnabled()),
            Map.entry(
                "stage.defaultRouteSettings#1",
                c -> routeSettings(c, ProtocolType.WEBSOCKET).dataTraceEnabled()),
            Map.entry(
                "stage.defaultRouteSettings#2",
                c -> routeSettings(c, ProtocolType.WEBSOCKET).loggingLevelAsString()),
            Map.entry("routingRule.invokeApi#0", DefaultCases::stripBasePath),
            Map.entry(
                "authorizer#0", c -> lambdaAuthorizer(c, "1.0").authorizerResultTtlInSeconds()),
            Map.entry("authorizer#1", c -> lambdaAuthorizer(c, "2.0").enableSimpleResponses()),
            Map.entry("deployment#0", c -> deployment(c).deploymentStatusAsString()),
            Map.entry("deployment#1", c -> deployment(c).autoDeployed()),
            Map.entry("api#0", c -> api(c).apiKeySelectionExpression()),
            Map.entry("api#1", c -> api(c).routeSelectionExpression()),
            Map.entry("api#2", c -> api(c).disableExecuteApiEndpoint()),
            Map.entry("api#3", c -> api(c).ipAddressTypeAsString()),
            Map.entry("api#4", c -> api(c).tags()),
            Map.entry("vpcLink#0", c -> vpcLink(c).securityGroupIds()),
            Map.entry("vpcLink#1", c -> vpcLink(c).vpcLinkVersionAsString()),
            Map.entry("vpcLink#2", c -> vpcLink(c).tags()),
            Map.entry("domainName#0", c -> domainName(c).apiMappingSelectionExpression()),
            Map.entry("domainName#1", c -> domainName(c).routingModeAsString()),
            Map.entry("domainName#2", c -> domainName(c).tags()),
            Map.entry("domainName.configuration#0", c -> configuration(c).endpointTypeAsString()),
            Map.entry("domainName.configuration#1", c -> configuration(c).securityPolicyAsString()),
            Map.entry(
                "domainName.configuration#2", c -> configuration(c).domainNameStatusAsString()),
            Map.entry("domainName.configuration#3", c -> configuration(c).ipAddressTypeAsString()),
            Map.entry("portal#0", c -> portal(c).publishStatusAsString()),
            Map.entry("portal#1", c -> portal(c).includedPortalProductArns()),
            Map.entry("portal#2", c -> portal(c).tags()),
            Map.entry("portalProduct#0", c -> portalProduct(c).description()),
            Map.entry("portalProduct#1", c -> portalProduct(c).tags()),
            Map.entry("productRestEndpointPage#0", c -> endpointPage(c).statusAsString()),
            Map.entry("productRestEndpointPage#1", c -> endpointPage(c).tryItStateAsString()));

    private static GetPortalResult portal(ApiGatewayV2Client c) {
      String id = Portals.create(c, "Defaults");
      return c.getPortal(b -> b.portalId(id));
    }

    private static GetPortalProductResult portalProduct(ApiGatewayV2Client c) {
      String id =
          c.createPortalProduct(b -> b.displayName("Orders")).portalProductId().orElseThrow();
      return c.getPortalProduct(b -> b.portalProductId(id));
    }

    private static GetProductRestEndpointPageResult endpointPage(ApiGatewayV2Client c) {
      String productId =
          c.createPortalProduct(b -> b.displayName("Orders")).portalProductId().orElseThrow();
      String id =
          c.createProductRestEndpointPage(
                  b ->
                      b.portalProductId(productId).restEndpointIdentifier(Portals.ordersEndpoint()))
              .productRestEndpointPageId()
              .orElseThrow();
      return c.getProductRestEndpointPage(
          b -> b.portalProductId(productId).productRestEndpointPageId(id));
    }

    private static dev.apigw.model.GetApiResult api(ApiGatewayV2Client c) {
      String apiId = CheckCases.api(c, ProtocolType.HTTP);
      return c.getApi(b -> b.apiId(apiId));
    }

    private static dev.apigw.model.GetVpcLinkResult vpcLink(ApiGatewayV2Client c) {
      String id =
          c.createVpcLink(b -> b.name("link").addSubnetIds("subnet-1")).vpcLinkId().orElseThrow();
      return c.getVpcLink(b -> b.vpcLinkId(id));
    }

    private static dev.apigw.model.GetDomainNameResult domainName(ApiGatewayV2Client c) {
      String domain = "defaults" + DOMAINS.incrementAndGet() + ".example.com";
      c.createDomainName(
          b ->
              b.domainName(domain)
                  .addDomainNameConfigurations(
                      DomainNameConfiguration.builder()
                          .certificateArn("arn:aws:acm:us-east-1:123456789012:certificate/c")
                          .build()));
      return c.getDomainName(b -> b.domainName(domain));
    }

    private static DomainNameConfiguration configuration(ApiGatewayV2Client c) {
      return domainName(c).domainNameConfigurations().get(0);
    }

    private static final AtomicInteger DOMAINS = new AtomicInteger();

    private static dev.apigw.model.GetAuthorizerResult lambdaAuthorizer(
        ApiGatewayV2Client c, String payloadFormatVersion) {
      String apiId = CheckCases.api(c, ProtocolType.HTTP);
      String id =
          c.createAuthorizer(
                  b ->
                      b.apiId(apiId)
                          .name("lambda")
                          .authorizerType(AuthorizerType.REQUEST)
                          .authorizerUri("arn:aws:lambda:path")
                          .authorizerPayloadFormatVersion(payloadFormatVersion)
                          .identitySource("$request.header.Auth"))
              .authorizerId()
              .orElseThrow();
      return c.getAuthorizer(b -> b.apiId(apiId).authorizerId(id));
    }

    private static dev.apigw.model.GetDeploymentResult deployment(ApiGatewayV2Client c) {
      String apiId = CheckCases.api(c, ProtocolType.HTTP);
      String id = c.createDeployment(b -> b.apiId(apiId)).deploymentId().orElseThrow();
      return c.getDeployment(b -> b.apiId(apiId).deploymentId(id));
    }

    private static dev.apigw.model.GetRouteResult route(ApiGatewayV2Client c) {
      String apiId = CheckCases.api(c, ProtocolType.HTTP);
      String id = c.createRoute(b -> b.apiId(apiId).routeKey("GET /pets")).routeId().orElseThrow();
      return c.getRoute(b -> b.apiId(apiId).routeId(id));
    }

    private static Object modelContentType(ApiGatewayV2Client c) {
      String apiId = CheckCases.api(c, ProtocolType.WEBSOCKET);
      String id =
          c.createModel(b -> b.apiId(apiId).name("pet").schema("{\"type\":\"object\"}"))
              .modelId()
              .orElseThrow();
      return c.getModel(b -> b.apiId(apiId).modelId(id)).contentType();
    }

    private static Object mappingKey(ApiGatewayV2Client c) {
      String apiId = CheckCases.api(c, ProtocolType.HTTP);
      c.createStage(b -> b.apiId(apiId).stageName("prod"));
      String domain = "root" + apiId.toLowerCase(java.util.Locale.ROOT) + ".example.com";
      c.createDomainName(b -> b.domainName(domain));
      String id =
          c.createApiMapping(b -> b.domainName(domain).apiId(apiId).stage("prod"))
              .apiMappingId()
              .orElseThrow();
      return c.getApiMapping(b -> b.domainName(domain).apiMappingId(id)).apiMappingKey();
    }

    private static dev.apigw.model.GetIntegrationResult httpIntegration(ApiGatewayV2Client c) {
      String apiId = CheckCases.api(c, ProtocolType.HTTP);
      String id =
          c.createIntegration(
                  b ->
                      b.apiId(apiId)
                          .integrationType(IntegrationType.HTTP_PROXY)
                          .integrationMethod("GET")
                          .integrationUri("https://example.com"))
              .integrationId()
              .orElseThrow();
      return c.getIntegration(b -> b.apiId(apiId).integrationId(id));
    }

    private static dev.apigw.model.GetIntegrationResult lambdaIntegration(ApiGatewayV2Client c) {
      String apiId = CheckCases.api(c, ProtocolType.HTTP);
      String id =
          c.createIntegration(
                  b ->
                      b.apiId(apiId)
                          .integrationType(IntegrationType.AWS_PROXY)
                          .payloadFormatVersion("2.0")
                          .integrationUri(
                              "arn:aws:lambda:us-east-1:123456789012:function:my-function"))
              .integrationId()
              .orElseThrow();
      return c.getIntegration(b -> b.apiId(apiId).integrationId(id));
    }

    private static dev.apigw.model.GetIntegrationResult mockIntegration(ApiGatewayV2Client c) {
      String apiId = CheckCases.api(c, ProtocolType.WEBSOCKET);
      String id =
          c.createIntegration(b -> b.apiId(apiId).integrationType(IntegrationType.MOCK))
              .integrationId()
              .orElseThrow();
      return c.getIntegration(b -> b.apiId(apiId).integrationId(id));
    }

    private static dev.apigw.model.GetStageResult stage(
        ApiGatewayV2Client c, ProtocolType protocol) {
      String apiId = CheckCases.api(c, protocol);
      c.createStage(b -> b.apiId(apiId).stageName("dev"));
      return c.getStage(b -> b.apiId(apiId).stageName("dev"));
    }

    private static RouteSettings routeSettings(ApiGatewayV2Client c, ProtocolType protocol) {
      return stage(c, protocol).defaultRouteSettings().orElseThrow();
    }

    private static Object stripBasePath(ApiGatewayV2Client c) {
      String apiId = CheckCases.api(c, ProtocolType.HTTP);
      String domain = "rr" + apiId.toLowerCase(java.util.Locale.ROOT) + ".example.com";
      c.createDomainName(b -> b.domainName(domain));
      String ruleId =
          c.createRoutingRule(
                  b ->
                      b.domainName(domain)
                          .priority(1)
                          .addConditions(
                              RoutingRuleCondition.builder()
                                  .matchBasePaths(
                                      RoutingRuleMatchBasePaths.builder()
                                          .addAnyOf("orders")
                                          .build())
                                  .build())
                          .addActions(
                              RoutingRuleAction.builder()
                                  .invokeApi(i -> i.apiId(apiId).stage("prod"))
                                  .build()))
              .routingRuleId()
              .orElseThrow();
      return c.getRoutingRule(b -> b.domainName(domain).routingRuleId(ruleId))
          .actions()
          .get(0)
          .invokeApi()
          .orElseThrow()
          .stripBasePath();
    }
  }

  /** A call that breaks each validation row, and the message the service answers with. */
  static final class CheckCases {
    static final class Case {
      final Consumer<ApiGatewayV2Client> call;
      final String message;

      Case(Consumer<ApiGatewayV2Client> call, String message) {
        this.call = call;
        this.message = message;
      }
    }

    static final Map<String, Case> CASES =
        Map.ofEntries(
            Map.entry(
                "authorizer:request-authorizer-payload-format",
                new Case(
                    c ->
                        c.createAuthorizer(
                            b ->
                                b.apiId(api(c, ProtocolType.HTTP))
                                    .name("lambda")
                                    .authorizerType(AuthorizerType.REQUEST)
                                    .authorizerUri("arn:aws:lambda:path")
                                    .identitySource("$request.header.Auth")),
                    "AuthorizerPayloadFormatVersion is a required parameter for REQUEST"
                        + " authorizer")),
            Map.entry(
                "authorizer:jwt-issuer",
                new Case(
                    c ->
                        c.createAuthorizer(
                            b ->
                                b.apiId(api(c, ProtocolType.HTTP))
                                    .name("jwt")
                                    .authorizerType(AuthorizerType.JWT)
                                    .identitySource("$request.header.Authorization")
                                    .jwtConfiguration(j -> j.addAudience("app"))),
                    "Issuer is a required parameter for JWT authorizer")),
            Map.entry(
                "authorizer:jwt-audience",
                new Case(
                    c ->
                        c.createAuthorizer(
                            b ->
                                b.apiId(api(c, ProtocolType.HTTP))
                                    .name("jwt")
                                    .authorizerType(AuthorizerType.JWT)
                                    .identitySource("$request.header.Authorization")
                                    .jwtConfiguration(j -> j.issuer("https://issuer.example"))),
                    "Audience is a required parameter for JWT authorizer")),
            Map.entry(
                "integration:http-api-proxy-only",
                new Case(
                    c ->
                        c.createIntegration(
                            b ->
                                b.apiId(api(c, ProtocolType.HTTP))
                                    .integrationType(IntegrationType.MOCK)),
                    "Currently, an API with a protocol type of HTTP may only be associated with"
                        + " proxy integrations (AWS_PROXY, HTTP_PROXY)")),
            Map.entry(
                "integration:http-proxy-uri",
                new Case(
                    c ->
                        c.createIntegration(
                            b ->
                                b.apiId(api(c, ProtocolType.HTTP))
                                    .integrationType(IntegrationType.HTTP_PROXY)
                                    .integrationMethod("GET")),
                    "IntegrationUri is a required parameter for HTTP_PROXY integration")),
            Map.entry(
                "integration:timeout-range",
                new Case(
                    c ->
                        c.createIntegration(
                            b ->
                                b.apiId(api(c, ProtocolType.WEBSOCKET))
                                    .integrationType(IntegrationType.MOCK)
                                    .timeoutInMillis(29001)),
                    "Timeout should be between 50 ms and 29000 ms")),
            Map.entry(
                "apiMapping:api-mapping-key-start",
                mapping(
                    "v1//orders",
                    "API mapping key should not start with a '/' or have" + " consecutive '/'s.")),
            Map.entry(
                "apiMapping:api-mapping-key-end",
                mapping("v1/", "API mapping key should not end with a '/'.")),
            Map.entry(
                "route:route-key-blank", route(ProtocolType.HTTP, " ", "Route key is required")),
            Map.entry(
                "route:http-route-key-form",
                route(
                    ProtocolType.HTTP,
                    "FETCH /pets",
                    "The provided route key is not formatted properly for HTTP protocol. Format"
                        + " should be \"<HTTP METHOD> /<RESOURCE PATH>\" or \"$default\"")),
            Map.entry(
                "route:http-route-key-path-parts",
                route(
                    ProtocolType.HTTP,
                    "GET /voice/*",
                    "One or more path parts appear to be invalid. Parts are validated against"
                        + " this regular expression: ^(\\{[\\w.:-]+\\+?\\}|[a-zA-Z0-9.:_-]+)$")),
            Map.entry(
                "route:http-route-key-greedy-last",
                route(
                    ProtocolType.HTTP,
                    "GET /{proxy+}/more",
                    "Invalid route key 'GET /{proxy+}/more': a greedy path variable must be the"
                        + " last segment of the path")),
            Map.entry(
                "route:http-route-key-distinct-variables",
                route(
                    ProtocolType.HTTP,
                    "GET /a/{x}/{x}",
                    "Invalid route key 'GET /a/{x}/{x}': a path variable is used more than once")),
            Map.entry(
                "route:websocket-route-key-reserved",
                route(
                    ProtocolType.WEBSOCKET,
                    "$reconnect",
                    "The provided route key is not formatted properly")));

    private static Case mapping(String key, String message) {
      return new Case(
          c -> {
            String apiId = api(c, ProtocolType.HTTP);
            c.createStage(b -> b.apiId(apiId).stageName("prod"));
            String domain = "m" + apiId.toLowerCase(java.util.Locale.ROOT) + ".example.com";
            c.createDomainName(b -> b.domainName(domain));
            c.createApiMapping(
                b -> b.domainName(domain).apiId(apiId).stage("prod").apiMappingKey(key));
          },
          message);
    }

    private static Case route(ProtocolType protocol, String routeKey, String message) {
      return new Case(
          c -> c.createRoute(b -> b.apiId(api(c, protocol)).routeKey(routeKey)), message);
    }

    static String api(ApiGatewayV2Client c, ProtocolType protocol) {
      return c.createApi(
              b -> {
                b.name("rules").protocolType(protocol);
                if (protocol == ProtocolType.WEBSOCKET) {
                  b.routeSelectionExpression("$request.body.action");
                }
              })
          .apiId()
          .orElseThrow();
    }
  }
}
