package dev.apigw.core.internal.retry;

/**
 * The retry quota of one client, a token bucket as in the AWS SDKs' standard mode: it starts full
 * at 500 tokens; a retry takes 5 (10 after a timeout) and is refused when the bucket cannot pay; a
 * call that succeeds after retrying returns what its retries took, and a call that succeeds at its
 * first attempt adds 1, never above the capacity. Thread-safe.
 */
public final class RetryQuota {
  public static final int CAPACITY = 500;
  public static final int RETRY_COST = 5;
  public static final int TIMEOUT_RETRY_COST = 10;
  public static final int NO_RETRY_INCREMENT = 1;

  private final int capacity;
  private int tokens;
  private boolean exhaustedReported;

  private RetryQuota(int capacity) {
    this.capacity = capacity;
    this.tokens = capacity;
  }

  /** A full bucket of {@link #CAPACITY} tokens. */
  public static RetryQuota create() {
    return new RetryQuota(CAPACITY);
  }

  /** A full bucket of {@code capacity} tokens (at least 0). */
  public static RetryQuota withCapacity(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must not be negative: " + capacity);
    }
    return new RetryQuota(capacity);
  }

  /**
   * Takes the cost of one retry, {@link #TIMEOUT_RETRY_COST} after a timeout and {@link
   * #RETRY_COST} otherwise.
   *
   * @return the tokens taken, or 0 when the bucket cannot pay and the retry must not happen
   */
  public synchronized int acquireForRetry(boolean afterTimeout) {
    int cost = afterTimeout ? TIMEOUT_RETRY_COST : RETRY_COST;
    if (tokens < cost) {
      return 0;
    }
    tokens -= cost;
    return cost;
  }

  /**
   * A call succeeded after retries that took {@code acquired} tokens in all: they go back into the
   * bucket.
   */
  public synchronized void releaseAfterRetriedSuccess(int acquired) {
    refill(acquired);
  }

  /**
   * A retry that was paid for did not happen after all (the call was interrupted first): its cost
   * goes back.
   */
  public synchronized void releaseUnused(int acquired) {
    refill(acquired);
  }

  /** A call succeeded at its first attempt. */
  public synchronized void recordFirstAttemptSuccess() {
    refill(NO_RETRY_INCREMENT);
  }

  /** The tokens in the bucket now. */
  public synchronized int available() {
    return tokens;
  }

  /**
   * Whether this is the first refusal since the bucket was last at least half full; the runtime
   * warns only then, so that a dry bucket is reported once per outage and not on every call, nor
   * every time a few successes refill it just enough for one more retry.
   */
  public synchronized boolean firstRefusalSinceRefill() {
    if (exhaustedReported) {
      return false;
    }
    exhaustedReported = true;
    return true;
  }

  private void refill(int amount) {
    tokens = Math.min(capacity, tokens + amount);
    if (tokens * 2 >= capacity) {
      exhaustedReported = false;
    }
  }

  @Override
  public synchronized String toString() {
    return "RetryQuota{" + tokens + " of " + capacity + " tokens}";
  }
}
