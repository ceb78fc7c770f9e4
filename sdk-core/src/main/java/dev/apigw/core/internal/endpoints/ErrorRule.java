package dev.apigw.core.internal.endpoints;

import java.util.List;

/**
 * A rule that ends resolution with the rule set's message, such as {@code Invalid Configuration:
 * Missing Region}.
 */
final class ErrorRule extends Rule {
  private final Expression message;

  ErrorRule(String location, List<Condition> conditions, Expression message) {
    super(location, conditions);
    this.message = message;
  }

  @Override
  ResolvedEndpoint select(Scope scope) {
    Object text = message.evaluate(scope);
    if (!(text instanceof String)) {
      throw message.invalid("the error message is " + Kind.describe(text) + ", not a string");
    }
    throw new EndpointResolutionException((String) text);
  }
}
