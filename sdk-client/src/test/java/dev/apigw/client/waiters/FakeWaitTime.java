package dev.apigw.client.waiters;

import dev.apigw.core.internal.Scheduler;
import dev.apigw.core.internal.Sleeper;
import dev.apigw.core.internal.Ticker;
import dev.apigw.core.waiters.internal.WaiterEngine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * One fake clock for waiters: a sleep moves it on at once; a scheduled poll is queued, and {@link
 * #runScheduled()} moves the clock on by each one's delay and runs it, until none is left (or one
 * was cancelled). Every delay is recorded.
 */
final class FakeWaitTime implements Ticker, Sleeper, Scheduler {
  private long now = 7_000_000_000L;
  private final List<Long> delays = new ArrayList<>();
  private final Deque<Queued> queue = new ArrayDeque<>();

  private static final class Queued {
    final Runnable task;
    final long delayNanos;
    final CompletableFuture<Void> handle = new CompletableFuture<>();

    Queued(Runnable task, long delayNanos) {
      this.task = task;
      this.delayNanos = delayNanos;
    }
  }

  /** An engine on this clock whose delays are {@code jitter} of the way from half to all. */
  WaiterEngine engine(double jitter) {
    return new WaiterEngine(this, this, this, () -> jitter);
  }

  @Override
  public synchronized long nanoTime() {
    return now;
  }

  @Override
  public synchronized void sleep(long nanos) {
    delays.add(nanos);
    now += nanos;
  }

  @Override
  public synchronized Future<?> schedule(Runnable task, long delayNanos) {
    delays.add(delayNanos);
    Queued queued = new Queued(task, delayNanos);
    queue.add(queued);
    return queued.handle;
  }

  /** Runs the queued polls, and those they queue, in order; a cancelled one is skipped. */
  void runScheduled() {
    while (true) {
      Queued next;
      synchronized (this) {
        next = queue.poll();
        if (next == null) {
          return;
        }
        now += next.delayNanos;
      }
      if (!next.handle.isCancelled()) {
        next.task.run();
      }
    }
  }

  synchronized List<Long> delays() {
    return List.copyOf(delays);
  }

  synchronized int queued() {
    return queue.size();
  }
}
