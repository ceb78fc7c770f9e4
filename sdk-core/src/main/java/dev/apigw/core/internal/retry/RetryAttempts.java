package dev.apigw.core.internal.retry;

import dev.apigw.core.exception.ApiCallTimeoutException;
import dev.apigw.core.exception.SdkException;
import dev.apigw.core.http.SdkHttpResponse;
import dev.apigw.core.internal.pipeline.CallContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The attempts of one call and what they cost: the bookkeeping both forms share, so that a blocking
 * and an asynchronous call retry alike. An attempt that failed because the client's clock was off
 * teaches the client its {@link ClockOffset} and is made again at once: no backoff, no cost to the
 * retry quota, within the attempts and the call deadline.
 */
class RetryAttempts {
  final RetryStage stage;
  final CallContext context;
  final String operation;
  final List<SdkException> earlier = new ArrayList<>(0);
  int attempt;
  int tokensTaken;
  int lastCost;
  private Duration clockOffset = Duration.ZERO;

  RetryAttempts(RetryStage stage, CallContext context) {
    this.stage = stage;
    this.context = context;
    this.operation = context.operationName();
  }

  /** The number of the attempt about to start. */
  int begin() {
    return ++attempt;
  }

  /** The context of attempt {@code number}, signed with the client's clock offset as it is now. */
  CallContext attemptContext(int number) {
    clockOffset = stage.clockOffset.current();
    context.record().meter().clockOffset(clockOffset);
    return context.forAttempt(number, stage.maxAttempts).withClockOffset(clockOffset);
  }

  void succeeded(SdkHttpResponse response, long startNanos) {
    stage.logAttempt(operation, attempt, "HTTP " + response.statusCode(), startNanos);
    context.record().meter().attemptSucceeded(response, startNanos, stage.ticker);
    context.record().succeeded(attempt, earlier);
    if (stage.rateLimiter != null) {
      stage.rateLimiter.onResponse(false);
    }
    if (stage.quota != null) {
      if (attempt == 1) {
        stage.quota.recordFirstAttemptSuccess();
      } else {
        stage.quota.releaseAfterRetriedSuccess(tokensTaken);
      }
    }
  }

  /**
   * Decides on a failed attempt: returns the backoff before the next one, with its cost taken from
   * the quota, or throws the exception that ends the call.
   */
  long failed(SdkException failure, long startNanos) {
    stage.logAttempt(operation, attempt, RetryStage.outcome(failure), startNanos);
    Failure kind = FailureClassifier.classify(failure);
    context
        .record()
        .meter()
        .attemptFailed(failure, kind == Failure.THROTTLING, startNanos, stage.ticker);
    if (stage.rateLimiter != null) {
      stage.rateLimiter.onResponse(kind == Failure.THROTTLING);
    }
    if (stage.clockOffset.learn(failure, clockOffset, operation)) {
      return retryAtOnce(failure);
    }
    if (!kind.retryable() || attempt >= stage.maxAttempts) {
      throw end(failure, attempt);
    }
    long delay = stage.backoff.delayNanos(attempt, kind == Failure.THROTTLING);
    if (delay >= context.callNanosLeft(stage.ticker.nanoTime())) {
      throw end(
          failure,
          attempt,
          "not retried: the backoff of "
              + RetryStage.millis(delay)
              + " ms would end after the apiCallTimeout of "
              + RetryStage.describe(context.apiCallTimeout()));
    }
    lastCost = 0;
    if (stage.quota != null) {
      lastCost = stage.quota.acquireForRetry(kind == Failure.TIMEOUT);
      if (lastCost == 0) {
        String note =
            "not retried: the client's retry quota is exhausted ("
                + stage.quota.available()
                + " tokens left, a retry takes "
                + (kind == Failure.TIMEOUT ? RetryQuota.TIMEOUT_RETRY_COST : RetryQuota.RETRY_COST)
                + ")";
        if (stage.quota.firstRefusalSinceRefill()) {
          RetryStage.LOG.warn(
              "{}: the retry quota of this client is exhausted; failed calls are not retried until "
                  + "successful calls refill it",
              operation);
        }
        throw end(failure, attempt, note);
      }
      tokensTaken += lastCost;
    }
    if (RetryStage.LOG.isDebugEnabled()) {
      RetryStage.LOG.debug(
          "{}: retrying after {} ({}) in {} ms",
          operation,
          RetryStage.outcome(failure),
          kind.name().toLowerCase(Locale.ROOT),
          RetryStage.millis(delay));
    }
    earlier.add(failure);
    return delay;
  }

  /**
   * After a clock-skew error: no backoff and no cost to the quota, but no more attempts than the
   * strategy allows and none after the call deadline.
   */
  private long retryAtOnce(SdkException failure) {
    if (attempt >= stage.maxAttempts) {
      throw end(failure, attempt);
    }
    if (context.callNanosLeft(stage.ticker.nanoTime()) <= 0) {
      throw end(
          failure,
          attempt,
          "not retried: the apiCallTimeout of "
              + RetryStage.describe(context.apiCallTimeout())
              + " has passed");
    }
    lastCost = 0;
    if (RetryStage.LOG.isDebugEnabled()) {
      RetryStage.LOG.debug(
          "{}: retrying after {} (clock skew) at once", operation, RetryStage.outcome(failure));
    }
    earlier.add(failure);
    return 0;
  }

  /** The retry that was paid for did not happen: its cost goes back to the quota, once. */
  void retryNotMade() {
    if (stage.quota != null && lastCost > 0) {
      stage.quota.releaseUnused(lastCost);
    }
    lastCost = 0;
  }

  SdkException rateLimited(int attempt) {
    SdkException last = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
    return end(
        new ApiCallTimeoutException(operation, context.apiCallTimeout(), last),
        attempt - 1,
        "the client-side rate limiter would delay the next attempt past the apiCallTimeout of "
            + RetryStage.describe(context.apiCallTimeout()));
  }

  SdkException end(SdkException failure, int attempts) {
    return end(failure, attempts, null);
  }

  SdkException end(SdkException failure, int attempts, @Nullable String note) {
    return RetryStage.end(failure, earlier, attempts, note);
  }
}
