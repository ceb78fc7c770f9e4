package dev.apigw.testkit.internal.store;

import dev.apigw.core.Nullable;
import dev.apigw.testkit.internal.ApiError;

/**
 * The kinds of resource the service keeps, how each is named in operation names and URI labels,
 * where it hangs in the tree, how its id is made and which member must be unique among its
 * siblings.
 */
public enum ResourceKind {
  API("Api", "Apis", "apiId", null, 10, null, "Invalid API identifier specified"),
  ROUTE("Route", "Routes", "routeId", API, 7, "routeKey", "Invalid Route identifier specified"),
  ROUTE_RESPONSE(
      "RouteResponse",
      "RouteResponses",
      "routeResponseId",
      ROUTE,
      10,
      "routeResponseKey",
      "Invalid RouteResponse identifier specified"),
  INTEGRATION(
      "Integration",
      "Integrations",
      "integrationId",
      API,
      10,
      null,
      "Invalid Integration identifier specified"),
  INTEGRATION_RESPONSE(
      "IntegrationResponse",
      "IntegrationResponses",
      "integrationResponseId",
      INTEGRATION,
      10,
      "integrationResponseKey",
      "Invalid IntegrationResponse identifier specified"),
  MODEL("Model", "Models", "modelId", API, 10, "name", "Invalid model identifier specified"),
  AUTHORIZER(
      "Authorizer",
      "Authorizers",
      "authorizerId",
      API,
      10,
      "name",
      "Invalid authorizer identifier specified"),
  STAGE("Stage", "Stages", "stageName", API, 0, "stageName", "Invalid stage identifier specified"),
  DEPLOYMENT(
      "Deployment",
      "Deployments",
      "deploymentId",
      API,
      10,
      null,
      "Invalid Deployment identifier specified"),
  DOMAIN_NAME(
      "DomainName",
      "DomainNames",
      "domainName",
      null,
      0,
      "domainName",
      "The domain name resource specified in the request was not found"),
  API_MAPPING(
      "ApiMapping",
      "ApiMappings",
      "apiMappingId",
      DOMAIN_NAME,
      10,
      "apiMappingKey",
      "The ApiMapping resource specified in the request was not found"),
  VPC_LINK(
      "VpcLink", "VpcLinks", "vpcLinkId", null, 10, null, "Invalid VpcLink identifier specified"),
  ROUTING_RULE(
      "RoutingRule",
      "RoutingRules",
      "routingRuleId",
      DOMAIN_NAME,
      10,
      "priority",
      "The routing rule specified in the request was not found"),
  PORTAL(
      "Portal",
      "Portals",
      "portalId",
      null,
      10,
      null,
      "The portal specified in the request was not found"),
  PORTAL_PRODUCT(
      "PortalProduct",
      "PortalProducts",
      "portalProductId",
      null,
      10,
      null,
      "The portal product specified in the request was not found"),
  PRODUCT_PAGE(
      "ProductPage",
      "ProductPages",
      "productPageId",
      PORTAL_PRODUCT,
      10,
      null,
      "The product page specified in the request was not found"),
  PRODUCT_REST_ENDPOINT_PAGE(
      "ProductRestEndpointPage",
      "ProductRestEndpointPages",
      "productRestEndpointPageId",
      PORTAL_PRODUCT,
      10,
      null,
      "The product REST endpoint page specified in the request was not found");

  /** The account every emulated resource belongs to. */
  public static final String ACCOUNT_ID = "123456789012";

  private final String singular;
  private final String plural;
  private final String idMember;
  private final @Nullable ResourceKind parent;
  private final int idLength;
  private final @Nullable String uniqueMember;
  private final String notFoundMessage;

  ResourceKind(
      String singular,
      String plural,
      String idMember,
      @Nullable ResourceKind parent,
      int idLength,
      @Nullable String uniqueMember,
      String notFoundMessage) {
    this.singular = singular;
    this.plural = plural;
    this.idMember = idMember;
    this.parent = parent;
    this.idLength = idLength;
    this.uniqueMember = uniqueMember;
    this.notFoundMessage = notFoundMessage;
  }

  /** The word operations use: {@code Route} in {@code CreateRoute}. */
  public String singular() {
    return singular;
  }

  /** The word list operations use: {@code Routes} in {@code GetRoutes}. */
  public String plural() {
    return plural;
  }

  /** The wire name of the member (and URI label) that identifies it. */
  public String idMember() {
    return idMember;
  }

  public @Nullable ResourceKind parent() {
    return parent;
  }

  /** The length of generated ids; 0 when the caller names the resource (stages, domain names). */
  public int idLength() {
    return idLength;
  }

  public @Nullable String uniqueMember() {
    return uniqueMember;
  }

  public String notFoundMessage() {
    return notFoundMessage;
  }

  /** The service's answer when a resource of this kind with this id does not exist. */
  public ApiError notFound(String id) {
    // The service's older messages name the account; the domain name's and the newer resources' do
    // not.
    return ApiError.notFound(
        notFoundMessage + " " + (WITHOUT_ACCOUNT.contains(this) ? "" : ACCOUNT_ID + ":") + id);
  }

  private static final java.util.Set<ResourceKind> WITHOUT_ACCOUNT =
      java.util.EnumSet.of(
          DOMAIN_NAME,
          ROUTING_RULE,
          PORTAL,
          PORTAL_PRODUCT,
          PRODUCT_PAGE,
          PRODUCT_REST_ENDPOINT_PAGE);

  /** The kind a URI label identifies, or null for labels that are not resource ids. */
  public static @Nullable ResourceKind ofLabel(String label) {
    for (ResourceKind kind : values()) {
      if (kind.idMember.equals(label)) {
        return kind;
      }
    }
    return null;
  }

  /**
   * The kind an operation's noun names ({@code Route}, or {@code Routes} when {@code plural}), or
   * null.
   */
  public static @Nullable ResourceKind ofNoun(String noun, boolean plural) {
    for (ResourceKind kind : values()) {
      if ((plural ? kind.plural : kind.singular).equals(noun)) {
        return kind;
      }
    }
    return null;
  }
}
