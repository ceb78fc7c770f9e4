package dev.apigw.core.internal.retry;

import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.SdkException;
import dev.apigw.core.http.SdkHttpResponse;
import dev.apigw.core.internal.pipeline.CallContext;
import dev.apigw.core.internal.pipeline.CallFailures;
import dev.apigw.core.internal.pipeline.CallStage.AsyncNext;
import dev.apigw.core.internal.pipeline.Completions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/** The attempts of one asynchronous call, each started by the one before or by the scheduler. */
final class AsyncRetryAttempts extends RetryAttempts {
  private final Request request;
  private final AsyncNext next;
  private final CompletableFuture<SdkHttpResponse> result;

  AsyncRetryAttempts(
      RetryStage stage,
      Request request,
      CallContext context,
      AsyncNext next,
      CompletableFuture<SdkHttpResponse> result) {
    super(stage, context);
    this.request = request;
    this.next = next;
    this.result = result;
  }

  /** Starts the next attempt; whatever goes wrong here fails the call instead of being lost. */
  void attempt() {
    try {
      startAttempt();
    } catch (RuntimeException | Error e) {
      result.completeExceptionally(e);
    }
  }

  private void startAttempt() {
    int number = begin();
    try {
      if (context.cancellation().isCancelled()) {
        retryNotMade();
        throw end(CallFailures.cancelled(operation), number - 1);
      }
      if (stage.rateLimiter != null) {
        long wait = stage.rateLimiter.tryAcquire();
        if (wait > 0) {
          if (wait > context.callNanosLeft(stage.ticker.nanoTime())) {
            throw rateLimited(number);
          }
          attempt--;
          later(this::attempt, wait);
          return;
        }
      }
    } catch (SdkException e) {
      result.completeExceptionally(e);
      return;
    }
    long start = stage.ticker.nanoTime();
    CompletableFuture<SdkHttpResponse> sent;
    try {
      sent = next.proceed(request, attemptContext(number));
    } catch (RuntimeException e) {
      sent = CompletableFuture.failedFuture(e);
    }
    sent.whenComplete(
        (response, error) -> {
          try {
            completed(response, error, start);
          } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
          }
        });
  }

  private void completed(
      @Nullable SdkHttpResponse response, @Nullable Throwable error, long start) {
    if (error == null) {
      succeeded(response, start);
      result.complete(response);
      return;
    }
    Throwable cause = Completions.unwrap(error);
    if (!(cause instanceof SdkException)) {
      result.completeExceptionally(cause);
      return;
    }
    long delay;
    try {
      delay = failed((SdkException) cause, start);
    } catch (SdkException e) {
      result.completeExceptionally(e);
      return;
    }
    later(this::attempt, delay);
  }

  /** Runs {@code task} after the delay, unless the call is cancelled first. */
  private void later(Runnable task, long delayNanos) {
    Future<?> pending;
    try {
      pending = stage.scheduler.schedule(task, delayNanos);
    } catch (RejectedExecutionException e) {
      retryNotMade();
      result.completeExceptionally(
          end(
              new SdkClientException(
                  operation + ": the client was closed while the call waited to retry", e),
              attempt));
      return;
    }
    // When cancelling stops the task before it starts, the call ends here; once started, the task
    // sees the cancellation itself.
    int attempts = attempt;
    context
        .cancellation()
        .register(
            pending,
            () -> {
              retryNotMade();
              result.completeExceptionally(end(CallFailures.cancelled(operation), attempts));
            });
  }
}
