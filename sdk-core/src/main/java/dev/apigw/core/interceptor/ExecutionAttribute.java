package dev.apigw.core.interceptor;

import dev.apigw.core.lang.Arguments;

/**
 * The key of a value an interceptor keeps for the length of one call in its {@link
 * ExecutionAttributes}, such as the span it started. Keys are compared by identity: keep each in a
 * constant.
 *
 * @param <T> the value's type
 */
public final class ExecutionAttribute<T> {
  private final String name;

  /** Fails with {@link IllegalArgumentException} when the name is null or blank. */
  public ExecutionAttribute(String name) {
    this.name = Arguments.requireNonBlank(name, "name");
  }

  /** The name given, for messages. */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
