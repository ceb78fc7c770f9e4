package dev.apigw.testkit;

import dev.apigw.testkit.internal.http.InjectedFault;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an injected fault does to a call: answer with an error instead of the operation's result,
 * delay the answer, or drop the connection without one. Immutable. See {@link
 * ApiGatewayV2Emulator#inject(String, int, Fault)}.
 */
public final class Fault {
  /** How far from its clock the service accepts a signing time. */
  private static final Duration SIGNATURE_WINDOW = Duration.ofMinutes(15);

  private final InjectedFault spec;

  private Fault(
      int status,
      @Nullable String errorType,
      @Nullable String message,
      Duration delay,
      @Nullable Duration clockSkew) {
    this.spec = new InjectedFault(status, errorType, message, delay, clockSkew);
  }

  private Fault(InjectedFault spec) {
    this.spec = spec;
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
    return new Fault(status, errorType, message, Duration.ZERO, null);
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
    return new Fault(0, null, null, delay, null);
  }

  /**
   * No answer: the request is read, then its connection closed, as when a front end or the network
   * drops it. The client sees the connection end before a response; a GET is safe to retry.
   */
  public static Fault dropConnection() {
    return new Fault(InjectedFault.droppedConnection());
  }

  /**
   * The service's clock-skew error, as if its clock were {@code skew} ahead of the emulator's
   * (behind when negative): InvalidSignatureException (403), with the service's message for the
   * request's signing time ("Signature expired", or "Signature not yet current" for a request
   * signed after that time) and that time in the {@code Date} header. A client of this SDK learns
   * the difference from it and retries at once.
   *
   * @param skew more than the 15 minutes either way within which the service accepts a signature
   */
  public static Fault clockSkew(Duration skew) {
    if (skew == null || skew.abs().compareTo(SIGNATURE_WINDOW) <= 0) {
      throw new IllegalArgumentException(
          "skew must be more than 15 minutes either way, beyond what the service accepts: " + skew);
    }
    return new Fault(403, "InvalidSignatureException", null, Duration.ZERO, skew);
  }

  /** Whether this fault closes the connection instead of answering. */
  public boolean dropsConnection() {
    return spec.dropsConnection();
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

  /** The error's message; null for a delay, and for a clock skew (its message is per call). */
  public @Nullable String message() {
    return spec.message();
  }

  public Duration delay() {
    return spec.delay();
  }

  /** How far the service's clock is off for a {@link #clockSkew(Duration)} fault; else null. */
  public @Nullable Duration clockSkew() {
    return spec.clockSkew();
  }

  @Override
  public String toString() {
    if (dropsConnection()) {
      return "Fault{connection dropped}";
    }
    if (clockSkew() != null) {
      return "Fault{403 InvalidSignatureException, clock skew " + clockSkew() + "}";
    }
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
