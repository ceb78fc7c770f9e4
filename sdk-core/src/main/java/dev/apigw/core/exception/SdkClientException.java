package dev.apigw.core.exception;

import org.jspecify.annotations.Nullable;

/**
 * The call produced no usable response: the request could not be built, signed or sent, the
 * connection failed or timed out, the thread was interrupted, or a successful response could not be
 * decoded.
 *
 * <p>{@link #retryable()} tells whether the failure was in the transport and the same request may
 * be sent again (a refused or reset connection, a response cut short, an attempt that timed out);
 * the retry strategy retries those and nothing else of this type.
 */
public class SdkClientException extends SdkException {
  private static final long serialVersionUID = 2L;

  private final boolean retryable;

  public SdkClientException(String message) {
    this(message, null, false);
  }

  public SdkClientException(String message, @Nullable Throwable cause) {
    this(message, cause, false);
  }

  public SdkClientException(String message, @Nullable Throwable cause, boolean retryable) {
    super(message, cause);
    this.retryable = retryable;
  }

  /** Whether this failure was transient and the request may be sent again as it was. */
  public final boolean retryable() {
    return retryable;
  }
}
