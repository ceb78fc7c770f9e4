package dev.apigw.core.internal.endpoints;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rule: conditions, and what follows when they all hold (an endpoint, an error, or more rules).
 */
abstract class Rule {
  private final String location;
  private final List<Condition> conditions;

  Rule(String location, List<Condition> conditions) {
    this.location = location;
    this.conditions = List.copyOf(conditions);
  }

  final String location() {
    return location;
  }

  /**
   * The endpoint this rule selects in {@code scope}, or null when its conditions do not all hold.
   * An error rule whose conditions hold throws its {@link EndpointResolutionException}.
   */
  final @Nullable ResolvedEndpoint evaluate(Scope scope) {
    for (Condition condition : conditions) {
      if (!condition.holds(scope)) {
        return null;
      }
    }
    return select(scope);
  }

  /** What the rule gives once its conditions hold. */
  abstract ResolvedEndpoint select(Scope scope);

  /** Evaluates {@code rules} in order: the first endpoint; fails when none of them applies. */
  static ResolvedEndpoint first(List<Rule> rules, Scope scope, String where) {
    for (Rule rule : rules) {
      ResolvedEndpoint endpoint = rule.evaluate(scope);
      if (endpoint != null) {
        return endpoint;
      }
    }
    throw new EndpointResolutionException(
        "No rule of the endpoint rule set applies"
            + where
            + " (rule exhaustion; the rule set should end with a rule without conditions)");
  }
}
