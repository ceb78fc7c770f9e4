package dev.apigw.core.internal.pipeline;

import dev.apigw.core.Nullable;
import dev.apigw.core.exception.ApiCallTimeoutException;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.SdkException;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.http.SdkHttpResponse;
import dev.apigw.core.internal.Scheduler;
import dev.apigw.core.internal.Sleeper;
import dev.apigw.core.internal.Ticker;
import dev.apigw.core.internal.retry.Backoff;
import dev.apigw.core.internal.retry.ClientRateLimiter;
import dev.apigw.core.internal.retry.Failure;
import dev.apigw.core.internal.retry.FailureClassifier;
import dev.apigw.core.internal.retry.RetryQuota;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the rest of the pipeline once per attempt until one succeeds, a failure is not worth
 * retrying, the attempts run out, the retry quota cannot pay for a retry, or the next backoff would
 * end after the call deadline.
 *
 * <p>Each attempt goes through the later stages again, so it gets its own deadline and a fresh
 * signature, and sends the same body. The exception that ends the call carries the attempt count
 * and the earlier attempts' failures as suppressed exceptions. An interrupt, before an attempt or
 * during a backoff, ends a blocking call at once; cancelling its future ends an asynchronous one,
 * whose backoffs wait on the {@link Scheduler} instead of a thread.
 *
 * <p>Logs under {@code dev.apigw.retry}: one DEBUG line per attempt and one per retry, and one WARN
 * line when the retry quota runs dry. Thread-safe; the quota and the limiter are this client's.
 */
public final class RetryStage implements CallStage {
  private static final Logger LOG = LoggerFactory.getLogger("dev.apigw.retry");

  private final int maxAttempts;
  private final Backoff backoff;
  private final @Nullable RetryQuota quota;
  private final @Nullable ClientRateLimiter rateLimiter;
  private final Sleeper sleeper;
  private final Scheduler scheduler;
  private final Ticker ticker;

