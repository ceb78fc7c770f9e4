package dev.apigw.core.exception;

import dev.apigw.core.Nullable;

/** The root of every exception this SDK throws. Unchecked. */
public class SdkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SdkException(String message) {
    super(message);
  }

  public SdkException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
