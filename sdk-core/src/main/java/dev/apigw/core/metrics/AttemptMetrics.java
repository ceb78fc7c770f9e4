package dev.apigw.core.metrics;

import dev.apigw.core.lang.Arguments;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One attempt of a call: how long it took, the wait before it, what came back. Immutable; {@link
 * #toString()} never shows the failure's message, only its type.
 */
public final class AttemptMetrics {
  private final Duration duration;
  private final Duration backoffBeforeAttempt;
  private final int statusCode;
  private final @Nullable String errorCode;
  private final @Nullable String requestId;
  private final @Nullable Throwable failure;
  private final Outcome outcome;

  private AttemptMetrics(Builder builder) {
    this.duration = builder.duration;
    this.backoffBeforeAttempt = builder.backoffBeforeAttempt;
    this.statusCode = builder.statusCode;
    this.errorCode = builder.errorCode;
    this.requestId = builder.requestId;
    this.failure = builder.failure;
    this.outcome = builder.outcome != null ? builder.outcome : Outcomes.of(builder.statusCode);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** From the attempt's start (after its backoff) until its response was read or it failed. */
  public Duration duration() {
    return duration;
  }

  /** The wait before this attempt: zero for the first, and for a retry made at once. */
  public Duration backoffBeforeAttempt() {
    return backoffBeforeAttempt;
  }

  /** The response's HTTP status; empty when no response came back. */
  public OptionalInt statusCode() {
    return statusCode == 0 ? OptionalInt.empty() : OptionalInt.of(statusCode);
  }

  /** The service's error code, such as {@code NotFoundException}, of an error response. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /** The response's request id ({@code x-amzn-RequestId}), when it had one. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** What the attempt failed with; empty when it succeeded. */
  public Optional<Throwable> failure() {
    return Optional.ofNullable(failure);
  }

  /** How the attempt ended. */
  public Outcome outcome() {
    return outcome;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof AttemptMetrics)) {
      return false;
    }
    AttemptMetrics that = (AttemptMetrics) other;
    return statusCode == that.statusCode
        && duration.equals(that.duration)
        && backoffBeforeAttempt.equals(that.backoffBeforeAttempt)
        && Objects.equals(errorCode, that.errorCode)
        && Objects.equals(requestId, that.requestId)
        && Objects.equals(failure, that.failure)
        && outcome == that.outcome;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        duration, backoffBeforeAttempt, statusCode, errorCode, requestId, failure, outcome);
  }

  @Override
  public String toString() {
    return "AttemptMetrics{"
        + outcome.tagValue()
        + (statusCode == 0 ? "" : ", status=" + statusCode)
        + (errorCode == null ? "" : ", errorCode=" + errorCode)
        + (requestId == null ? "" : ", requestId=" + requestId)
        + (failure == null ? "" : ", failure=" + failure.getClass().getName())
        + ", duration="
        + duration
        + ", backoffBeforeAttempt="
        + backoffBeforeAttempt
        + "}";
  }

  /**
   * Builds attempt metrics, for the runtime and for testing a publisher. Durations default to zero;
   * the outcome, unless set, follows the status: none is {@link Outcome#FAILURE}, 2xx {@link
   * Outcome#SUCCESS}, 429 {@link Outcome#THROTTLED}, other 4xx {@link Outcome#CLIENT_ERROR}, 5xx
   * {@link Outcome#SERVER_ERROR}. Setters fail with {@link IllegalArgumentException} naming a null
   * or negative argument.
   */
  public static final class Builder {
    private Duration duration = Duration.ZERO;
    private Duration backoffBeforeAttempt = Duration.ZERO;
    private int statusCode;
    private @Nullable String errorCode;
    private @Nullable String requestId;
    private @Nullable Throwable failure;
    private @Nullable Outcome outcome;

    private Builder() {}

    public Builder duration(Duration duration) {
      this.duration = Durations.requireNotNegative(duration, "duration");
      return this;
    }

    public Builder backoffBeforeAttempt(Duration backoff) {
      this.backoffBeforeAttempt = Durations.requireNotNegative(backoff, "backoffBeforeAttempt");
      return this;
    }

    /** The HTTP status, from 100 to 599; 0 for none. */
    public Builder statusCode(int statusCode) {
      if (statusCode != 0 && (statusCode < 100 || statusCode > 599)) {
        throw new IllegalArgumentException(
            "statusCode must be 0 (none) or from 100 to 599: " + statusCode);
      }
      this.statusCode = statusCode;
      return this;
    }

    public Builder errorCode(@Nullable String errorCode) {
      this.errorCode = errorCode;
      return this;
    }

    public Builder requestId(@Nullable String requestId) {
      this.requestId = requestId;
      return this;
    }

    public Builder failure(@Nullable Throwable failure) {
      this.failure = failure;
      return this;
    }

    public Builder outcome(Outcome outcome) {
      this.outcome = Arguments.requireNonNull(outcome, "outcome");
      return this;
    }

    public AttemptMetrics build() {
      return new AttemptMetrics(this);
    }
  }
}
