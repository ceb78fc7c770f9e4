package dev.apigw.core.internal.pipeline;

import dev.apigw.core.Nullable;
import dev.apigw.core.exception.ApiCallTimeoutException;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.SdkException;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.http.SdkHttpResponse;
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
 * during a backoff, ends the call at once.
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
  private final Ticker ticker;

  public RetryStage(
      int maxAttempts,
      Backoff backoff,
      @Nullable RetryQuota quota,
      @Nullable ClientRateLimiter rateLimiter,
      Sleeper sleeper,
      Ticker ticker) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    this.maxAttempts = maxAttempts;
    this.backoff = backoff;
    this.quota = quota;
    this.rateLimiter = rateLimiter;
    this.sleeper = sleeper;
    this.ticker = ticker;
  }

  @Override
  public SdkHttpResponse execute(Request request, CallContext context, Next next) {
    String operation = context.operationName();
    List<SdkException> earlier = new ArrayList<>(0);
    int tokensTaken = 0;
    for (int attempt = 1; ; attempt++) {
      if (Thread.currentThread().isInterrupted()) {
        throw end(
            new SdkClientException(
                operation + ": the call was interrupted",
                new InterruptedException("the thread was interrupted before attempt " + attempt)),
            earlier,
            attempt - 1,
            null);
      }
      waitForRateLimiter(context, attempt, earlier);
      long start = ticker.nanoTime();
      SdkException failure;
      try {
        SdkHttpResponse response = next.proceed(request, context.forAttempt(attempt, maxAttempts));
        logAttempt(operation, attempt, "HTTP " + response.statusCode(), start);
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
        return response;
      } catch (SdkException e) {
        failure = e;
      }
      logAttempt(operation, attempt, outcome(failure), start);
      Failure kind = FailureClassifier.classify(failure);
      if (rateLimiter != null) {
        rateLimiter.onResponse(kind == Failure.THROTTLING);
      }
      if (!kind.retryable() || attempt >= maxAttempts) {
        throw end(failure, earlier, attempt, null);
      }
      long delay = backoff.delayNanos(attempt, kind == Failure.THROTTLING);
      if (delay >= context.callNanosLeft(ticker.nanoTime())) {
        throw end(
            failure,
            earlier,
            attempt,
            "not retried: the backoff of "
                + millis(delay)
                + " ms would end after the apiCallTimeout of "
                + describe(context.apiCallTimeout()));
      }
      int cost = 0;
      if (quota != null) {
        cost = quota.acquireForRetry(kind == Failure.TIMEOUT);
        if (cost == 0) {
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
          throw end(failure, earlier, attempt, note);
        }
        tokensTaken += cost;
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
      try {
        sleeper.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        if (quota != null) {
          quota.releaseUnused(cost);
        }
        throw end(
            new SdkClientException(
                operation + ": the call was interrupted while waiting to retry", e),
            earlier,
            attempt,
            null);
      }
    }
  }

  private void waitForRateLimiter(CallContext context, int attempt, List<SdkException> earlier) {
    if (rateLimiter == null) {
      return;
    }
    String operation = context.operationName();
    boolean acquired;
    try {
      acquired = rateLimiter.acquire(context.callNanosLeft(ticker.nanoTime()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw end(
          new SdkClientException(
              operation + ": the call was interrupted while the client was rate limited", e),
          earlier,
          attempt - 1,
          null);
    }
    if (!acquired) {
      SdkException last = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
      throw end(
          new ApiCallTimeoutException(operation, context.apiCallTimeout(), last),
          earlier,
          attempt - 1,
          "the client-side rate limiter would delay the next attempt past the apiCallTimeout of "
              + describe(context.apiCallTimeout()));
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
