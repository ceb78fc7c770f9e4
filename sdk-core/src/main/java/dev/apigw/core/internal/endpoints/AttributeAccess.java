package dev.apigw.core.internal.endpoints;

import org.jspecify.annotations.Nullable;

/**
 * {@code getAttr}: the value at a path inside a record or an array, also written {@code
 * {name#path}} in templates.
 */
final class AttributeAccess extends Expression {
  private final Expression target;
  private final AttributePath path;
  private final Kind kind;

  /**
   * Fails with {@link IllegalArgumentException} when the parser can tell the path does not fit the
   * target.
   */
  AttributeAccess(String location, Expression target, AttributePath path) {
    super(location);
    this.target = target;
    this.path = path;
    this.kind = path.kindFrom(target.kind());
  }

  @Override
  Kind kind() {
    return kind;
  }

  @Override
  @Nullable Object evaluate(Scope scope) {
    Object value = target.evaluate(scope);
    if (value == null) {
      throw invalid("getAttr reads '" + path + "' of an unset value");
    }
    try {
      return path.get(value);
    } catch (IllegalArgumentException e) {
      throw invalid(e.getMessage());
    }
  }
}
