package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.store.ResourceKind;

/**
 * Routing rules of a domain name, replaced as a whole by {@code PutRoutingRule}; their priorities
 * are unique per domain name ({@code rules.RuleTable}).
 */
final class RoutingRulesHandler implements KindHandler {
  @Override
  public void register(OperationTable table) {
    table
        .standard(ResourceKind.ROUTING_RULE)
        .create("CreateRoutingRule")
        .get("GetRoutingRule")
        .list("ListRoutingRules")
        .replace("PutRoutingRule")
        .delete("DeleteRoutingRule");
  }
}
