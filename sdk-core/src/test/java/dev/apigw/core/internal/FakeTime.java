package dev.apigw.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * A ticker, a sleeper and a scheduler on one fake clock: sleeping, or scheduling a task, moves the
 * clock on at once and is recorded; a scheduled task then runs on the calling thread.
 */
public final class FakeTime implements Ticker, Sleeper, Scheduler {
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

  @Override
  public Future<?> schedule(Runnable task, long delayNanos) {
    synchronized (this) {
      sleeps.add(delayNanos);
      now += Math.max(0, delayNanos);
    }
    task.run();
    return CompletableFuture.completedFuture(null);
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
