package dev.apigw.core.retry;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How a client retries a failed attempt: with the semantics of the AWS SDKs' retry modes.
 *
 * <ul>
 *   <li>{@link #standard()} (the default): up to 3 attempts in all; before each retry a delay drawn
 *       uniformly from zero to {@code min(20 s, base × 2^(retry − 1))} ("full jitter"), with a base
 *       of 100 ms, or 1 s after a throttling error; and a retry quota per client, a bucket of 500
 *       tokens from which a retry takes 5 (10 after a timeout), a call that succeeds after retrying
 *       gives them back and a call that succeeds at once adds 1. When the bucket cannot pay for a
 *       retry, the call fails at once with the last failure, whose message says so.
 *   <li>{@link #adaptive()}: standard, plus a client-side rate limiter that lowers the rate of
 *       attempts after throttling responses and raises it again, along a CUBIC curve, as attempts
 *       succeed.
 *   <li>{@link #none()}: one attempt; nothing is retried.
 * </ul>
 *
 * <p>What is retried: transport failures where the request can be sent again (a refused, reset or
 * closed connection, a response cut short, an attempt timeout), HTTP 500, 502, 503, 504 and 429,
 * and the AWS throttling and transient error codes ({@code ThrottlingException}, {@code
 * TooManyRequestsException}, {@code RequestTimeout}, {@code InternalFailure}, …). Not retried: any
 * other 4xx, a 2xx whose body does not decode, bad input found before sending, an interrupted
 * thread, a call past its {@code apiCallTimeout}.
 *
 * <p>Immutable and thread-safe. A strategy only describes; each client keeps its own retry quota
 * and rate limiter, so one strategy may be given to many clients.
 */
public final class RetryStrategy {
  /** Which of the AWS SDKs' retry modes a strategy follows. */
  public enum Mode {
    /** One attempt, no retries. */
    NONE,
    /** Exponential backoff with jitter and a retry quota. */
    STANDARD,
    /** Standard, plus client-side rate limiting after throttling. */
    ADAPTIVE
  }

  static final int DEFAULT_MAX_ATTEMPTS = 3;
  static final Duration BASE_DELAY = Duration.ofMillis(100);
  static final Duration THROTTLING_BASE_DELAY = Duration.ofSeconds(1);
  static final Duration MAX_BACKOFF = Duration.ofSeconds(20);
  static final int DEFAULT_RETRY_QUOTA = 500;

  private static final RetryStrategy STANDARD =
      new RetryStrategy(Mode.STANDARD, DEFAULT_MAX_ATTEMPTS);
  private static final RetryStrategy ADAPTIVE =
      new RetryStrategy(Mode.ADAPTIVE, DEFAULT_MAX_ATTEMPTS);
  private static final RetryStrategy NONE = new RetryStrategy(Mode.NONE, 1);

  private final Mode mode;
  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration throttlingBaseDelay;
  private final Duration maxBackoff;
  private final int retryQuotaCapacity;

  private RetryStrategy(Mode mode, int maxAttempts) {
    this(mode, maxAttempts, BASE_DELAY, THROTTLING_BASE_DELAY, MAX_BACKOFF, DEFAULT_RETRY_QUOTA);
  }

  private RetryStrategy(
      Mode mode,
      int maxAttempts,
      Duration baseDelay,
      Duration throttlingBaseDelay,
      Duration maxBackoff,
      int retryQuotaCapacity) {
    this.mode = mode;
    this.maxAttempts = maxAttempts;
    this.baseDelay = baseDelay;
    this.throttlingBaseDelay = throttlingBaseDelay;
    this.maxBackoff = maxBackoff;
    this.retryQuotaCapacity = retryQuotaCapacity;
  }

  /** The AWS SDKs' standard mode; the clients' default. */
  public static RetryStrategy standard() {
    return STANDARD;
  }

  /** The AWS SDKs' adaptive mode: standard plus client-side rate limiting. */
  public static RetryStrategy adaptive() {
    return ADAPTIVE;
  }

  /** One attempt: failures are never retried. */
  public static RetryStrategy none() {
    return NONE;
  }

  /**
   * This strategy with another number of attempts in all (the first one included). Fails with
   * {@link IllegalArgumentException} when {@code maxAttempts} is less than 1. For {@link #none()},
   * any number above 1 makes it standard.
   */
  public RetryStrategy withMaxAttempts(int maxAttempts) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    Mode newMode = mode == Mode.NONE && maxAttempts > 1 ? Mode.STANDARD : mode;
    return new RetryStrategy(
        newMode, maxAttempts, baseDelay, throttlingBaseDelay, maxBackoff, retryQuotaCapacity);
  }

  /**
   * This strategy with other backoff delays: the base after a failure that is not throttling (100
   * ms by default), the base after a throttling error (1 s) and the cap (20 s). Zero bases retry at
   * once, which suits tests. Fails with {@link IllegalArgumentException} naming the argument when
   * one is null or negative.
   */
  public RetryStrategy withBackoff(
      Duration baseDelay, Duration throttlingBaseDelay, Duration maxBackoff) {
    return new RetryStrategy(
        mode,
        maxAttempts,
        nonNegative(baseDelay, "baseDelay"),
        nonNegative(throttlingBaseDelay, "throttlingBaseDelay"),
        nonNegative(maxBackoff, "maxBackoff"),
        retryQuotaCapacity);
  }

  /**
   * This strategy with a retry quota of {@code tokens} (500 by default; a retry takes 5, or 10
   * after a timeout). Fails with {@link IllegalArgumentException} when {@code tokens} is negative.
   */
  public RetryStrategy withRetryQuota(int tokens) {
    if (tokens < 0) {
      throw new IllegalArgumentException("tokens must not be negative: " + tokens);
    }
    return new RetryStrategy(mode, maxAttempts, baseDelay, throttlingBaseDelay, maxBackoff, tokens);
  }

  private static Duration nonNegative(Duration value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative: " + value);
    }
    // Longer than nanoseconds can count (about 292 years) is kept countable.
    Duration longest = Duration.ofNanos(Long.MAX_VALUE);
    return value.compareTo(longest) > 0 ? longest : value;
  }

  public Mode mode() {
    return mode;
  }

  /** Attempts in all, the first one included; at least 1. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * The base of the exponential backoff after a failure that is not throttling; 100 ms by default.
   */
  public Duration baseDelay() {
    return baseDelay;
  }

  /** The base of the exponential backoff after a throttling error; 1 s by default. */
  public Duration throttlingBaseDelay() {
    return throttlingBaseDelay;
  }

  /** The longest delay before a retry; 20 s by default. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /** The tokens in each client's retry quota when it starts; 500 by default. */
  public int retryQuota() {
    return retryQuotaCapacity;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof RetryStrategy)) {
      return false;
    }
    RetryStrategy that = (RetryStrategy) other;
    return mode == that.mode
        && maxAttempts == that.maxAttempts
        && baseDelay.equals(that.baseDelay)
        && throttlingBaseDelay.equals(that.throttlingBaseDelay)
        && maxBackoff.equals(that.maxBackoff)
        && retryQuotaCapacity == that.retryQuotaCapacity;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        mode, maxAttempts, baseDelay, throttlingBaseDelay, maxBackoff, retryQuotaCapacity);
  }

  @Override
  public String toString() {
    return "RetryStrategy{"
        + mode.name().toLowerCase(Locale.ROOT)
        + ", maxAttempts="
        + maxAttempts
        + ", baseDelay="
        + baseDelay.toMillis()
        + " ms, throttlingBaseDelay="
        + throttlingBaseDelay.toMillis()
        + " ms, maxBackoff="
        + maxBackoff.toMillis()
        + " ms, retryQuota="
        + retryQuotaCapacity
        + "}";
  }
}
