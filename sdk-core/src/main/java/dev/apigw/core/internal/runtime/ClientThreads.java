package dev.apigw.core.internal.runtime;

import dev.apigw.core.internal.Scheduler;
import dev.apigw.core.internal.http.HttpClients;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The threads of a client's asynchronous calls besides OkHttp's, each started by the first call
 * that needs it: the timer their backoffs wait on, and the executor their futures complete on.
 * Thread-safe.
 */
final class ClientThreads implements AutoCloseable {
  private final @Nullable Executor givenCompletionExecutor;
  private boolean closed;
  private volatile @Nullable ScheduledThreadPoolExecutor retryTimer;
  private volatile @Nullable ThreadPoolExecutor ownCompletionExecutor;

  ClientThreads(@Nullable Executor givenCompletionExecutor) {
    this.givenCompletionExecutor = givenCompletionExecutor;
  }

  /** Backoffs of asynchronous calls wait here: one daemon thread, ended after a minute idle. */
  Scheduler scheduler() {
    return (task, delayNanos) -> retryTimer().schedule(task, delayNanos, TimeUnit.NANOSECONDS);
  }

  private ScheduledThreadPoolExecutor retryTimer() {
    ScheduledThreadPoolExecutor current = retryTimer;
    if (current != null) {
      return current;
    }
    synchronized (this) {
      if (retryTimer == null) {
        ScheduledThreadPoolExecutor timer =
            new ScheduledThreadPoolExecutor(1, HttpClients.daemonThreads("apigw-retry-timer-"));
        timer.setRemoveOnCancelPolicy(true);
        timer.setKeepAliveTime(60, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
        if (closed) {
          timer.shutdown();
        }
        retryTimer = timer;
      }
      return retryTimer;
    }
  }

  /**
   * Where futures complete: the builder's executor, else the client's own, whose daemon threads (as
   * many as there are processors, at least 2) end after a minute without work. Never OkHttp's
   * dispatcher threads: a slow callback there would hold up I/O.
   */
  Executor completionExecutor() {
    if (givenCompletionExecutor != null) {
      return givenCompletionExecutor;
    }
    ThreadPoolExecutor current = ownCompletionExecutor;
    if (current != null) {
      return current;
    }
    synchronized (this) {
      if (ownCompletionExecutor == null) {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        ThreadPoolExecutor executor =
            new ThreadPoolExecutor(
                threads,
                threads,
                60,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                HttpClients.daemonThreads("apigw-async-completion-"));
        executor.allowCoreThreadTimeOut(true);
        if (closed) {
          executor.shutdown();
        }
        ownCompletionExecutor = executor;
      }
      return ownCompletionExecutor;
    }
  }

  /**
   * Completes {@code future} on the completion executor, after running {@code first} there (when
   * not null); on this thread when the executor refuses (it is shut down), so that no future is
   * left hanging.
   */
  <T> void complete(
      CompletableFuture<T> future,
      @Nullable T value,
      @Nullable Throwable failure,
      @Nullable Runnable first) {
    Runnable completion =
        () -> {
          if (first != null) {
            first.run();
          }
          if (failure == null) {
            future.complete(value);
          } else {
            future.completeExceptionally(failure);
          }
        };
    try {
      completionExecutor().execute(completion);
    } catch (RejectedExecutionException e) {
      completion.run();
    }
  }

  /** Shuts down the threads this client started; a given executor is the caller's to close. */
  @Override
  public synchronized void close() {
    closed = true;
    if (retryTimer != null) {
      retryTimer.shutdown();
    }
    if (ownCompletionExecutor != null) {
      ownCompletionExecutor.shutdown();
    }
  }
}
