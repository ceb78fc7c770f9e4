package dev.apigw.core.exception;

import dev.apigw.core.Nullable;

/**
 * The call produced no usable response: the request could not be built or sent, the connection failed or timed
 * out, or a successful response could not be decoded.
 */
public class SdkClientException extends SdkException {
  private static final long serialVersionUID = 1L;

  public SdkClientException(String message) {
    super(message);
  }

  public SdkClientException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
