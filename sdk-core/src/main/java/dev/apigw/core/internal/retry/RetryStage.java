package dev.apigw.core.internal.retry;

import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.SdkException;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.http.SdkHttpResponse;
import dev.apigw.core.internal.Scheduler;
import dev.apigw.core.internal.Sleeper;
import dev.apigw.core.internal.Ticker;
import dev.apigw.core.internal.pipeline.CallContext;
import dev.apigw.core.internal.pipeline.CallFailures;
import dev.apigw.core.internal.pipeline.CallStage;
import dev.apigw.core.retry.RetryStrategy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the rest of the pipeline once per attempt until one succeeds, a failure is not worth
 * retrying, the attempts run out, the retry quota cannot pay for a retry, or the next backoff would
 * end after the call deadline.
 *
 * <p>Each attempt goes through the later stages again, so it gets its own deadline and a fresh
 * signature, and sends the same body. An attempt refused because the client's clock was off sets
 * the client's {@link ClockOffset}, which every later attempt is signed with, and is retried at
 * once. The exception that ends the call carries the attempt count and the earlier attempts'
 * failures as suppressed exceptions. An interrupt, before an attempt or during a backoff, ends a
 * blocking call at once; cancelling its future ends an asynchronous one, whose backoffs wait on the
 * {@link Scheduler} instead of a thread.
 *
 * <p>Logs under {@code dev.apigw.retry}: one DEBUG line per attempt and one per retry, and one WARN
 * line when the retry quota runs dry or the client learns a clock offset. Thread-safe; the quota,
 * the limiter and the clock offset are this client's.
 */
public final class RetryStage implements CallStage {
  static final Logger LOG = LoggerFactory.getLogger("dev.apigw.retry");

  final int maxAttempts;
  final Backoff backoff;
  final @Nullable RetryQuota quota;
  final @Nullable ClientRateLimiter rateLimiter;
  final ClockOffset clockOffset;
  private final Sleeper sleeper;
  final Scheduler scheduler;
  final Ticker ticker;

  public RetryStage(
      int maxAttempts,
      Backoff backoff,
      @Nullable RetryQuota quota,
      @Nullable ClientRateLimiter rateLimiter,
      ClockOffset clockOffset,
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
    this.clockOffset = clockOffset;
    this.sleeper = sleeper;
    this.scheduler = scheduler;
    this.ticker = ticker;
  }

  /**
   * The stage of a strategy: its attempts and backoffs, and the client's own retry quota (not in
   * {@code NONE} mode), rate limiter (in {@code ADAPTIVE} mode) and clock offset on {@code clock}.
   */
  public static RetryStage of(
      RetryStrategy strategy, Ticker ticker, Scheduler scheduler, ClockOffset clockOffset) {
    Backoff backoff =
        Backoff.of(
            strategy.baseDelay(),
            strategy.throttlingBaseDelay(),
            strategy.maxBackoff(),
            () -> ThreadLocalRandom.current().nextDouble());
    RetryQuota quota =
        strategy.mode() == RetryStrategy.Mode.NONE
            ? null
            : RetryQuota.withCapacity(strategy.retryQuota());
    ClientRateLimiter limiter =
        strategy.mode() == RetryStrategy.Mode.ADAPTIVE
            ? ClientRateLimiter.create(ticker, Sleeper.SYSTEM)
            : null;
    return new RetryStage(
        strategy.maxAttempts(),
        backoff,
        quota,
        limiter,
        clockOffset,
        Sleeper.SYSTEM,
        scheduler,
        ticker);
  }

  @Override
  public SdkHttpResponse execute(Request request, CallContext context, Next next) {
    RetryAttempts attempts = new RetryAttempts(this, context);
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
        SdkHttpResponse response = next.proceed(request, attempts.attemptContext(attempt));
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
    new AsyncRetryAttempts(this, request, context, next, result).attempt();
    return result;
  }

  private void waitForRateLimiter(RetryAttempts attempts, int attempt) {
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
   * Finishes the exception that ends the call: the attempt count, why retrying stopped, the earlier
   * failures.
   */
  static SdkException end(
      SdkException failure, List<SdkException> earlier, int attempts, @Nullable String note) {
    for (SdkException previous : earlier) {
      if (previous != failure && previous != failure.getCause()) {
        failure.addSuppressed(previous);
      }
    }
    failure.recordAttempts(attempts, note);
    return failure;
  }

  void logAttempt(String operation, int attempt, String outcome, long startNanos) {
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

  static String outcome(SdkException failure) {
    if (failure instanceof ServiceException) {
      ServiceException service = (ServiceException) failure;
      return "HTTP "
          + service.statusCode()
          + service.errorCode().map(code -> " " + code).orElse("");
    }
    Throwable cause = failure.getCause();
    String type = failure.getClass().getSimpleName();
    return cause == null ? type : type + " (" + CallFailures.describe(cause) + ")";
  }

  static String describe(@Nullable Duration timeout) {
    return timeout == null ? "none" : timeout.toMillis() + " ms";
  }

  static long millis(long nanos) {
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
