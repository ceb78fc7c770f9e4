package dev.apigw.core.waiters.internal;

import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.internal.Scheduler;
import dev.apigw.core.internal.Sleeper;
import dev.apigw.core.internal.Ticker;
import dev.apigw.core.lang.Arguments;
import dev.apigw.core.waiters.WaiterDefinition;
import dev.apigw.core.waiters.WaiterOverrides;
import dev.apigw.core.waiters.WaiterResult;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Polls an operation until its waiter's rules say the wait is over, blocking or asynchronously,
 * with the same decisions ({@link WaitProgress}). Generated waiters use {@link #system()}; tests
 * hand in a fake clock, sleeper, scheduler and jitter.
 */
public final class WaiterEngine {
  private static final class SystemHolder {
    private static final WaiterEngine SYSTEM =
        new WaiterEngine(
            Ticker.SYSTEM,
            Sleeper.SYSTEM,
            sharedScheduler(),
            () -> ThreadLocalRandom.current().nextDouble());
  }

  private final Ticker ticker;
  private final Sleeper sleeper;
  private final Scheduler scheduler;
  private final DoubleSupplier jitter;

  /**
   * An engine on the given time sources.
   *
   * @param jitter numbers from 0 to 1: where each delay falls between half the delay and all of it
   */
  public WaiterEngine(Ticker ticker, Sleeper sleeper, Scheduler scheduler, DoubleSupplier jitter) {
    this.ticker = Arguments.requireNonNull(ticker, "ticker");
    this.sleeper = Arguments.requireNonNull(sleeper, "sleeper");
    this.scheduler = Arguments.requireNonNull(scheduler, "scheduler");
    this.jitter = Arguments.requireNonNull(jitter, "jitter");
  }

  /**
   * The engine on the system clock, sleeping on the caller's thread and scheduling asynchronous
   * polls on one shared daemon thread, which only starts them.
   */
  public static WaiterEngine system() {
    return SystemHolder.SYSTEM;
  }

  /**
   * Polls with {@code call} on this thread until the wait ends.
   *
   * @throws dev.apigw.core.waiters.WaiterFailureException when it ends badly
   * @throws SdkClientException when the thread is interrupted while it waits (its interrupt flag
   *     set again)
   */
  public <T> WaiterResult<T> run(
      WaiterDefinition<T> waiter, Supplier<T> call, WaiterOverrides overrides) {
    WaitProgress<T> progress = new WaitProgress<>(waiter, overrides, ticker, jitter);
    while (true) {
      T result = null;
      RuntimeException error = null;
      try {
        result = call.get();
      } catch (RuntimeException e) {
        error = e;
      }
      WaiterResult<T> done = progress.judge(result, error);
      if (done != null) {
        return done;
      }
      try {
        sleeper.sleep(progress.nextDelayNanos());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SdkClientException("Interrupted while waiting: " + waiter.name(), e);
      }
    }
  }

  /**
   * Polls with {@code call}, each poll started by the scheduler; the future completes when the wait
   * ends, exceptionally with a {@link dev.apigw.core.waiters.WaiterFailureException} when it ends
   * badly. Cancelling it stops the polling.
   */
  public <T> CompletableFuture<WaiterResult<T>> runAsync(
      WaiterDefinition<T> waiter, Supplier<CompletableFuture<T>> call, WaiterOverrides overrides) {
    AsyncWait<T> wait =
        new AsyncWait<>(new WaitProgress<>(waiter, overrides, ticker, jitter), call, scheduler);
    wait.poll();
    return wait.future();
  }

  private static Scheduler sharedScheduler() {
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "apigw-waiter");
              thread.setDaemon(true);
              return thread;
            });
    executor.setRemoveOnCancelPolicy(true);
    return (task, delayNanos) -> executor.schedule(task, delayNanos, TimeUnit.NANOSECONDS);
  }
}
