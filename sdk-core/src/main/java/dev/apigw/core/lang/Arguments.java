package dev.apigw.core.lang;

import org.jspecify.annotations.Nullable;

/**
 * The argument checks of the SDK's own classes, public only so that every package can share them.
 * Each failure is an {@link IllegalArgumentException} whose message names the argument; none of
 * them ever includes the argument's value, so secrets cannot leak through a message.
 */
public final class Arguments {
  private Arguments() {}

  /** Returns {@code value}, or fails naming {@code name} when it is null. */
  public static <T> T requireNonNull(@Nullable T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }

  /**
   * Returns {@code value}, or fails naming {@code name} when it is null, empty or only whitespace.
   */
  public static String requireNonBlank(@Nullable String value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
