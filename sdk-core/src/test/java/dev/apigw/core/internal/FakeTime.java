package dev.apigw.core.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A ticker and a sleeper on one fake clock: sleeping moves the clock on at once and is recorded.
 */
public final class FakeTime implements Ticker, Sleeper {
  private long now = 1_000_000_000L;
  private final List<Long> sleeps = new ArrayList<>();

  @Override
  public synchronized long nanoTime() {
    return now;
  }

  @Override
  public synchronized void sleep(long nanos) throws InterruptedException {
    if (Thread.currentThread().isInterrupted()) {
      throw new InterruptedException("interrupted in a fake sleep");
    }
    sleeps.add(nanos);
    now += Math.max(0, nanos);
  }

  public synchronized void advanceMillis(long millis) {
    now += millis * 1_000_000L;
  }

  public synchronized void advanceNanos(long nanos) {
    now += nanos;
  }

  /** The sleeps so far, in nanoseconds. */
  public synchronized List<Long> sleeps() {
    return List.copyOf(sleeps);
  }
}
