package dev.apigw.core.internal.endpoints;

import org.jspecify.annotations.Nullable;

/**
 * One parameter of a rule set: its name, kind (string or boolean), built-in, whether required, and
 * its default.
 */
final class Parameter {
  private final String name;
  private final Kind kind;
  private final @Nullable String builtIn;
  private final boolean required;
  private final @Nullable Object defaultValue;
  private final int slot;

  /**
   * Fails with {@link IllegalArgumentException} when the default is not of the parameter's kind, or
   * the built-in gives values of another kind.
   */
  Parameter(
      String name,
      Kind kind,
      @Nullable String builtIn,
      boolean required,
      @Nullable Object defaultValue,
      int slot) {
    if (kind != Kind.STRING && kind != Kind.BOOLEAN) {
      throw new IllegalArgumentException(
          "a parameter is a string or a boolean, not " + kind.description());
    }
    if (defaultValue != null && !kind.matches(defaultValue)) {
      throw new IllegalArgumentException(
          "the default is "
              + Kind.describe(defaultValue)
              + " but the parameter is "
              + kind.description());
    }
    Kind supplied = builtInKind(builtIn);
    if (supplied != null && supplied != kind) {
      throw new IllegalArgumentException(
          "the built-in "
              + builtIn
              + " gives "
              + supplied.description()
              + " but the parameter is "
              + kind.description());
    }
    this.name = name;
    this.kind = kind;
    this.builtIn = builtIn;
    this.required = required;
    this.defaultValue = defaultValue;
    this.slot = slot;
  }

  String name() {
    return name;
  }

  Kind kind() {
    return kind;
  }

  int slot() {
    return slot;
  }

  /**
   * Its value for {@code parameters}: the built-in's value, else the default; fails when required
   * and unset.
   */
  @Nullable Object valueFrom(EndpointParameters parameters) {
    Object value = supplied(parameters);
    if (value == null) {
      value = defaultValue;
    }
    if (value == null && required) {
      throw new EndpointResolutionException(
          "The endpoint rule set requires the parameter "
              + name
              + (builtIn == null ? "" : " (built-in " + builtIn + ")")
              + ", which has no value");
    }
    return value;
  }

  private @Nullable Object supplied(EndpointParameters parameters) {
    if (builtIn == null) {
      return null;
    }
    switch (builtIn) {
      case "AWS::Region":
        return parameters.region();
      case "AWS::UseFIPS":
        return parameters.useFips();
      case "AWS::UseDualStack":
        return parameters.useDualStack();
      case "SDK::Endpoint":
        return parameters.endpoint();
      default:
        return null;
    }
  }

  /**
   * The kind of value {@link EndpointParameters} gives for {@code builtIn}; null for one it does
   * not give.
   */
  private static @Nullable Kind builtInKind(@Nullable String builtIn) {
    if (builtIn == null) {
      return null;
    }
    switch (builtIn) {
      case "AWS::Region":
      case "SDK::Endpoint":
        return Kind.STRING;
      case "AWS::UseFIPS":
      case "AWS::UseDualStack":
        return Kind.BOOLEAN;
      default:
        return null;
    }
  }
}
