package dev.apigw.core.internal.endpoints;

import org.jspecify.annotations.Nullable;

/**
 * A node of the rules language that gives a value: a literal, a template, a reference or a function
 * call.
 */
abstract class Expression {
  private final String location;

  Expression(String location) {
    this.location = location;
  }

  /**
   * Where the node is in the rule set, such as {@code rules[1].rules[0].conditions[0]}, for
   * messages.
   */
  final String location() {
    return location;
  }

  /** The kind of value it gives, as far as the parser can tell. */
  abstract Kind kind();

  /**
   * Its value in {@code scope}; null when it is unset (a parameter without a value, an empty
   * optional).
   */
  abstract @Nullable Object evaluate(Scope scope);

  /** A failure of the rule set itself, found while evaluating it. */
  final EndpointResolutionException invalid(String problem) {
    return new EndpointResolutionException(
        "The endpoint rule set is invalid at " + location + ": " + problem);
  }
}
