package dev.apigw.examples.soak;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.model.AuthorizerType;
import dev.apigw.model.DomainNameConfiguration;
import dev.apigw.model.EndpointType;
import dev.apigw.model.IntegrationType;
import dev.apigw.model.JWTConfiguration;
import dev.apigw.model.ProtocolType;
import java.util.List;

/**
 * Thirty-two read-only operations, one for each lane of the soak, and the resources they read, made
 * in the emulator by {@link #create}. Each lane has an operation of its own, so that a fault
 * injected for that operation is met by that lane's next call and by no other.
 */
final class SoakOperations {
  private SoakOperations() {}

  static List<SoakOperation> create(ApiGatewayV2Client setup, String region) {
    String http =
        setup.createApi(b -> b.name("soak").protocolType(ProtocolType.HTTP)).apiId().orElseThrow();
    String route =
        setup.createRoute(b -> b.apiId(http).routeKey("GET /pets")).routeId().orElseThrow();
    String integration =
        setup
            .createIntegration(
                b ->
                    b.apiId(http)
                        .integrationType(IntegrationType.HTTP_PROXY)
                        .integrationUri("https://example.com")
                        .integrationMethod("GET")
                        .payloadFormatVersion("1.0"))
            .integrationId()
            .orElseThrow();
    setup.createStage(b -> b.apiId(http).stageName("prod"));
    String deployment =
        setup.createDeployment(b -> b.apiId(http).stageName("prod")).deploymentId().orElseThrow();
    String authorizer =
        setup
            .createAuthorizer(
                b ->
                    b.apiId(http)
                        .name("jwt")
                        .authorizerType(AuthorizerType.JWT)
                        .addIdentitySource("$request.header.Authorization")
                        .jwtConfiguration(
                            JWTConfiguration.builder()
                                .issuer("https://issuer.example.com")
                                .addAudience("soak")
                                .build()))
            .authorizerId()
            .orElseThrow();
    String arn = "arn:aws:apigateway:" + region + "::/apis/" + http;
    setup.tagResource(b -> b.resourceArn(arn).putTag("purpose", "soak"));

    String ws =
        setup
            .createApi(
                b ->
                    b.name("soak-ws")
                        .protocolType(ProtocolType.WEBSOCKET)
                        .routeSelectionExpression("$request.body.action"))
            .apiId()
            .orElseThrow();
    String wsRoute =
        setup.createRoute(b -> b.apiId(ws).routeKey("$default")).routeId().orElseThrow();
    String routeResponse =
        setup
            .createRouteResponse(b -> b.apiId(ws).routeId(wsRoute).routeResponseKey("$default"))
            .routeResponseId()
            .orElseThrow();
    String wsIntegration =
        setup
            .createIntegration(
                b ->
                    b.apiId(ws)
                        .integrationType(IntegrationType.HTTP)
                        .integrationUri("https://example.com")
                        .integrationMethod("POST"))
            .integrationId()
            .orElseThrow();
    String integrationResponse =
        setup
            .createIntegrationResponse(
                b -> b.apiId(ws).integrationId(wsIntegration).integrationResponseKey("/200/"))
            .integrationResponseId()
            .orElseThrow();
    String model =
        setup
            .createModel(b -> b.apiId(ws).name("Pet").schema("{\"type\":\"object\"}"))
            .modelId()
            .orElseThrow();

    String domain = "soak.example.com";
    setup.createDomainName(
        b ->
            b.domainName(domain)
                .addDomainNameConfigurations(
                    DomainNameConfiguration.builder()
                        .certificateArn("arn:aws:acm:" + region + ":123456789012:certificate/soak")
                        .endpointType(EndpointType.REGIONAL)
                        .build()));
    String mapping =
        setup
            .createApiMapping(b -> b.domainName(domain).apiId(http).stage("prod"))
            .apiMappingId()
            .orElseThrow();
    String vpcLink =
        setup.createVpcLink(b -> b.name("soak").addSubnetIds("subnet-1")).vpcLinkId().orElseThrow();
    String product =
        setup
            .createPortalProduct(b -> b.displayName("Soak").description("soak"))
            .portalProductId()
            .orElseThrow();
    setup.putPortalProductSharingPolicy(
        b -> b.portalProductId(product).policyDocument("{\"Version\":\"1\"}"));

    return List.of(
        new SoakOperation("GetApis", c -> c.getApis(b -> {}), c -> c.getApis(b -> {})),
        new SoakOperation(
            "GetDomainNames", c -> c.getDomainNames(b -> {}), c -> c.getDomainNames(b -> {})),
        new SoakOperation("GetVpcLinks", c -> c.getVpcLinks(b -> {}), c -> c.getVpcLinks(b -> {})),
        new SoakOperation("ListPortals", c -> c.listPortals(b -> {}), c -> c.listPortals(b -> {})),
        new SoakOperation(
            "ListPortalProducts",
            c -> c.listPortalProducts(b -> {}),
            c -> c.listPortalProducts(b -> {})),
        new SoakOperation(
            "GetApi", c -> c.getApi(b -> b.apiId(http)), c -> c.getApi(b -> b.apiId(http))),
        new SoakOperation(
            "GetRoutes",
            c -> c.getRoutes(b -> b.apiId(http)),
            c -> c.getRoutes(b -> b.apiId(http))),
        new SoakOperation(
            "GetRoute",
            c -> c.getRoute(b -> b.apiId(http).routeId(route)),
            c -> c.getRoute(b -> b.apiId(http).routeId(route))),
        new SoakOperation(
            "GetIntegrations",
            c -> c.getIntegrations(b -> b.apiId(http)),
            c -> c.getIntegrations(b -> b.apiId(http))),
        new SoakOperation(
            "GetIntegration",
            c -> c.getIntegration(b -> b.apiId(http).integrationId(integration)),
            c -> c.getIntegration(b -> b.apiId(http).integrationId(integration))),
        new SoakOperation(
            "GetStages",
            c -> c.getStages(b -> b.apiId(http)),
            c -> c.getStages(b -> b.apiId(http))),
        new SoakOperation(
            "GetStage",
            c -> c.getStage(b -> b.apiId(http).stageName("prod")),
            c -> c.getStage(b -> b.apiId(http).stageName("prod"))),
        new SoakOperation(
            "GetDeployments",
            c -> c.getDeployments(b -> b.apiId(http)),
            c -> c.getDeployments(b -> b.apiId(http))),
        new SoakOperation(
            "GetDeployment",
            c -> c.getDeployment(b -> b.apiId(http).deploymentId(deployment)),
            c -> c.getDeployment(b -> b.apiId(http).deploymentId(deployment))),
        new SoakOperation(
            "GetAuthorizers",
            c -> c.getAuthorizers(b -> b.apiId(http)),
            c -> c.getAuthorizers(b -> b.apiId(http))),
        new SoakOperation(
            "GetAuthorizer",
            c -> c.getAuthorizer(b -> b.apiId(http).authorizerId(authorizer)),
            c -> c.getAuthorizer(b -> b.apiId(http).authorizerId(authorizer))),
        new SoakOperation(
            "GetTags",
            c -> c.getTags(b -> b.resourceArn(arn)),
            c -> c.getTags(b -> b.resourceArn(arn))),
        new SoakOperation(
            "GetModels", c -> c.getModels(b -> b.apiId(ws)), c -> c.getModels(b -> b.apiId(ws))),
        new SoakOperation(
            "GetModel",
            c -> c.getModel(b -> b.apiId(ws).modelId(model)),
            c -> c.getModel(b -> b.apiId(ws).modelId(model))),
        new SoakOperation(
            "GetModelTemplate",
            c -> c.getModelTemplate(b -> b.apiId(ws).modelId(model)),
            c -> c.getModelTemplate(b -> b.apiId(ws).modelId(model))),
        new SoakOperation(
            "GetRouteResponses",
            c -> c.getRouteResponses(b -> b.apiId(ws).routeId(wsRoute)),
            c -> c.getRouteResponses(b -> b.apiId(ws).routeId(wsRoute))),
        new SoakOperation(
            "GetRouteResponse",
            c ->
                c.getRouteResponse(
                    b -> b.apiId(ws).routeId(wsRoute).routeResponseId(routeResponse)),
            c ->
                c.getRouteResponse(
                    b -> b.apiId(ws).routeId(wsRoute).routeResponseId(routeResponse))),
        new SoakOperation(
            "GetIntegrationResponses",
            c -> c.getIntegrationResponses(b -> b.apiId(ws).integrationId(wsIntegration)),
            c -> c.getIntegrationResponses(b -> b.apiId(ws).integrationId(wsIntegration))),
        new SoakOperation(
            "GetIntegrationResponse",
            c ->
                c.getIntegrationResponse(
                    b ->
                        b.apiId(ws)
                            .integrationId(wsIntegration)
                            .integrationResponseId(integrationResponse)),
            c ->
                c.getIntegrationResponse(
                    b ->
                        b.apiId(ws)
                            .integrationId(wsIntegration)
                            .integrationResponseId(integrationResponse))),
        new SoakOperation(
            "GetDomainName",
            c -> c.getDomainName(b -> b.domainName(domain)),
            c -> c.getDomainName(b -> b.domainName(domain))),
        new SoakOperation(
            "GetApiMappings",
            c -> c.getApiMappings(b -> b.domainName(domain)),
            c -> c.getApiMappings(b -> b.domainName(domain))),
        new SoakOperation(
            "GetApiMapping",
            c -> c.getApiMapping(b -> b.domainName(domain).apiMappingId(mapping)),
            c -> c.getApiMapping(b -> b.domainName(domain).apiMappingId(mapping))),
        new SoakOperation(
            "GetVpcLink",
            c -> c.getVpcLink(b -> b.vpcLinkId(vpcLink)),
            c -> c.getVpcLink(b -> b.vpcLinkId(vpcLink))),
        new SoakOperation(
            "GetPortalProduct",
            c -> c.getPortalProduct(b -> b.portalProductId(product)),
            c -> c.getPortalProduct(b -> b.portalProductId(product))),
        new SoakOperation(
            "GetPortalProductSharingPolicy",
            c -> c.getPortalProductSharingPolicy(b -> b.portalProductId(product)),
            c -> c.getPortalProductSharingPolicy(b -> b.portalProductId(product))),
        new SoakOperation(
            "ListProductPages",
            c -> c.listProductPages(b -> b.portalProductId(product)),
            c -> c.listProductPages(b -> b.portalProductId(product))),
        new SoakOperation(
            "ListProductRestEndpointPages",
            c -> c.listProductRestEndpointPages(b -> b.portalProductId(product)),
            c -> c.listProductRestEndpointPages(b -> b.portalProductId(product))));
  }
}
