package dev.apigw.core.metrics;

import dev.apigw.core.lang.Arguments;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One call from start to end: what it was, how it ended, its attempts, and where its time went.
 * Durations are measured on a monotonic clock; the attempts and the backoffs between them fit in
 * {@link #apiCallDuration()}. Immutable; {@link #toString()} never shows a failure's message.
 */
public final class CallMetrics {
  private final String serviceId;
  private final String operationName;
  private final @Nullable String region;
  private final boolean successful;
  private final Duration apiCallDuration;
  private final List<AttemptMetrics> attempts;
  private final Duration credentialsFetchDuration;
  private final Duration signingDuration;
  private final Duration decodeDuration;
  private final long requestBytes;
  private final long responseBytes;
  private final @Nullable Throwable failure;
  private final Duration clockOffset;
  private final Outcome outcome;

  private CallMetrics(Builder builder) {
    this.serviceId = Arguments.requireNonBlank(builder.serviceId, "serviceId");
    this.operationName = Arguments.requireNonBlank(builder.operationName, "operationName");
    this.region = builder.region;
    this.failure = builder.failure;
    this.successful = failure == null;
    this.apiCallDuration = builder.apiCallDuration;
    this.attempts = List.copyOf(builder.attempts);
    this.credentialsFetchDuration = builder.credentialsFetchDuration;
    this.signingDuration = builder.signingDuration;
    this.decodeDuration = builder.decodeDuration;
    this.requestBytes = builder.requestBytes;
    this.responseBytes = builder.responseBytes;
    this.clockOffset = builder.clockOffset;
    this.outcome = builder.outcome != null ? builder.outcome : derivedOutcome();
  }

  private Outcome derivedOutcome() {
    if (successful) {
      return Outcome.SUCCESS;
    }
    Outcome last =
        attempts.isEmpty() ? Outcome.FAILURE : attempts.get(attempts.size() - 1).outcome();
    return last == Outcome.SUCCESS ? Outcome.FAILURE : last;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The service's id in the model, such as {@code ApiGatewayV2}. */
  public String serviceId() {
    return serviceId;
  }

  /** The operation's name in the model, such as {@code GetRoutes}. */
  public String operationName() {
    return operationName;
  }

  /** The region the call was made in; empty when the call failed before it was known. */
  public Optional<String> region() {
    return Optional.ofNullable(region);
  }

  /** Whether the call returned a result. */
  public boolean successful() {
    return successful;
  }

  /** From the call's start until it returned or failed, the interceptors' hooks included. */
  public Duration apiCallDuration() {
    return apiCallDuration;
  }

  /** The attempts, in order; empty when the call failed before one was made. Unmodifiable. */
  public List<AttemptMetrics> attempts() {
    return attempts;
  }

  /** The attempts after the first. */
  public int retryCount() {
    return Math.max(0, attempts.size() - 1);
  }

  /** The time spent getting credentials for signing, over all attempts. */
  public Duration credentialsFetchDuration() {
    return credentialsFetchDuration;
  }

  /** The time spent signing, over all attempts, credentials not included. */
  public Duration signingDuration() {
    return signingDuration;
  }

  /** The time spent decoding the response into the result. */
  public Duration decodeDuration() {
    return decodeDuration;
  }

  /** The request body's bytes sent, over all attempts. */
  public long requestBytes() {
    return requestBytes;
  }

  /** The response bodies' bytes read, over all attempts. */
  public long responseBytes() {
    return responseBytes;
  }

  /** The simple name of the exception the call failed with, such as {@code NotFoundException}. */
  public Optional<String> errorType() {
    return failure == null ? Optional.empty() : Optional.of(failure.getClass().getSimpleName());
  }

  /** The exception the call failed with; empty when it succeeded. */
  public Optional<Throwable> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * What the last attempt added to the client's clock when signing: the difference the client
   * learned from a clock-skew error; zero until it learned one.
   */
  public Duration clockOffset() {
    return clockOffset;
  }

  /**
   * How the call ended: {@link Outcome#SUCCESS}, else as its last attempt ended ({@link
   * Outcome#FAILURE} when that attempt succeeded and the call failed after it, decoding say).
   */
  public Outcome outcome() {
    return outcome;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof CallMetrics)) {
      return false;
    }
    CallMetrics that = (CallMetrics) other;
    return requestBytes == that.requestBytes
        && responseBytes == that.responseBytes
        && serviceId.equals(that.serviceId)
        && operationName.equals(that.operationName)
        && Objects.equals(region, that.region)
        && apiCallDuration.equals(that.apiCallDuration)
        && attempts.equals(that.attempts)
        && credentialsFetchDuration.equals(that.credentialsFetchDuration)
        && signingDuration.equals(that.signingDuration)
        && decodeDuration.equals(that.decodeDuration)
        && Objects.equals(failure, that.failure)
        && clockOffset.equals(that.clockOffset)
        && outcome == that.outcome;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        serviceId, operationName, region, apiCallDuration, attempts, failure, outcome);
  }

  @Override
  public String toString() {
    return "CallMetrics{"
        + serviceId
        + "."
        + operationName
        + (region == null ? "" : " in " + region)
        + ", "
        + outcome.tagValue()
        + (failure == null ? "" : " (" + failure.getClass().getName() + ")")
        + ", apiCallDuration="
        + apiCallDuration
        + ", attempts="
        + attempts
        + ", credentialsFetchDuration="
        + credentialsFetchDuration
        + ", signingDuration="
        + signingDuration
        + ", decodeDuration="
        + decodeDuration
        + ", requestBytes="
        + requestBytes
        + ", responseBytes="
        + responseBytes
        + ", clockOffset="
        + clockOffset
        + "}";
  }

  /**
   * Builds call metrics, for the runtime and for testing a publisher. The service and operation are
   * required; durations and byte counts default to zero, and the outcome, unless set, is {@link
   * Outcome#SUCCESS} without a failure, else the last attempt's ({@link Outcome#FAILURE} with
   * none). Setters fail with {@link IllegalArgumentException} naming a null or negative argument.
   */
  public static final class Builder {
    private @Nullable String serviceId;
    private @Nullable String operationName;
    private @Nullable String region;
    private Duration apiCallDuration = Duration.ZERO;
    private final List<AttemptMetrics> attempts = new ArrayList<>();
    private Duration credentialsFetchDuration = Duration.ZERO;
    private Duration signingDuration = Duration.ZERO;
    private Duration decodeDuration = Duration.ZERO;
    private long requestBytes;
    private long responseBytes;
    private @Nullable Throwable failure;
    private Duration clockOffset = Duration.ZERO;
    private @Nullable Outcome outcome;

    private Builder() {}

    public Builder serviceId(String serviceId) {
      this.serviceId = Arguments.requireNonBlank(serviceId, "serviceId");
      return this;
    }

    public Builder operationName(String operationName) {
      this.operationName = Arguments.requireNonBlank(operationName, "operationName");
      return this;
    }

    /** The region; null when the call failed before it was known. */
    public Builder region(@Nullable String region) {
      this.region = region;
      return this;
    }

    public Builder apiCallDuration(Duration duration) {
      this.apiCallDuration = Durations.requireNotNegative(duration, "apiCallDuration");
      return this;
    }

    /** Adds the next attempt. */
    public Builder addAttempt(AttemptMetrics attempt) {
      attempts.add(Arguments.requireNonNull(attempt, "attempt"));
      return this;
    }

    public Builder credentialsFetchDuration(Duration duration) {
      this.credentialsFetchDuration =
          Durations.requireNotNegative(duration, "credentialsFetchDuration");
      return this;
    }

    public Builder signingDuration(Duration duration) {
      this.signingDuration = Durations.requireNotNegative(duration, "signingDuration");
      return this;
    }

    public Builder decodeDuration(Duration duration) {
      this.decodeDuration = Durations.requireNotNegative(duration, "decodeDuration");
      return this;
    }

    public Builder requestBytes(long bytes) {
      this.requestBytes = requireNotNegative(bytes, "requestBytes");
      return this;
    }

    public Builder responseBytes(long bytes) {
      this.responseBytes = requireNotNegative(bytes, "responseBytes");
      return this;
    }

    /** The exception the call failed with; null (the default) for a successful call. */
    public Builder failure(@Nullable Throwable failure) {
      this.failure = failure;
      return this;
    }

    /** The clock offset; negative when the client's clock runs ahead of the service's. */
    public Builder clockOffset(Duration offset) {
      this.clockOffset = Arguments.requireNonNull(offset, "clockOffset");
      return this;
    }

    public Builder outcome(Outcome outcome) {
      this.outcome = Arguments.requireNonNull(outcome, "outcome");
      return this;
    }

    /** Fails with {@link IllegalArgumentException} when the service or operation is missing. */
    public CallMetrics build() {
      return new CallMetrics(this);
    }

    private static long requireNotNegative(long value, String name) {
      if (value < 0) {
        throw new IllegalArgumentException(name + " must not be negative: " + value);
      }
      return value;
    }
  }
}
