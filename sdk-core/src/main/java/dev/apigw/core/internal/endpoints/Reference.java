package dev.apigw.core.internal.endpoints;

import org.jspecify.annotations.Nullable;

/** The value of a parameter or of a variable a condition assigned: {@code {"ref": "Region"}}. */
final class Reference extends Expression {
  private final String name;
  private final int slot;
  private final Kind kind;

  Reference(String location, String name, int slot, Kind kind) {
    super(location);
    this.name = name;
    this.slot = slot;
    this.kind = kind;
  }

  String name() {
    return name;
  }

  @Override
  Kind kind() {
    return kind;
  }

  @Override
  @Nullable Object evaluate(Scope scope) {
    return scope.get(slot);
  }
}
