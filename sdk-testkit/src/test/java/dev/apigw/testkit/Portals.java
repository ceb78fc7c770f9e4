package dev.apigw.testkit;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.model.Authorization;
import dev.apigw.model.CustomColors;
import dev.apigw.model.EndpointConfigurationRequest;
import dev.apigw.model.IdentifierParts;
import dev.apigw.model.None;
import dev.apigw.model.PortalContent;
import dev.apigw.model.PortalTheme;
import dev.apigw.model.RestEndpointIdentifier;

/** The smallest portal the service accepts, for tests that need one. */
public final class Portals {
  private Portals() {}

  /** A portal's content named {@code name}, with the theme colours the service requires. */
  public static PortalContent content(String name) {
    return PortalContent.builder()
        .displayName(name)
        .theme(
            PortalTheme.builder()
                .customColors(
                    CustomColors.builder()
                        .accentColor("#111111")
                        .backgroundColor("#ffffff")
                        .errorValidationColor("#ff0000")
                        .headerColor("#222222")
                        .navigationColor("#333333")
                        .textColor("#000000")
                        .build())
                .build())
        .build();
  }

  /** The REST endpoint {@code GET /orders} of stage {@code prod} of REST API {@code abc123}. */
  public static RestEndpointIdentifier ordersEndpoint() {
    return RestEndpointIdentifier.builder()
        .identifierParts(
            IdentifierParts.builder()
                .restApiId("abc123")
                .stage("prod")
                .method("GET")
                .path("/orders")
                .build())
        .build();
  }

  /** Creates an open portal named {@code name} without a custom domain; returns its id. */
  public static String create(ApiGatewayV2Client client, String name) {
    return client
        .createPortal(
            b ->
                b.authorization(Authorization.builder().none(None.builder().build()).build())
                    .endpointConfiguration(
                        EndpointConfigurationRequest.builder().none(None.builder().build()).build())
                    .portalContent(content(name)))
        .portalId()
        .orElseThrow();
  }
}
