package dev.apigw.core.waiters.internal;

import dev.apigw.core.internal.Scheduler;
import dev.apigw.core.waiters.WaiterResult;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One asynchronous wait: each poll is started by the scheduler after its delay, and no thread is
 * held in between. Cancelling {@link #future()} cancels the scheduled poll and the call in flight,
 * and no poll starts after it.
 */
final class AsyncWait<T> {
  private final WaitProgress<T> progress;
  private final Supplier<CompletableFuture<T>> call;
  private final Scheduler scheduler;
  private final CompletableFuture<WaiterResult<T>> future = new CompletableFuture<>();
  private volatile @Nullable Future<?> scheduled;
  private volatile @Nullable CompletableFuture<T> inFlight;

  AsyncWait(WaitProgress<T> progress, Supplier<CompletableFuture<T>> call, Scheduler scheduler) {
    this.progress = progress;
    this.call = call;
    this.scheduler = scheduler;
    future.whenComplete((result, error) -> stopPolling());
  }

  CompletableFuture<WaiterResult<T>> future() {
    return future;
  }

  void poll() {
    if (future.isDone()) {
      return;
    }
    CompletableFuture<T> attempt;
    try {
      attempt = call.get();
    } catch (RuntimeException e) {
      attempt = CompletableFuture.failedFuture(e);
    }
    inFlight = attempt;
    attempt.whenComplete(this::judge);
  }

  private void judge(@Nullable T result, @Nullable Throwable error) {
    if (future.isDone()) {
      return;
    }
    try {
      WaiterResult<T> done = progress.judge(result, unwrap(error));
      if (done != null) {
        future.complete(done);
      } else {
        scheduled = scheduler.schedule(this::poll, progress.nextDelayNanos());
        if (future.isDone()) {
          stopPolling();
        }
      }
    } catch (RuntimeException e) {
      future.completeExceptionally(e);
    }
  }

  private void stopPolling() {
    Future<?> next = scheduled;
    if (next != null) {
      next.cancel(false);
    }
    CompletableFuture<T> call = inFlight;
    if (call != null && !call.isDone()) {
      call.cancel(true);
    }
  }

  private static @Nullable Throwable unwrap(@Nullable Throwable error) {
    Throwable current = error;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}
