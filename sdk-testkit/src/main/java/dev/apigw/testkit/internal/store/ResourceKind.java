package dev.apigw.testkit.internal.store;

import dev.apigw.testkit.internal.ApiError;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of resource the service keeps: how each is named, where it hangs in the tree, how its
 * id is made and what the service says when there is none with an id. What the service checks and
 * fills in for each kind is in {@code dev.apigw.testkit.internal.rules.RuleTable}.
 */
public enum ResourceKind {
  API("Api", "apiId", null, 10, "Invalid API identifier specified"),
  ROUTE("Route", "routeId", API, 7, "Invalid Route identifier specified"),
  ROUTE_RESPONSE(
      "RouteResponse", "routeResponseId", ROUTE, 10, "Invalid RouteResponse identifier specified"),
  INTEGRATION("Integration", "integrationId", API, 10, "Invalid Integration identifier specified"),
  INTEGRATION_RESPONSE(
      "IntegrationResponse",
      "integrationResponseId",
      INTEGRATION,
      10,
      "Invalid IntegrationResponse identifier specified"),
  MODEL("Model", "modelId", API, 10, "Invalid model identifier specified"),
  AUTHORIZER("Authorizer", "authorizerId", API, 10, "Invalid authorizer identifier specified"),
  STAGE("Stage", "stageName", API, 0, "Invalid stage identifier specified"),
  DEPLOYMENT("Deployment", "deploymentId", API, 10, "Invalid Deployment identifier specified"),
  DOMAIN_NAME("DomainName", "domainName", null, 0, "Invalid domain name identifier specified"),
  API_MAPPING(
      "ApiMapping",
      "apiMappingId",
      DOMAIN_NAME,
      10,
      "The ApiMapping resource specified in the request was not found"),
  VPC_LINK("VpcLink", "vpcLinkId", null, 10, "Invalid VpcLink identifier specified"),
  ROUTING_RULE(
      "RoutingRule",
      "routingRuleId",
      DOMAIN_NAME,
      10,
      "The routing rule specified in the request was not found"),
  PORTAL("Portal", "portalId", null, 10, "The portal specified in the request was not found"),
  PORTAL_PRODUCT(
      "PortalProduct",
      "portalProductId",
      null,
      10,
      "The portal product specified in the request was not found"),
  PRODUCT_PAGE(
      "ProductPage",
      "productPageId",
      PORTAL_PRODUCT,
      10,
      "The product page specified in the request was not found"),
  PRODUCT_REST_ENDPOINT_PAGE(
      "ProductRestEndpointPage",
      "productRestEndpointPageId",
      PORTAL_PRODUCT,
      10,
      "The product REST endpoint page specified in the request was not found");

  /** The account every emulated resource belongs to. */
  public static final String ACCOUNT_ID = "123456789012";

  /**
   * The kinds whose not-found messages do not name the account, unlike the service's older ones.
   */
  private static final Set<ResourceKind> WITHOUT_ACCOUNT =
      EnumSet.of(ROUTING_RULE, PORTAL, PORTAL_PRODUCT, PRODUCT_PAGE, PRODUCT_REST_ENDPOINT_PAGE);

  private final String singular;
  private final String idMember;
  private final @Nullable ResourceKind parent;
  private final int idLength;
  private final String notFoundMessage;

  ResourceKind(
      String singular,
      String idMember,
      @Nullable ResourceKind parent,
      int idLength,
      String notFoundMessage) {
    this.singular = singular;
    this.idMember = idMember;
    this.parent = parent;
    this.idLength = idLength;
    this.notFoundMessage = notFoundMessage;
  }

  /** The word operations use: {@code Route} in {@code CreateRoute}. */
  public String singular() {
    return singular;
  }

  /** The word list operations use: {@code Routes} in {@code GetRoutes}. */
  public String plural() {
    return singular + "s";
  }

  /** The wire name of the member (and URI label) that identifies it. */
  public String idMember() {
    return idMember;
  }

  /** The kind it hangs under; null for the top-level kinds. */
  public @Nullable ResourceKind parent() {
    return parent;
  }

  /** The length of generated ids; 0 when the caller names the resource (stages, domain names). */
  public int idLength() {
    return idLength;
  }

  /**
   * The service's answer when a resource of this kind with this id does not exist. A domain name's
   * names nothing after it, as a recorded answer of the service to CreateApiMapping shows.
   */
  public ApiError notFound(String id) {
    if (this == DOMAIN_NAME) {
      return ApiError.notFound(notFoundMessage);
    }
    return ApiError.notFound(
        notFoundMessage + " " + (WITHOUT_ACCOUNT.contains(this) ? "" : ACCOUNT_ID + ":") + id);
  }

  /** The kind a URI label identifies, or null for labels that are not resource ids. */
  public static @Nullable ResourceKind ofLabel(String label) {
    for (ResourceKind kind : values()) {
      if (kind.idMember.equals(label)) {
        return kind;
      }
    }
    return null;
  }
}
