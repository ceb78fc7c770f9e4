package dev.apigw.core.internal;

import java.util.concurrent.Future;

/**
 * Runs a task later without holding a thread meanwhile: the asynchronous counterpart of {@link
 * Sleeper}, for retries that wait out a backoff. Injectable so that tests need no real waiting.
 */
@FunctionalInterface
public interface Scheduler {
  /**
   * Runs {@code task} after {@code delayNanos} (at once when zero or less), on a thread of the
   * scheduler's.
   *
   * @return the scheduled task, to cancel it before it runs
   * @throws java.util.concurrent.RejectedExecutionException when the scheduler is shut down
   */
  Future<?> schedule(Runnable task, long delayNanos);
}
