package dev.apigw.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.model.AccessLogSettings;
import dev.apigw.model.Authorization;
import dev.apigw.model.AuthorizerType;
import dev.apigw.model.BadRequestException;
import dev.apigw.model.ConflictException;
import dev.apigw.model.Cors;
import dev.apigw.model.CreateApiResult;
import dev.apigw.model.DisplayContent;
import dev.apigw.model.DomainNameConfiguration;
import dev.apigw.model.EndpointConfigurationRequest;
import dev.apigw.model.EndpointType;
import dev.apigw.model.GetStageResult;
import dev.apigw.model.IntegrationType;
import dev.apigw.model.IpAddressType;
import dev.apigw.model.JWTConfiguration;
import dev.apigw.model.None;
import dev.apigw.model.NotFoundException;
import dev.apigw.model.ParameterConstraints;
import dev.apigw.model.PortalContent;
import dev.apigw.model.ProtocolType;
import dev.apigw.model.RouteSettings;
import dev.apigw.model.RoutingMode;
import dev.apigw.model.RoutingRuleAction;
import dev.apigw.model.RoutingRuleActionInvokeApi;
import dev.apigw.model.RoutingRuleCondition;
import dev.apigw.model.RoutingRuleMatchBasePaths;
import dev.apigw.model.TryItState;
import dev.apigw.testkit.internal.ModelIndex;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the model through our client on the emulator: create, read, update (PATCH),
 * list and delete of each kind of resource, and the operations that are not plain CRUD. The last
 * test checks that the scenario called every operation the model has (all 103 of the 2026-08
 * model), so a new operation cannot go unemulated.
 */
class EmulatorOperationsTest {
  private static final Pattern API_ID = Pattern.compile("[a-z0-9]{10}");
  private static final Pattern ROUTE_ID = Pattern.compile("[a-z0-9]{7}");
  private static ApiGatewayV2Emulator emulator;
  private static ApiGatewayV2Client client;

