package dev.apigw.core.internal.endpoints;

import java.util.List;

/**
 * A rule whose conditions lead to further rules; once its conditions hold, one of those must apply.
 */
final class TreeRule extends Rule {
  private final List<Rule> rules;

  TreeRule(String location, List<Condition> conditions, List<Rule> rules) {
    super(location, conditions);
    this.rules = List.copyOf(rules);
  }

  @Override
  ResolvedEndpoint select(Scope scope) {
    return first(rules, scope, " within the tree rule at " + location());
  }
}
