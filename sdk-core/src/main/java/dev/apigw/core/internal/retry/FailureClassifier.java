package dev.apigw.core.internal.retry;

import dev.apigw.core.exception.ApiCallAttemptTimeoutException;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.SdkException;
import dev.apigw.core.exception.ServiceException;
import java.io.InterruptedIOException;
import java.util.Set;

/**
 * Sorts the failure of an attempt into a {@link Failure} with the AWS SDKs' rules: HTTP 500, 502,
 * 503 and 504 and the transient error codes are transient, HTTP 429 and the throttling error codes
 * are throttling, a client failure is retried only when it says it is {@linkplain
 * SdkClientException#retryable() retryable} (a timeout when the attempt ran out of time), and
 * everything else is not retried.
 */
public final class FailureClassifier {
  static final Set<String> THROTTLING_CODES =
      Set.of(
          "Throttling",
          "ThrottlingException",
          "ThrottledException",
          "RequestThrottledException",
          "TooManyRequestsException",
          "ProvisionedThroughputExceededException",
          "TransactionInProgressException",
          "RequestLimitExceeded",
          "BandwidthLimitExceeded",
          "LimitExceededException",
          "RequestThrottled",
          "SlowDown",
          "PriorRequestNotComplete",
          "EC2ThrottledException");
  static final Set<String> TRANSIENT_CODES =
      Set.of(
          "RequestTimeout",
          "RequestTimeoutException",
          "InternalError",
          "InternalFailure",
          "ServiceUnavailable");
  static final Set<Integer> TRANSIENT_STATUSES = Set.of(500, 502, 503, 504);
  static final int THROTTLING_STATUS = 429;

  private FailureClassifier() {}

  public static Failure classify(SdkException failure) {
    if (failure instanceof ServiceException) {
      return classifyService((ServiceException) failure);
    }
    if (failure instanceof SdkClientException && ((SdkClientException) failure).retryable()) {
      return failure instanceof ApiCallAttemptTimeoutException
              || failure.getCause() instanceof InterruptedIOException
          ? Failure.TIMEOUT
          : Failure.TRANSIENT;
    }
    return Failure.NOT_RETRYABLE;
  }

  /**
   * Whether the service asked the client to slow down: what the adaptive rate limiter reacts to.
   */
  public static boolean isThrottling(SdkException failure) {
    return classify(failure) == Failure.THROTTLING;
  }

  private static Failure classifyService(ServiceException failure) {
    String code = failure.errorCode().orElse("");
    if (failure.statusCode() == THROTTLING_STATUS || THROTTLING_CODES.contains(code)) {
      return Failure.THROTTLING;
    }
    if (TRANSIENT_STATUSES.contains(failure.statusCode()) || TRANSIENT_CODES.contains(code)) {
      return Failure.TRANSIENT;
    }
    return Failure.NOT_RETRYABLE;
  }
}
