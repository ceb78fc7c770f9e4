package dev.apigw.testkit.internal.rules;

import static dev.apigw.testkit.internal.store.ResourceKind.API;
import static dev.apigw.testkit.internal.store.ResourceKind.API_MAPPING;
import static dev.apigw.testkit.internal.store.ResourceKind.AUTHORIZER;
import static dev.apigw.testkit.internal.store.ResourceKind.DEPLOYMENT;
import static dev.apigw.testkit.internal.store.ResourceKind.DOMAIN_NAME;
import static dev.apigw.testkit.internal.store.ResourceKind.INTEGRATION;
import static dev.apigw.testkit.internal.store.ResourceKind.INTEGRATION_RESPONSE;
import static dev.apigw.testkit.internal.store.ResourceKind.MODEL;
import static dev.apigw.testkit.internal.store.ResourceKind.PORTAL;
import static dev.apigw.testkit.internal.store.ResourceKind.PORTAL_PRODUCT;
import static dev.apigw.testkit.internal.store.ResourceKind.PRODUCT_PAGE;
import static dev.apigw.testkit.internal.store.ResourceKind.PRODUCT_REST_ENDPOINT_PAGE;
import static dev.apigw.testkit.internal.store.ResourceKind.ROUTE;
import static dev.apigw.testkit.internal.store.ResourceKind.ROUTE_RESPONSE;
import static dev.apigw.testkit.internal.store.ResourceKind.ROUTING_RULE;
import static dev.apigw.testkit.internal.store.ResourceKind.STAGE;
import static dev.apigw.testkit.internal.store.ResourceKind.VPC_LINK;

import dev.apigw.testkit.internal.store.ProposedChange;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ResourceKind;
import dev.apigw.testkit.internal.store.ServiceFacts;
import dev.apigw.testkit.internal.store.StoreRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The service's rules by kind of resource: what it checks in the members sent, in this order, and
 * what it fills in. Rules that belong to one operation rather than to a kind (quick create, a
 * portal that must be published to be disabled) are in that operation's handler.
 */
public final class RuleTable implements StoreRules {
  private final Map<ResourceKind, List<FieldRule>> checks = new EnumMap<>(ResourceKind.class);
  private final Map<ResourceKind, Defaults> defaults = new EnumMap<>(ResourceKind.class);

  public RuleTable() {
    kind(API, new ApiDefaults(), new WebSocketRouteSelectionRule());
    kind(ROUTE, new RouteDefaults(), new UniqueMemberRule("routeKey"), new RouteKeyRule());
    kind(ROUTE_RESPONSE, Defaults.NONE, new UniqueMemberRule("routeResponseKey"));
    kind(INTEGRATION, new IntegrationDefaults(), IntegrationChecks.TABLE);
    kind(INTEGRATION_RESPONSE, Defaults.NONE, new UniqueMemberRule("integrationResponseKey"));
    kind(MODEL, new ModelDefaults(), new UniqueMemberRule("name"));
    kind(
        AUTHORIZER, new AuthorizerDefaults(), AuthorizerChecks.TABLE, new UniqueMemberRule("name"));
    kind(STAGE, new StageDefaults(), new UniqueMemberRule("stageName"), new StageDeploymentRule());
    kind(DEPLOYMENT, new DeploymentDefaults());
    kind(DOMAIN_NAME, new DomainNameDefaults(), new UniqueMemberRule("domainName"));
    kind(
        API_MAPPING,
        new ApiMappingDefaults(),
        ApiMappingChecks.TABLE,
        new UniqueMemberRule("apiMappingKey", ""),
        new ApiMappingTargetRule());
    kind(VPC_LINK, new VpcLinkDefaults());
    kind(ROUTING_RULE, new RoutingRuleDefaults(), new UniqueMemberRule("priority"));
    kind(PORTAL, new PortalDefaults());
    kind(PORTAL_PRODUCT, new PortalProductDefaults());
    kind(PRODUCT_PAGE, new ProductPageDefaults());
    kind(PRODUCT_REST_ENDPOINT_PAGE, new ProductRestEndpointPageDefaults());
  }

  private void kind(ResourceKind kind, Defaults filledIn, FieldRule... checked) {
    kind(kind, filledIn, List.of(), checked);
  }

  /** A kind whose validation table ({@code table}) runs before its other checks. */
  private void kind(ResourceKind kind, Defaults filledIn, List<Check> table, FieldRule... checked) {
    defaults.put(kind, filledIn);
    List<FieldRule> all = new ArrayList<>(table);
    all.addAll(List.of(checked));
    checks.put(kind, List.copyOf(all));
  }

  @Override
  public void check(ProposedChange change) {
    for (FieldRule rule : checks.get(change.kind())) {
      rule.check(change);
    }
  }

  @Override
  public Map<String, Object> membersToStore(Resource existing, Map<String, Object> sent) {
    return ParameterMappingUpdate.merged(existing, sent);
  }

  @Override
  public void onCreate(Resource created, ServiceFacts facts) {
    defaults.get(created.kind()).onCreate(created, facts);
  }

  @Override
  public void onUpdate(Resource updated, ServiceFacts facts) {
    defaults.get(updated.kind()).onUpdate(updated, facts);
  }
}