  @BeforeAll
  static void start() {
    emulator = ApiGatewayV2Emulator.builder().region("eu-west-1").start();
    client = emulator.client();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @BeforeEach
  void reset() {
    emulator.reset();
  }

  @Test
  void apisRoutesAndRouteResponsesRoundTrip() {
    CreateApiResult api =
        client.createApi(
            b ->
                b.name("pets")
                    .protocolType(ProtocolType.HTTP)
                    .version("1")
                    .description("d")
                    .corsConfiguration(
                        Cors.builder().addAllowOrigins("https://example.com").maxAge(300).build())
                    .putTag("team", "a"));
    String apiId = api.apiId().orElseThrow();
    assertThat(apiId).matches(API_ID);
    assertThat(api.apiEndpoint())
        .hasValue("https://" + apiId + ".execute-api.eu-west-1.amazonaws.com");
    assertThat(api.routeSelectionExpression()).hasValue("$request.method $request.path");
    assertThat(api.createdDate()).isPresent();
    assertThat(api.tags()).containsEntry("team", "a");

    assertThat(client.getApi(b -> b.apiId(apiId)).corsConfiguration().orElseThrow().maxAge())
        .hasValue(300);
    assertThat(client.updateApi(b -> b.apiId(apiId).name("pets-2")).description()).hasValue("d");
    assertThat(client.getApis(b -> {}).items())
        .extracting(a -> a.name().orElseThrow())
        .containsExactly("pets-2");
    client.deleteCorsConfiguration(b -> b.apiId(apiId));
    assertThat(client.getApi(b -> b.apiId(apiId)).corsConfiguration()).isEmpty();

    String routeId =
        client
            .createRoute(
                b ->
                    b.apiId(apiId)
                        .routeKey("GET /pets/{id}")
                        .putRequestParameter(
                            "route.request.querystring.q",
                            ParameterConstraints.builder().required(true).build()))
            .routeId()
            .orElseThrow();
    assertThat(routeId).matches(ROUTE_ID);
    assertThat(
            client
                .getRoute(b -> b.apiId(apiId).routeId(routeId))
                .authorizationType()
                .orElseThrow()
                .value())
        .isEqualTo("NONE");
    assertThat(
            client
                .updateRoute(b -> b.apiId(apiId).routeId(routeId).operationName("getPet"))
                .routeKey())
        .hasValue("GET /pets/{id}");
    client.deleteRouteRequestParameter(
        b -> b.apiId(apiId).routeId(routeId).requestParameterKey("route.request.querystring.q"));
    assertThat(client.getRoute(b -> b.apiId(apiId).routeId(routeId)).requestParameters()).isEmpty();
    assertThat(client.getRoutes(b -> b.apiId(apiId)).items()).hasSize(1);

    String responseId =
        client
            .createRouteResponse(b -> b.apiId(apiId).routeId(routeId).routeResponseKey("$default"))
            .routeResponseId()
            .orElseThrow();
    assertThat(
            client
                .getRouteResponse(b -> b.apiId(apiId).routeId(routeId).routeResponseId(responseId))
                .routeResponseKey())
        .hasValue("$default");
    assertThat(
            client
                .updateRouteResponse(
                    b ->
                        b.apiId(apiId)
                            .routeId(routeId)
                            .routeResponseId(responseId)
                            .modelSelectionExpression("$default"))
                .modelSelectionExpression())
        .hasValue("$default");
    assertThat(client.getRouteResponses(b -> b.apiId(apiId).routeId(routeId)).items()).hasSize(1);
    client.deleteRouteResponse(b -> b.apiId(apiId).routeId(routeId).routeResponseId(responseId));
    assertThat(client.getRouteResponses(b -> b.apiId(apiId).routeId(routeId)).items()).isEmpty();

    client.deleteRoute(b -> b.apiId(apiId).routeId(routeId));
    assertThat(
            catchThrowableOfType(
                    NotFoundException.class,
                    () -> client.getRoute(b -> b.apiId(apiId).routeId(routeId)))
                .errorMessage())
        .hasValue("Invalid Route identifier specified 123456789012:" + routeId);
    client.deleteApi(b -> b.apiId(apiId));
    assertThat(client.getApis(b -> {}).items()).isEmpty();
  }

  @Test
  void integrationsModelsAndAuthorizersRoundTrip() {
    String apiId =
        client
            .createApi(
                b ->
                    b.name("ws")
                        .protocolType(ProtocolType.WEBSOCKET)
                        .routeSelectionExpression("$request.body.action"))
            .apiId()
            .orElseThrow();
    String integrationId =
        client
            .createIntegration(
                b ->
                    b.apiId(apiId)
                        .integrationType(IntegrationType.HTTP)
                        .integrationUri("https://example.com")
                        .integrationMethod("POST"))
            .integrationId()
            .orElseThrow();
    assertThat(
            client
                .getIntegration(b -> b.apiId(apiId).integrationId(integrationId))
                .timeoutInMillis())
        .hasValue(29000);
    assertThat(
            client
                .updateIntegration(
                    b -> b.apiId(apiId).integrationId(integrationId).timeoutInMillis(5000))
                .timeoutInMillis())
        .hasValue(5000);
    assertThat(client.getIntegrations(b -> b.apiId(apiId)).items()).hasSize(1);

    String irId =
        client
            .createIntegrationResponse(
                b -> b.apiId(apiId).integrationId(integrationId).integrationResponseKey("/200/"))
            .integrationResponseId()
            .orElseThrow();
    assertThat(
            client
                .getIntegrationResponse(
                    b -> b.apiId(apiId).integrationId(integrationId).integrationResponseId(irId))
                .integrationResponseKey())
        .hasValue("/200/");
    assertThat(
            client
                .updateIntegrationResponse(
                    b ->
                        b.apiId(apiId)
                            .integrationId(integrationId)
                            .integrationResponseId(irId)
                            .templateSelectionExpression("$default"))
                .templateSelectionExpression())
        .hasValue("$default");
    assertThat(
            client
                .getIntegrationResponses(b -> b.apiId(apiId).integrationId(integrationId))
                .items())
        .hasSize(1);
    client.deleteIntegrationResponse(
        b -> b.apiId(apiId).integrationId(integrationId).integrationResponseId(irId));
    client.deleteIntegration(b -> b.apiId(apiId).integrationId(integrationId));
    assertThat(client.getIntegrations(b -> b.apiId(apiId)).items()).isEmpty();

    String modelId =
        client
            .createModel(b -> b.apiId(apiId).name("Pet").schema("{\"type\":\"object\"}"))
            .modelId()
            .orElseThrow();
    assertThat(client.getModel(b -> b.apiId(apiId).modelId(modelId)).contentType())
        .hasValue("application/json");
    assertThat(client.getModelTemplate(b -> b.apiId(apiId).modelId(modelId)).value())
        .hasValue("{\"type\":\"object\"}");
    assertThat(
            client
                .updateModel(b -> b.apiId(apiId).modelId(modelId).description("a pet"))
                .description())
        .hasValue("a pet");
    assertThat(client.getModels(b -> b.apiId(apiId)).items()).hasSize(1);
    client.deleteModel(b -> b.apiId(apiId).modelId(modelId));

    String authorizerId =
        client
            .createAuthorizer(
                b ->
                    b.apiId(apiId)
                        .name("jwt")
                        .authorizerType(AuthorizerType.JWT)
                        .addIdentitySource("$request.header.Authorization")
                        .jwtConfiguration(
                            JWTConfiguration.builder()
                                .issuer("https://issuer")
                                .addAudience("me")
                                .build()))
            .authorizerId()
            .orElseThrow();
    assertThat(
            client
                .getAuthorizer(b -> b.apiId(apiId).authorizerId(authorizerId))
                .jwtConfiguration()
                .orElseThrow()
                .issuer())
        .hasValue("https://issuer");
    assertThat(
            client
                .updateAuthorizer(b -> b.apiId(apiId).authorizerId(authorizerId).name("jwt2"))
                .name())
        .hasValue("jwt2");
    assertThat(client.getAuthorizers(b -> b.apiId(apiId)).items()).hasSize(1);
    client.deleteAuthorizer(b -> b.apiId(apiId).authorizerId(authorizerId));
    assertThat(client.getAuthorizers(b -> b.apiId(apiId)).items()).isEmpty();
  }

  @Test
  void stagesAndDeploymentsRoundTrip() {
    String apiId =
        client.createApi(b -> b.name("s").protocolType(ProtocolType.HTTP)).apiId().orElseThrow();
    client.createStage(
        b ->
            b.apiId(apiId)
                .stageName("prod")
                .putStageVariable("v", "1")
                .accessLogSettings(
                    AccessLogSettings.builder()
                        .destinationArn("arn:aws:logs:x")
                        .format("$context.requestId")
                        .build())
                .putRouteSetting(
                    "GET /x", RouteSettings.builder().throttlingBurstLimit(5).build()));
    String deploymentId =
        client
            .createDeployment(b -> b.apiId(apiId).stageName("prod").description("first"))
            .deploymentId()
            .orElseThrow();
    assertThat(
            client
                .getDeployment(b -> b.apiId(apiId).deploymentId(deploymentId))
                .deploymentStatus()
                .orElseThrow()
                .value())
        .isEqualTo("DEPLOYED");
    assertThat(client.getStage(b -> b.apiId(apiId).stageName("prod")).deploymentId())
        .hasValue(deploymentId);
    assertThat(
            client
                .updateDeployment(
                    b -> b.apiId(apiId).deploymentId(deploymentId).description("second"))
                .description())
        .hasValue("second");
    assertThat(client.getDeployments(b -> b.apiId(apiId)).items()).hasSize(1);

    assertThat(
            client
                .updateStage(b -> b.apiId(apiId).stageName("prod").description("p"))
                .stageVariables())
        .containsEntry("v", "1");
    client.deleteAccessLogSettings(b -> b.apiId(apiId).stageName("prod"));
    client.deleteRouteSettings(b -> b.apiId(apiId).stageName("prod").routeKey("GET /x"));
    client.resetAuthorizersCache(b -> b.apiId(apiId).stageName("prod"));
    GetStageResult stage = client.getStage(b -> b.apiId(apiId).stageName("prod"));
    assertThat(stage.accessLogSettings()).isEmpty();
    assertThat(stage.routeSettings()).isEmpty();
    assertThat(client.getStages(b -> b.apiId(apiId)).items()).hasSize(1);
    assertThat(
            catchThrowableOfType(
                    ConflictException.class,
                    () -> client.createStage(b -> b.apiId(apiId).stageName("prod")))
                .statusCode())
        .isEqualTo(409);
    client.deleteDeployment(b -> b.apiId(apiId).deploymentId(deploymentId));
    client.deleteStage(b -> b.apiId(apiId).stageName("prod"));
    assertThat(client.getStages(b -> b.apiId(apiId)).items()).isEmpty();
  }

  @Test
  void autoDeployStagesAreRedeployedAfterEachChange() {
    String apiId =
        client.createApi(b -> b.name("auto").protocolType(ProtocolType.HTTP)).apiId().orElseThrow();
    client.createStage(b -> b.apiId(apiId).stageName("$default").autoDeploy(true));
    String first =
        client.getStage(b -> b.apiId(apiId).stageName("$default")).deploymentId().orElseThrow();

    client.createRoute(b -> b.apiId(apiId).routeKey("GET /a"));

    GetStageResult stage = client.getStage(b -> b.apiId(apiId).stageName("$default"));
    assertThat(stage.deploymentId()).isPresent().isNotEqualTo(java.util.Optional.of(first));
    assertThat(
            client
                .getDeployment(b -> b.apiId(apiId).deploymentId(stage.deploymentId().orElseThrow()))
                .autoDeployed())
        .hasValue(true);
  }

  @Test
  void quickCreateMakesARouteAnIntegrationAndADefaultStage() {
    String apiId =
        client
            .createApi(
                b ->
                    b.name("quick")
                        .protocolType(ProtocolType.HTTP)
                        .target("arn:aws:lambda:eu-west-1:123456789012:function:f"))
            .apiId()
            .orElseThrow();

    assertThat(client.getRoutes(b -> b.apiId(apiId)).items())
        .singleElement()
        .satisfies(route -> assertThat(route.routeKey()).hasValue("$default"));
    assertThat(client.getIntegrations(b -> b.apiId(apiId)).items())
        .singleElement()
        .satisfies(
            integration -> {
              assertThat(integration.integrationType()).hasValue(IntegrationType.AWS_PROXY);
              assertThat(integration.payloadFormatVersion()).hasValue("2.0");
            });
    assertThat(client.getStages(b -> b.apiId(apiId)).items())
        .singleElement()
        .satisfies(stage -> assertThat(stage.autoDeploy()).hasValue(true));
  }

  @Test
  void domainNamesApiMappingsVpcLinksAndTagsRoundTrip() {
    String apiId =
        client.createApi(b -> b.name("d").protocolType(ProtocolType.HTTP)).apiId().orElseThrow();
    client.createStage(b -> b.apiId(apiId).stageName("prod"));
    client.createDomainName(
        b ->
            b.domainName("api.example.com")
                .addDomainNameConfigurations(
                    DomainNameConfiguration.builder()
                        .certificateArn("arn:aws:acm:x")
                        .endpointType(EndpointType.REGIONAL)
                        .build()));
    assertThat(
            client
                .getDomainName(b -> b.domainName("api.example.com"))
                .domainNameConfigurations()
                .get(0)
                .apiGatewayDomainName()
                .orElseThrow())
        .endsWith(".execute-api.eu-west-1.amazonaws.com");
    assertThat(
            client
                .updateDomainName(
                    b ->
                        b.domainName("api.example.com")
                            .addDomainNameConfigurations(
                                DomainNameConfiguration.builder()
                                    .certificateArn("arn:aws:acm:y")
                                    .build()))
                .domainNameConfigurations()
                .get(0)
                .certificateArn())
        .hasValue("arn:aws:acm:y");
    assertThat(client.getDomainNames(b -> {}).items()).hasSize(1);

    String mappingId =
        client
            .createApiMapping(
                b -> b.domainName("api.example.com").apiId(apiId).stage("prod").apiMappingKey("v1"))
            .apiMappingId()
            .orElseThrow();
    assertThat(
            client
                .getApiMapping(b -> b.domainName("api.example.com").apiMappingId(mappingId))
                .apiMappingKey())
        .hasValue("v1");
    assertThat(
            client
                .updateApiMapping(
                    b ->
                        b.domainName("api.example.com")
                            .apiMappingId(mappingId)
                            .apiId(apiId)
                            .apiMappingKey("v2"))
                .apiMappingKey())
        .hasValue("v2");
    assertThat(client.getApiMappings(b -> b.domainName("api.example.com")).items()).hasSize(1);
    client.deleteApiMapping(b -> b.domainName("api.example.com").apiMappingId(mappingId));
    client.deleteDomainName(b -> b.domainName("api.example.com"));
    assertThat(client.getDomainNames(b -> {}).items()).isEmpty();

    String vpcLinkId =
        client
            .createVpcLink(b -> b.name("link").addSubnetIds("subnet-1"))
            .vpcLinkId()
            .orElseThrow();
    assertThat(client.getVpcLink(b -> b.vpcLinkId(vpcLinkId)).vpcLinkStatus().orElseThrow().value())
        .isEqualTo("AVAILABLE");
    assertThat(client.updateVpcLink(b -> b.vpcLinkId(vpcLinkId).name("link2")).name())
        .hasValue("link2");
    assertThat(client.getVpcLinks(b -> {}).items()).hasSize(1);
    client.deleteVpcLink(b -> b.vpcLinkId(vpcLinkId));
    assertThat(client.getVpcLinks(b -> {}).items()).isEmpty();

    String arn = "arn:aws:apigateway:eu-west-1::/apis/" + apiId;
    client.tagResource(b -> b.resourceArn(arn).putTag("env", "test").putTag("owner", "me"));
    client.untagResource(b -> b.resourceArn(arn).addTagKeys("owner"));
    assertThat(client.getTags(b -> b.resourceArn(arn)).tags())
        .containsExactly(Map.entry("env", "test"));
    assertThat(client.getApi(b -> b.apiId(apiId)).tags()).containsExactly(Map.entry("env", "test"));
  }

  @Test
  void importReimportAndExportOpenApi() {
    String document =
        "openapi: 3.0.1\n"
            + "info:\n  title: imported\n  version: '2'\n"
            + "paths:\n"
            + "  /pets:\n"
            + "    get:\n"
            + "      responses:\n        default:\n          description: ok\n"
            + "      x-amazon-apigateway-integration:\n"
            + "        type: http_proxy\n        uri: https://example.com/pets\n        httpMethod: GET\n"
            + "        payloadFormatVersion: '1.0'\n";
    String apiId = client.importApi(b -> b.body(document)).apiId().orElseThrow();
    assertThat(client.getApi(b -> b.apiId(apiId)).version()).hasValue("2");
    assertThat(client.getRoutes(b -> b.apiId(apiId)).items())
        .extracting(r -> r.routeKey().orElseThrow())
        .containsExactly("GET /pets");

    String json =
        new String(
            client.exportApi(b -> b.apiId(apiId).specification("OAS30").outputType("JSON")).body(),
            StandardCharsets.UTF_8);
    assertThat(json)
        .contains(
            "\"/pets\"",
            "\"get\"",
            "\"x-amazon-apigateway-integration\"",
            "\"uri\" : \"https://example.com/pets\"");
    String reimport = json.replace("/pets", "/owners");
    client.reimportApi(b -> b.apiId(apiId).body(reimport));
    assertThat(client.getRoutes(b -> b.apiId(apiId)).items())
        .extracting(r -> r.routeKey().orElseThrow())
        .containsExactly("GET /owners");
    String yaml =
        new String(
            client
                .exportApi(
                    b ->
                        b.apiId(apiId)
                            .specification("OAS30")
                            .outputType("YAML")
                            .includeExtensions(false))
                .body(),
            StandardCharsets.UTF_8);
    assertThat(yaml)
        .contains("openapi: 3.0.1", "/owners:", "get:")
        .doesNotContain("x-amazon-apigateway-integration");
  }

  @Test
  void portalsRoundTripWithTheirStatuses() {
    String portalId =
        client
            .createPortal(
                b ->
                    b.authorization(Authorization.builder().none(None.builder().build()).build())
                        .endpointConfiguration(
                            EndpointConfigurationRequest.builder()
                                .none(None.builder().build())
                                .build())
                        .portalContent(Portals.content("Dev portal")))
            .portalId()
            .orElseThrow();
    assertThat(client.getPortal(b -> b.portalId(portalId)).portalArn())
        .hasValue("arn:aws:apigateway:eu-west-1::/portals/" + portalId);
    assertThat(client.getPortal(b -> b.portalId(portalId)).authorization().orElseThrow().none())
        .isPresent();
    assertThat(client.getPortal(b -> b.portalId(portalId)).publishStatus().orElseThrow().value())
        .isEqualTo("DISABLED");
    assertThat(
            client
                .getPortal(b -> b.portalId(portalId))
                .endpointConfiguration()
                .orElseThrow()
                .portalDefaultDomainName()
                .orElseThrow())
        .startsWith(portalId + ".portal.");
    assertThat(
            client
                .updatePortal(b -> b.portalId(portalId).portalContent(Portals.content("Renamed")))
                .portalContent()
                .orElseThrow()
                .displayName())
        .hasValue("Renamed");

    assertThat(
            client
                .publishPortal(b -> b.portalId(portalId).description("v1"))
                .responseMetadata()
                .statusCode())
        .isEqualTo(202);
    assertThat(client.getPortal(b -> b.portalId(portalId)).publishStatus().orElseThrow().value())
        .isEqualTo("PUBLISHED");
    assertThat(client.previewPortal(b -> b.portalId(portalId)).responseMetadata().statusCode())
        .isEqualTo(202);
    assertThat(
            client
                .getPortal(b -> b.portalId(portalId))
                .preview()
                .orElseThrow()
                .previewStatus()
                .orElseThrow()
                .value())
        .isEqualTo("PREVIEW_READY");
    client.disablePortal(b -> b.portalId(portalId));
    assertThat(client.getPortal(b -> b.portalId(portalId)).publishStatus().orElseThrow().value())
        .isEqualTo("DISABLED");

    for (int i = 0; i < 4; i++) {
      int n = i;
      client.createPortal(
          b ->
              b.authorization(Authorization.builder().none(None.builder().build()).build())
                  .endpointConfiguration(
                      EndpointConfigurationRequest.builder().none(None.builder().build()).build())
                  .portalContent(Portals.content("Portal " + n)));
    }
    List<Integer> pages = new java.util.ArrayList<>();
    client
        .listPortalsPaginator(b -> b.maxResults("2"))
        .forEach(page -> pages.add(page.items().size()));
    assertThat(pages).containsExactly(2, 2, 1);
    client.deletePortal(b -> b.portalId(portalId));
    assertThat(client.listPortals(b -> {}).items()).hasSize(4);
  }

  @Test
  void portalProductsAndTheirPagesRoundTrip() {
    String productId =
        client
            .createPortalProduct(b -> b.displayName("Orders").description("d"))
            .portalProductId()
            .orElseThrow();
    assertThat(client.getPortalProduct(b -> b.portalProductId(productId)).displayName())
        .hasValue("Orders");
    assertThat(
            client
                .updatePortalProduct(b -> b.portalProductId(productId).description("e"))
                .description())
        .hasValue("e");
    assertThat(client.listPortalProducts(b -> {}).items()).hasSize(1);
    client.putPortalProductSharingPolicy(
        b -> b.portalProductId(productId).policyDocument("{\"Version\":\"1\"}"));
    assertThat(
            client
                .getPortalProductSharingPolicy(b -> b.portalProductId(productId))
                .policyDocument())
        .hasValue("{\"Version\":\"1\"}");
    client.deletePortalProductSharingPolicy(b -> b.portalProductId(productId));

    String pageId =
        client
            .createProductPage(
                b ->
                    b.portalProductId(productId)
                        .displayContent(
                            DisplayContent.builder().title("Intro").body("# Hello").build()))
            .productPageId()
            .orElseThrow();
    assertThat(
            client
                .getProductPage(b -> b.portalProductId(productId).productPageId(pageId))
                .displayContent()
                .orElseThrow()
                .title())
        .hasValue("Intro");
    client.updateProductPage(
        b ->
            b.portalProductId(productId)
                .productPageId(pageId)
                .displayContent(DisplayContent.builder().title("Intro 2").body("# Hi").build()));
    assertThat(client.listProductPages(b -> b.portalProductId(productId)).items())
        .singleElement()
        .satisfies(page -> assertThat(page.pageTitle()).hasValue("Intro 2"));
    client.deleteProductPage(b -> b.portalProductId(productId).productPageId(pageId));

    String endpointPageId =
        client
            .createProductRestEndpointPage(
                b -> b.portalProductId(productId).restEndpointIdentifier(Portals.ordersEndpoint()))
            .productRestEndpointPageId()
            .orElseThrow();
    assertThat(
            client
                .getProductRestEndpointPage(
                    b -> b.portalProductId(productId).productRestEndpointPageId(endpointPageId))
                .status()
                .orElseThrow()
                .value())
        .isEqualTo("AVAILABLE");
    assertThat(
            client
                .getProductRestEndpointPage(
                    b -> b.portalProductId(productId).productRestEndpointPageId(endpointPageId))
                .displayContent()
                .orElseThrow()
                .endpoint())
        .hasValue("GET /orders");
    client.updateProductRestEndpointPage(
        b ->
            b.portalProductId(productId)
                .productRestEndpointPageId(endpointPageId)
                .tryItState(TryItState.ENABLED));
    assertThat(client.listProductRestEndpointPages(b -> b.portalProductId(productId)).items())
        .singleElement()
        .satisfies(page -> assertThat(page.tryItState()).hasValue(TryItState.ENABLED));
    client.deleteProductRestEndpointPage(
        b -> b.portalProductId(productId).productRestEndpointPageId(endpointPageId));
    client.deletePortalProduct(b -> b.portalProductId(productId));
    assertThat(
            catchThrowableOfType(
                NotFoundException.class,
                () -> client.listProductPages(b -> b.portalProductId(productId))))
        .isNotNull();
  }

  @Test
  void routingRulesRoundTripWithUniquePrioritiesAndPages() {
    String apiId =
        client
            .createApi(
                b ->
                    b.name("r")
                        .protocolType(ProtocolType.HTTP)
                        .ipAddressType(IpAddressType.DUALSTACK))
            .apiId()
            .orElseThrow();
    assertThat(client.getApi(b -> b.apiId(apiId)).ipAddressType())
        .hasValue(IpAddressType.DUALSTACK);
    client.createDomainName(
        b -> b.domainName("rules.example.com").routingMode(RoutingMode.ROUTING_RULE_ONLY));
    assertThat(client.getDomainName(b -> b.domainName("rules.example.com")).routingMode())
        .hasValue(RoutingMode.ROUTING_RULE_ONLY);
    String ruleId =
        client
            .createRoutingRule(
                b ->
                    b.domainName("rules.example.com")
                        .priority(10)
                        .addConditions(condition("orders"))
                        .addActions(action(apiId)))
            .routingRuleId()
            .orElseThrow();
    assertThat(
            catchThrowableOfType(
                ConflictException.class,
                () ->
                    client.createRoutingRule(
                        b ->
                            b.domainName("rules.example.com")
                                .priority(10)
                                .addConditions(condition("x"))
                                .addActions(action(apiId)))))
        .isNotNull();
    assertThat(
            client
                .getRoutingRule(b -> b.domainName("rules.example.com").routingRuleId(ruleId))
                .priority())
        .hasValue(10);
    assertThat(
            client
                .putRoutingRule(
                    b ->
                        b.domainName("rules.example.com")
                            .routingRuleId(ruleId)
                            .priority(20)
                            .addConditions(condition("invoices"))
                            .addActions(action(apiId)))
                .conditions()
                .get(0)
                .matchBasePaths()
                .orElseThrow()
                .anyOf())
        .containsExactly("invoices");
    for (int i = 0; i < 4; i++) {
      int n = i;
      client.createRoutingRule(
          b ->
              b.domainName("rules.example.com")
                  .priority(100 + n)
                  .addConditions(condition("p" + n))
                  .addActions(action(apiId)));
    }
    List<Integer> pages = new java.util.ArrayList<>();
    client
        .listRoutingRulesPaginator(b -> b.domainName("rules.example.com").maxResults(2))
        .forEach(page -> pages.add(page.routingRules().size()));
    assertThat(pages).containsExactly(2, 2, 1);
    assertThat(
            catchThrowableOfType(
                BadRequestException.class,
                () ->
                    client.listRoutingRules(
                        b -> b.domainName("rules.example.com").maxResults(200))))
        .as("the model caps this page at 100")
        .isNotNull();
    client.deleteRoutingRule(b -> b.domainName("rules.example.com").routingRuleId(ruleId));
    assertThat(client.listRoutingRules(b -> b.domainName("rules.example.com")).routingRules())
        .hasSize(4);
    assertThat(
            catchThrowableOfType(
                NotFoundException.class,
                () -> client.listRoutingRules(b -> b.domainName("none.example.com"))))
        .isNotNull();
  }

  @Test
  void aSharedShapeLackingARequiredMemberIsRefusedBeforeAnythingIsSent() {
    int before = emulator.requestCount();

    assertThatThrownBy(
            () ->
                client.createPortal(
                    b ->
                        b.authorization(
                                Authorization.builder().none(None.builder().build()).build())
                            .endpointConfiguration(
                                EndpointConfigurationRequest.builder()
                                    .none(None.builder().build())
                                    .build())
                            .portalContent(
                                PortalContent.builder().displayName("No theme").build())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PortalContent")
        .hasMessageContaining("theme");
    assertThat(emulator.requestCount()).isEqualTo(before);
  }

  /** The content of a portal named {@code name}, with a theme of every color the model needs. */
  private static RoutingRuleCondition condition(String basePath) {
    return RoutingRuleCondition.builder()
        .matchBasePaths(RoutingRuleMatchBasePaths.builder().addAnyOf(basePath).build())
        .build();
  }

  private static RoutingRuleAction action(String apiId) {
    return RoutingRuleAction.builder()
        .invokeApi(RoutingRuleActionInvokeApi.builder().apiId(apiId).stage("prod").build())
        .build();
  }

  @Test
  void theScenariosCallEveryOperationOfTheModel() {
    Map<String, Integer> called = new java.util.TreeMap<>();
    List<Runnable> scenarios =
        List.of(
            this::apisRoutesAndRouteResponsesRoundTrip,
            this::integrationsModelsAndAuthorizersRoundTrip,
            this::stagesAndDeploymentsRoundTrip,
            this::domainNamesApiMappingsVpcLinksAndTagsRoundTrip,
            this::importReimportAndExportOpenApi,
            this::quickCreateMakesARouteAnIntegrationAndADefaultStage,
            this::portalsRoundTripWithTheirStatuses,
            this::portalProductsAndTheirPagesRoundTrip,
            this::routingRulesRoundTripWithUniquePrioritiesAndPages);
    for (Runnable scenario : scenarios) {
      emulator.reset();
      scenario.run();
      called.putAll(emulator.operationCounts());
    }

    assertThat(called.keySet())
        .containsExactlyInAnyOrderElementsOf(ModelIndex.shared().operations().keySet());
    assertThat(called).hasSize(103);
  }
}
