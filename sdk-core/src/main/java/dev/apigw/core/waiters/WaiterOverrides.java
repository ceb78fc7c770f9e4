package dev.apigw.core.waiters;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One wait's own settings, in place of its waiter's defaults: how many polls at most, the delay
 * between them, and how long the whole wait may take. Unset ones keep the waiter's. Immutable.
 */
public final class WaiterOverrides {
  private static final WaiterOverrides NONE = builder().build();

  private final @Nullable Integer maxAttempts;
  private final @Nullable Duration delay;
  private final @Nullable Duration timeout;

  private WaiterOverrides(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.delay = builder.delay;
    this.timeout = builder.timeout;
  }

  /** Overrides that change nothing. */
  public static WaiterOverrides none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Optional<Integer> maxAttempts() {
    return Optional.ofNullable(maxAttempts);
  }

  public Optional<Duration> delay() {
    return Optional.ofNullable(delay);
  }

  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  static int checkMaxAttempts(int maxAttempts) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    return maxAttempts;
  }

  static Duration checkDelay(@Nullable Duration delay) {
    if (delay == null || delay.isNegative()) {
      throw new IllegalArgumentException("delay must be zero or more, was " + delay);
    }
    return delay;
  }

  static Duration checkTimeout(@Nullable Duration timeout) {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be more than zero, was " + timeout);
    }
    return timeout;
  }

  /** Settings of one wait, checked as they are set. Not thread-safe. */
  public static final class Builder {
    private @Nullable Integer maxAttempts;
    private @Nullable Duration delay;
    private @Nullable Duration timeout;

    private Builder() {}

    /**
     * The most polls the wait makes, the first included; at least 1.
     *
     * @throws IllegalArgumentException when less than 1
     */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = checkMaxAttempts(maxAttempts);
      return this;
    }

    /**
     * The delay between two polls. Each wait between polls lasts between half of it and all of it,
     * at random, so that many waiters started together do not poll in step.
     *
     * @throws IllegalArgumentException when null or negative
     */
    public Builder delay(Duration delay) {
      this.delay = checkDelay(delay);
      return this;
    }

    /**
     * How long the whole wait may last: no poll starts after it, and no delay is waited that would
     * end after it.
     *
     * @throws IllegalArgumentException when null, zero or negative
     */
    public Builder timeout(Duration timeout) {
      this.timeout = checkTimeout(timeout);
      return this;
    }

    public WaiterOverrides build() {
      return new WaiterOverrides(this);
    }
  }
}
