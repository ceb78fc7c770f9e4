package dev.apigw.core.exception;

import java.time.Duration;

/**
 * One attempt of a call took longer than the client's {@code apiCallAttemptTimeout}. Retried like
 * any transient failure, as long as attempts, the retry quota and the call's own deadline allow.
 */
public final class ApiCallAttemptTimeoutException extends SdkClientException {
  private static final long serialVersionUID = 1L;

  private final Duration timeout;

  public ApiCallAttemptTimeoutException(String operationName, Duration timeout, Throwable cause) {
    super(
        operationName
            + ": an attempt did not complete within its apiCallAttemptTimeout of "
            + Timeouts.describe(timeout),
        cause,
        true);
    this.timeout = timeout;
  }

  /** The limit that was reached. */
  public Duration timeout() {
    return timeout;
  }
}
