package dev.apigw.core.internal.retry;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with full jitter: the delay before retry {@code n} (1 for the first retry) is
 * drawn uniformly from {@code [0, min(cap, base × 2^(n−1))]}, with one base for throttling errors
 * and another for the rest. Immutable; thread-safe when the random source is.
 */
public final class Backoff {
  private final long baseNanos;
  private final long throttlingBaseNanos;
  private final long capNanos;
  private final DoubleSupplier random;

  private Backoff(long baseNanos, long throttlingBaseNanos, long capNanos, DoubleSupplier random) {
    this.baseNanos = baseNanos;
    this.throttlingBaseNanos = throttlingBaseNanos;
    this.capNanos = capNanos;
    this.random = random;
  }

  /**
   * A backoff with these bases and cap, drawing from {@code random} (values in {@code [0, 1)}, such
   * as {@code ThreadLocalRandom.current()::nextDouble}).
   */
  public static Backoff of(
      Duration base, Duration throttlingBase, Duration cap, DoubleSupplier random) {
    return new Backoff(nanos(base), nanos(throttlingBase), nanos(cap), random);
  }

  private static long nanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  /** The upper bound of the delay before retry {@code retry} (1 or more). */
  public long ceilingNanos(int retry, boolean throttling) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry must be at least 1: " + retry);
    }
    long base = throttling ? throttlingBaseNanos : baseNanos;
    int shift = Math.min(retry - 1, 62);
    long ceiling = base > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : base << shift;
    return Math.min(capNanos, ceiling);
  }

  /** The delay before retry {@code retry} (1 or more), in nanoseconds. */
  public long delayNanos(int retry, boolean throttling) {
    double draw = random.getAsDouble();
    if (!(draw >= 0 && draw < 1)) {
      draw = 0;
    }
    long ceiling = ceilingNanos(retry, throttling);
    return (long) (draw * (ceiling == Long.MAX_VALUE ? ceiling : ceiling + 1));
  }
}
