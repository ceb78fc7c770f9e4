package dev.apigw.core.exception;

import java.time.Duration;

/**
 * A call took longer than the client's {@code apiCallTimeout}, which spans all its attempts, the
 * backoff between them and decoding the result. Never retried.
 */
public final class ApiCallTimeoutException extends SdkClientException {
  private static final long serialVersionUID = 1L;

  private final Duration timeout;

  public ApiCallTimeoutException(String operationName, Duration timeout, Throwable cause) {
    super(
        operationName
            + ": the call did not complete within its apiCallTimeout of "
            + Timeouts.describe(timeout),
        cause,
        false);
    this.timeout = timeout;
  }

  /** The limit that was reached. */
  public Duration timeout() {
    return timeout;
  }
}
