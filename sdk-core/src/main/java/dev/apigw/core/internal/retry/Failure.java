package dev.apigw.core.internal.retry;

/** What kind of failure an attempt ended with, as the retry strategy sees it. */
public enum Failure {
  /**
   * Sending the same request again would not help: any other 4xx, bad input, an interrupt, a decode
   * failure.
   */
  NOT_RETRYABLE,
  /** A transient failure: a 5xx the AWS SDKs retry, a transient error code, a transport failure. */
  TRANSIENT,
  /** The service asked the client to slow down: 429 or a throttling error code. */
  THROTTLING,
  /** The attempt timed out; a retry after it costs more of the retry quota. */
  TIMEOUT;

  public boolean retryable() {
    return this != NOT_RETRYABLE;
  }
}
