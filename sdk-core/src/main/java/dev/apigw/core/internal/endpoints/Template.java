package dev.apigw.core.internal.endpoints;

import java.util.List;

/**
 * A string with placeholders, such as {@code
 * https://apigateway.{Region}.{PartitionResult#dnsSuffix}}: its parts are constant strings and
 * expressions, each of which must give a string.
 */
final class Template extends Expression {
  private final List<Object> parts;

  /** {@code parts} holds {@code String} constants and {@link Expression}s, in order. */
  Template(String location, List<Object> parts) {
    super(location);
    this.parts = List.copyOf(parts);
  }

  @Override
  Kind kind() {
    return Kind.STRING;
  }

  @Override
  String evaluate(Scope scope) {
    StringBuilder out = new StringBuilder();
    for (Object part : parts) {
      if (part instanceof String) {
        out.append((String) part);
        continue;
      }
      Expression expression = (Expression) part;
      Object value = expression.evaluate(scope);
      if (!(value instanceof String)) {
        throw invalid("a placeholder gives " + Kind.describe(value) + ", not a string");
      }
      out.append((String) value);
    }
    return out.toString();
  }
}
