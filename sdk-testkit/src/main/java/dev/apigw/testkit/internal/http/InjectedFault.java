package dev.apigw.testkit.internal.http;

import dev.apigw.core.Nullable;
import java.time.Duration;

/**
 * A fault waiting for a call: an error answer (status, error type, message) or a delay. Immutable.
 */
public final class InjectedFault {
  private final int status;
  private final @Nullable String errorType;
  private final @Nullable String message;
  private final Duration delay;

  /** An error answer when {@code status} is not 0, else a delay of {@code delay}. */
  public InjectedFault(
      int status, @Nullable String errorType, @Nullable String message, Duration delay) {
    this.status = status;
    this.errorType = errorType;
    this.message = message;
    this.delay = delay;
  }

  public boolean isError() {
    return status != 0;
  }

  public int status() {
    return status;
  }

  public @Nullable String errorType() {
    return errorType;
  }

  public @Nullable String message() {
    return message;
  }

  public Duration delay() {
    return delay;
  }
}
