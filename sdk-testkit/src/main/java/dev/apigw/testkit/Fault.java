package dev.apigw.testkit;

import dev.apigw.core.Nullable;
import dev.apigw.testkit.internal.http.InjectedFault;
import java.time.Duration;
import java.util.Objects;

/**
 * What an injected fault does to a call: answer with an error instead of the operation's result, or
 * delay the answer. Immutable. See {@link ApiGatewayV2Emulator#inject(String, int, Fault)}.
 */
public final class Fault {
  private final InjectedFault spec;

  private Fault(int status, @Nullable String errorType, @Nullable String message, Duration delay) {
    this.spec = new InjectedFault(status, errorType, message, delay);
  }

  /** What the emulator's dispatcher acts on. */
  InjectedFault spec() {
    return spec;
  }

  /**
   * Answer with this status, error type (sent as {@code X-Amzn-ErrorType}, such as {@code
   * TooManyRequestsException}; null for none, like a proxy's error page) and message.
   */
  public static Fault error(int status, @Nullable String errorType, String message) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be an error status (400 to 599): " + status);
    }
    Objects.requireNonNull(message, "message");
    return new Fault(status, errorType, message, Duration.ZERO);
  }

  /** {@code 429 TooManyRequestsException}, as the service throttles. */
  public static Fault throttling() {
    return error(429, "TooManyRequestsException", "Too Many Requests");
  }

  /** {@code 503} without an error type, as a front end that is briefly unavailable. */
  public static Fault serviceUnavailable() {
    return error(503, null, "Service Unavailable");
  }

  /** Answer normally, but only after {@code delay}. */
  public static Fault delay(Duration delay) {
    if (delay == null || delay.isNegative()) {
      throw new IllegalArgumentException("delay must be zero or more: " + delay);
    }
    return new Fault(0, null, null, delay);
  }

  /** Whether this fault replaces the answer with an error. */
  public boolean isError() {
    return spec.isError();
  }

  public int status() {
    return spec.status();
  }

  public @Nullable String errorType() {
    return spec.errorType();
  }

  public @Nullable String message() {
    return spec.message();
  }

  public Duration delay() {
    return spec.delay();
  }

  @Override
  public String toString() {
    return isError()
        ? "Fault{"
            + status()
            + " "
            + (errorType() == null ? "" : errorType() + " ")
            + message()
            + "}"
        : "Fault{delay " + delay().toMillis() + " ms}";
  }
}
