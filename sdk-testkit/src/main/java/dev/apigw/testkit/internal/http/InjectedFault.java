package dev.apigw.testkit.internal.http;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A fault waiting for a call: an error answer (status, error type, message), the service's
 * clock-skew error as if its clock were off, a delay, or the connection dropped without an answer.
 * Immutable.
 */
public final class InjectedFault {
  private final int status;
  private final @Nullable String errorType;
  private final @Nullable String message;
  private final Duration delay;
  private final @Nullable Duration clockSkew;
  private final boolean dropsConnection;

  /** An error answer when {@code status} is not 0, else a delay of {@code delay}. */
  public InjectedFault(
      int status, @Nullable String errorType, @Nullable String message, Duration delay) {
    this(status, errorType, message, delay, null);
  }

  /**
   * As above; with a {@code clockSkew}, the error is the signature check's, made against the
   * emulator's clock plus that skew, which the answer's {@code Date} header also gives.
   */
  public InjectedFault(
      int status,
      @Nullable String errorType,
      @Nullable String message,
      Duration delay,
      @Nullable Duration clockSkew) {
    this(status, errorType, message, delay, clockSkew, false);
  }

  private InjectedFault(
      int status,
      @Nullable String errorType,
      @Nullable String message,
      Duration delay,
      @Nullable Duration clockSkew,
      boolean dropsConnection) {
    this.status = status;
    this.errorType = errorType;
    this.message = message;
    this.delay = delay;
    this.clockSkew = clockSkew;
    this.dropsConnection = dropsConnection;
  }

  /** The request is read, then its connection closed with no answer at all. */
  public static InjectedFault droppedConnection() {
    return new InjectedFault(0, null, null, Duration.ZERO, null, true);
  }

  public boolean dropsConnection() {
    return dropsConnection;
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

  /** How far the service's clock is from the emulator's for this answer; null for no skew. */
  public @Nullable Duration clockSkew() {
    return clockSkew;
  }
}