  public RetryStage(
      int maxAttempts,
      Backoff backoff,
      @Nullable RetryQuota quota,
      @Nullable ClientRateLimiter rateLimiter,
      Sleeper sleeper,
      Scheduler scheduler,
      Ticker ticker) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    this.maxAttempts = maxAttempts;
    this.backoff = backoff;
    this.quota = quota;
    this.rateLimiter = rateLimiter;
    this.sleeper = sleeper;
    this.scheduler = scheduler;
    this.ticker = ticker;
  }

  @Override
  public SdkHttpResponse execute(Request request, CallContext context, Next next) {
    Attempts attempts = new Attempts(context);
    while (true) {
      int attempt = attempts.begin();
      if (Thread.currentThread().isInterrupted()) {
        throw attempts.end(
            new SdkClientException(
                attempts.operation + ": the call was interrupted",
                new InterruptedException("the thread was interrupted before attempt " + attempt)),
            attempt - 1);
      }
      waitForRateLimiter(attempts, attempt);
      long start = ticker.nanoTime();
      SdkException failure;
      try {
        SdkHttpResponse response = next.proceed(request, context.forAttempt(attempt, maxAttempts));
        attempts.succeeded(response, start);
        return response;
      } catch (SdkException e) {
        failure = e;
      }
      long delay = attempts.failed(failure, start);
      try {
        sleeper.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        attempts.retryNotMade();
        throw attempts.end(
            new SdkClientException(
                attempts.operation + ": the call was interrupted while waiting to retry", e),
            attempt);
      }
    }
  }

  /**
   * The same attempts without blocking a thread: each backoff (and each wait for the rate limiter)
   * is a task on the scheduler, which starts the next attempt. Cancelling the call cancels the
   * waiting task, so no retry is sent after it.
   */
  @Override
  public CompletableFuture<SdkHttpResponse> executeAsync(
      Request request, CallContext context, AsyncNext next) {
    CompletableFuture<SdkHttpResponse> result = new CompletableFuture<>();
    new AsyncAttempts(request, context, next, result).attempt();
    return result;
  }

  private void waitForRateLimiter(Attempts attempts, int attempt) {
    if (rateLimiter == null) {
      return;
    }
    boolean acquired;
    try {
      acquired = rateLimiter.acquire(attempts.context.callNanosLeft(ticker.nanoTime()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw attempts.end(
          new SdkClientException(
              attempts.operation + ": the call was interrupted while the client was rate limited",
              e),
          attempt - 1);
    }
    if (!acquired) {
      throw attempts.rateLimited(attempt);
    }
  }

  /**
   * The attempts of one call and what they cost: the bookkeeping both forms share, so that a
   * blocking and an asynchronous call retry alike.
   */
  private class Attempts {
    final CallContext context;
    final String operation;
    final List<SdkException> earlier = new ArrayList<>(0);
    int attempt;
    int tokensTaken;
    int lastCost;

    Attempts(CallContext context) {
      this.context = context;
      this.operation = context.operationName();
    }

    /** The number of the attempt about to start. */
    int begin() {
      return ++attempt;
    }

    void succeeded(SdkHttpResponse response, long startNanos) {
      logAttempt(operation, attempt, "HTTP " + response.statusCode(), startNanos);
      context.record().succeeded(attempt, earlier);
      if (rateLimiter != null) {
        rateLimiter.onResponse(false);
      }
      if (quota != null) {
        if (attempt == 1) {
          quota.recordFirstAttemptSuccess();
        } else {
          quota.releaseAfterRetriedSuccess(tokensTaken);
        }
      }
    }

    /**
     * Decides on a failed attempt: returns the backoff before the next one, with its cost taken
     * from the quota, or throws the exception that ends the call.
     */
    long failed(SdkException failure, long startNanos) {
      logAttempt(operation, attempt, outcome(failure), startNanos);
      Failure kind = FailureClassifier.classify(failure);
      if (rateLimiter != null) {
        rateLimiter.onResponse(kind == Failure.THROTTLING);
      }
      if (!kind.retryable() || attempt >= maxAttempts) {
        throw end(failure, attempt);
      }
      long delay = backoff.delayNanos(attempt, kind == Failure.THROTTLING);
      if (delay >= context.callNanosLeft(ticker.nanoTime())) {
        throw end(
            failure,
            attempt,
            "not retried: the backoff of "
                + millis(delay)
                + " ms would end after the apiCallTimeout of "
                + describe(context.apiCallTimeout()));
      }
      lastCost = 0;
      if (quota != null) {
        lastCost = quota.acquireForRetry(kind == Failure.TIMEOUT);
        if (lastCost == 0) {
          String note =
              "not retried: the client's retry quota is exhausted ("
                  + quota.available()
                  + " tokens left, a retry takes "
                  + (kind == Failure.TIMEOUT
                      ? RetryQuota.TIMEOUT_RETRY_COST
                      : RetryQuota.RETRY_COST)
                  + ")";
          if (quota.firstRefusalSinceRefill()) {
            LOG.warn(
                "{}: the retry quota of this client is exhausted; failed calls are not retried until "
                    + "successful calls refill it",
                operation);
          }
          throw end(failure, attempt, note);
        }
        tokensTaken += lastCost;
      }
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "{}: retrying after {} ({}) in {} ms",
            operation,
            outcome(failure),
            kind.name().toLowerCase(Locale.ROOT),
            millis(delay));
      }
      earlier.add(failure);
      return delay;
    }

    /** The retry that was paid for did not happen: its cost goes back to the quota, once. */
    void retryNotMade() {
      if (quota != null && lastCost > 0) {
        quota.releaseUnused(lastCost);
      }
      lastCost = 0;
    }

    SdkException rateLimited(int attempt) {
      SdkException last = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
      return end(
          new ApiCallTimeoutException(operation, context.apiCallTimeout(), last),
          attempt - 1,
          "the client-side rate limiter would delay the next attempt past the apiCallTimeout of "
              + describe(context.apiCallTimeout()));
    }

    SdkException end(SdkException failure, int attempts) {
      return end(failure, attempts, null);
    }

    SdkException end(SdkException failure, int attempts, @Nullable String note) {
      return RetryStage.end(failure, earlier, attempts, note);
    }
  }

  /** The attempts of one asynchronous call, each started by the one before or by the scheduler. */
  private final class AsyncAttempts extends Attempts {
    private final Request request;
    private final AsyncNext next;
    private final CompletableFuture<SdkHttpResponse> result;

    AsyncAttempts(
        Request request,
        CallContext context,
        AsyncNext next,
        CompletableFuture<SdkHttpResponse> result) {
      super(context);
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
          throw end(TransmitStage.cancelled(operation), number - 1);
        }
        if (rateLimiter != null) {
          long wait = rateLimiter.tryAcquire();
          if (wait > 0) {
            if (wait > context.callNanosLeft(ticker.nanoTime())) {
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
      long start = ticker.nanoTime();
      CompletableFuture<SdkHttpResponse> sent;
      try {
        sent = next.proceed(request, context.forAttempt(number, maxAttempts));
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
        pending = scheduler.schedule(task, delayNanos);
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
                result.completeExceptionally(end(TransmitStage.cancelled(operation), attempts));
              });
    }
  }

  /**
   * Finishes the exception that ends the call: the attempt count, why retrying stopped, the earlier
   * failures.
   */
  private static SdkException end(
      SdkException failure, List<SdkException> earlier, int attempts, @Nullable String note) {
    for (SdkException previous : earlier) {
      if (previous != failure && previous != failure.getCause()) {
        failure.addSuppressed(previous);
      }
    }
    failure.recordAttempts(attempts, note);
    return failure;
  }

  private void logAttempt(String operation, int attempt, String outcome, long startNanos) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{} attempt {} of {}: {} in {} ms",
          operation,
          attempt,
          maxAttempts,
          outcome,
          millis(ticker.nanoTime() - startNanos));
    }
  }

  private static String outcome(SdkException failure) {
    if (failure instanceof ServiceException) {
      ServiceException service = (ServiceException) failure;
      return "HTTP "
          + service.statusCode()
          + service.errorCode().map(code -> " " + code).orElse("");
    }
    Throwable cause = failure.getCause();
    String type = failure.getClass().getSimpleName();
    return cause == null ? type : type + " (" + TransmitStage.describe(cause) + ")";
  }

  private static String describe(@Nullable Duration timeout) {
    return timeout == null ? "none" : timeout.toMillis() + " ms";
  }

  private static long millis(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(nanos);
  }

  @Override
  public String toString() {
    return "retry ("
        + maxAttempts
        + " attempts"
        + (quota != null ? ", " + quota : "")
        + (rateLimiter != null ? ", " + rateLimiter : "")
        + ")";
  }
}
