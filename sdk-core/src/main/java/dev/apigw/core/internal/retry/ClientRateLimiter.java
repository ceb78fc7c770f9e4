package dev.apigw.core.internal.retry;

import dev.apigw.core.internal.Sleeper;
import dev.apigw.core.internal.Ticker;

/**
 * The client-side rate limiter of adaptive mode, as the AWS SDKs have it. It stays out of the way
 * until the first throttling response; from then on every attempt takes a token from a bucket that
 * fills at the allowed send rate. A throttling response sets the allowed rate to 0.7 times the rate
 * measured when it came; each success raises it along the CUBIC curve {@code 0.4 × (t − K)³ +
 * Wmax}, where {@code Wmax} is the rate at the last throttle, {@code t} the seconds since then and
 * {@code K = ∛(Wmax × 0.3 / 0.4)}, never above twice the measured rate. The measured rate is the
 * attempts per second in half-second buckets, smoothed by 0.8. The allowed rate never falls below
 * half an attempt per second.
 *
 * <p>Thread-safe; waiting happens outside the lock and ends when the thread is interrupted.
 */
public final class ClientRateLimiter {
  static final double MIN_FILL_RATE = 0.5;
  static final double MIN_CAPACITY = 1;
  static final double SMOOTH = 0.8;
  static final double BETA = 0.7;
  static final double SCALE_CONSTANT = 0.4;
  static final double TIME_BUCKET_SECONDS = 0.5;

  private final Ticker ticker;
  private final Sleeper sleeper;
  private final long origin;

  private boolean enabled;
  private double fillRate = MIN_FILL_RATE;
  private double maxCapacity = MIN_CAPACITY;
  private double currentCapacity;
  private double lastTimestamp = -1;

  private double measuredTxRate;
  private double lastTxRateBucket;
  private long requestCount;

  private double lastMaxRate;
  private double lastThrottleTime;
  private double timeWindow;

  private ClientRateLimiter(Ticker ticker, Sleeper sleeper) {
    this.ticker = ticker;
    this.sleeper = sleeper;
    this.origin = ticker.nanoTime();
    double now = now();
    this.lastTxRateBucket = Math.floor(now);
    this.lastThrottleTime = now;
  }

  public static ClientRateLimiter create(Ticker ticker, Sleeper sleeper) {
    return new ClientRateLimiter(ticker, sleeper);
  }

  /**
   * Takes a send token before an attempt, waiting for it when the limiter is on.
   *
   * @param maxWaitNanos the longest this attempt may wait
   * @return false, without waiting, when the token would come later than {@code maxWaitNanos} from
   *     now
   * @throws InterruptedException when the thread is interrupted while it waits
   */
  public boolean acquire(long maxWaitNanos) throws InterruptedException {
    while (true) {
      long waitNanos = tryAcquire();
      if (waitNanos == 0) {
        return true;
      }
      if (waitNanos > maxWaitNanos) {
        return false;
      }
      sleeper.sleep(waitNanos);
      maxWaitNanos -= waitNanos;
    }
  }

  /**
   * Takes a send token when one is there, without waiting: the form of {@link #acquire} for calls
   * that must not block a thread, which ask again after the time returned.
   *
   * @return 0 when a token was taken (or the limiter is off), else the nanoseconds until the next
   *     token, none taken
   */
  public synchronized long tryAcquire() {
    if (!enabled) {
      return 0;
    }
    refill();
    if (currentCapacity >= 1) {
      currentCapacity -= 1;
      return 0;
    }
    return Math.max(1, (long) Math.ceil((1 - currentCapacity) / fillRate * 1e9));
  }

  /**
   * Records the outcome of an attempt that got a response (or a transport failure, as not
   * throttled).
   */
  public synchronized void onResponse(boolean throttled) {
    updateMeasuredRate();
    double now = now();
    double calculatedRate;
    if (throttled) {
      double rateToUse = enabled ? Math.min(measuredTxRate, fillRate) : measuredTxRate;
      lastMaxRate = rateToUse;
      timeWindow = Math.cbrt(lastMaxRate * (1 - BETA) / SCALE_CONSTANT);
      lastThrottleTime = now;
      calculatedRate = rateToUse * BETA;
      enabled = true;
    } else {
      timeWindow = Math.cbrt(lastMaxRate * (1 - BETA) / SCALE_CONSTANT);
      double dt = now - lastThrottleTime;
      calculatedRate = SCALE_CONSTANT * Math.pow(dt - timeWindow, 3) + lastMaxRate;
    }
    updateRate(Math.min(calculatedRate, 2 * measuredTxRate));
  }

  /** Whether the limiter has seen throttling and now paces attempts. */
  public synchronized boolean enabled() {
    return enabled;
  }

  /** The allowed rate of attempts per second. */
  public synchronized double fillRate() {
    return fillRate;
  }

  /** The smoothed measured rate of attempts per second. */
  public synchronized double measuredRate() {
    return measuredTxRate;
  }

  private void refill() {
    double now = now();
    if (lastTimestamp < 0) {
      lastTimestamp = now;
      return;
    }
    double fill = (now - lastTimestamp) * fillRate;
    currentCapacity = Math.min(maxCapacity, currentCapacity + fill);
    lastTimestamp = now;
  }

  private void updateRate(double newRate) {
    refill();
    fillRate = Math.max(newRate, MIN_FILL_RATE);
    maxCapacity = Math.max(newRate, MIN_CAPACITY);
    currentCapacity = Math.min(currentCapacity, maxCapacity);
  }

  private void updateMeasuredRate() {
    double now = now();
    double timeBucket = Math.floor(now * (1 / TIME_BUCKET_SECONDS)) / (1 / TIME_BUCKET_SECONDS);
    requestCount++;
    if (timeBucket > lastTxRateBucket) {
      double currentRate = requestCount / (timeBucket - lastTxRateBucket);
      measuredTxRate = currentRate * SMOOTH + measuredTxRate * (1 - SMOOTH);
      requestCount = 0;
      lastTxRateBucket = timeBucket;
    }
  }

  private double now() {
    return (ticker.nanoTime() - origin) / 1e9;
  }

  @Override
  public synchronized String toString() {
    return "ClientRateLimiter{"
        + (enabled ? String.format(java.util.Locale.ROOT, "%.2f attempts/s", fillRate) : "off")
        + "}";
  }
}
