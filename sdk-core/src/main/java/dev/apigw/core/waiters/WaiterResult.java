package dev.apigw.core.waiters;

import dev.apigw.core.lang.Arguments;
import java.time.Duration;

/**
 * How a wait ended well: the result that matched the waiter's success rule (for a waiter that
 * succeeds on an error, such as "deleted", the last result seen before it, or null when there was
 * none), how many polls it took and how long.
 *
 * @param <T> the polled operation's result
 */
public final class WaiterResult<T> {
  private final T matched;
  private final int attempts;
  private final Duration elapsed;

  /** Made by the waiter's engine. */
  public WaiterResult(T matched, int attempts, Duration elapsed) {
    this.matched = matched;
    this.attempts = attempts;
    this.elapsed = Arguments.requireNonNull(elapsed, "elapsed");
  }

  /**
   * The last result: the one that matched, or for a wait that ended on an error the last result
   * before it (null when the first poll already failed).
   */
  public T matched() {
    return matched;
  }

  /** How many polls were made, the last included. */
  public int attempts() {
    return attempts;
  }

  /** The time from the first poll's start to the end of the last. */
  public Duration elapsed() {
    return elapsed;
  }

  @Override
  public String toString() {
    return "WaiterResult{attempts="
        + attempts
        + ", elapsed="
        + elapsed
        + ", matched="
        + matched
        + "}";
  }
}
