package dev.apigw.core.internal.retry;

import dev.apigw.core.exception.SdkException;
import dev.apigw.core.exception.ServiceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What one client adds to its clock when it signs: learned from {@linkplain ClockSkew clock-skew
 * errors}, zero until one comes, never configured, and never shared with another client. Each
 * change is logged once at WARN under {@code dev.apigw.retry}, with its size. Thread-safe.
 */
public final class ClockOffset {
  private final Clock clock;
  private volatile Duration offset = Duration.ZERO;

  private ClockOffset(Clock clock) {
    this.clock = clock;
  }

  /** A zero offset on this client's clock. */
  public static ClockOffset on(Clock clock) {
    return new ClockOffset(clock);
  }

  /** The offset the next attempt is signed with. */
  public Duration current() {
    return offset;
  }

  /**
   * Learns from an attempt that was signed with {@code offsetUsed} and failed: true when the
   * failure is a clock-skew error, the offset now being the service's time minus the clock's, so
   * that the attempt is worth making again at once. A concurrent call that failed for the same skew
   * finds the offset already learned (within {@link ClockSkew#THRESHOLD}) and changes nothing.
   */
  boolean learn(SdkException failure, Duration offsetUsed, String operation) {
    Instant serverTime = ClockSkew.serverTime(failure);
    if (serverTime == null) {
      return false;
    }
    // Only a skew error reads the clock, so other failures leave a ticking clock as it was.
    Duration corrected = ClockSkew.correctedOffset(serverTime, clock.instant(), offsetUsed);
    if (corrected == null) {
      return false;
    }
    synchronized (this) {
      if (corrected.minus(offset).abs().compareTo(ClockSkew.THRESHOLD) < 0) {
        return true;
      }
      offset = corrected;
    }
    String size = ClockSkew.describe(corrected);
    boolean behind = !corrected.isNegative();
    RetryStage.LOG.warn(
        "{} failed with {}: this client's clock is {} {} the service's; its requests are now signed"
            + " with its clock {} {}",
        operation,
        ((ServiceException) failure).errorCode().orElse(""),
        size,
        behind ? "behind" : "ahead of",
        behind ? "plus" : "minus",
        size);
    return true;
  }

  @Override
  public String toString() {
    return "clock offset " + (offset.isNegative() ? "-" : "+") + ClockSkew.describe(offset);
  }
}
