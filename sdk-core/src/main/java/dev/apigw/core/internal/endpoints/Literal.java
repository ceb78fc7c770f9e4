package dev.apigw.core.internal.endpoints;

/** A constant: a string without placeholders, a boolean or an integer. */
final class Literal extends Expression {
  private final Object value;
  private final Kind kind;

  Literal(String location, Object value, Kind kind) {
    super(location);
    this.value = value;
    this.kind = kind;
  }

  @Override
  Kind kind() {
    return kind;
  }

  @Override
  Object evaluate(Scope scope) {
    return value;
  }
}
