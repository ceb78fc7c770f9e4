package dev.apigw.core.exception;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception this SDK throws. Unchecked.
 *
 * <p>The exception that ends a call tells how many attempts the call made ({@link #attempts()});
 * each earlier attempt's failure is attached to it as a {@linkplain #getSuppressed() suppressed}
 * exception, oldest first. When the retry strategy stopped retrying for a reason other than running
 * out of attempts (an empty retry quota, a backoff that would end after the call deadline), the
 * message says so.
 */
public class SdkException extends RuntimeException {
  private static final long serialVersionUID = 2L;

  private int attempts = 1;
  private @Nullable String retryNote;

  public SdkException(String message) {
    super(message);
  }

  public SdkException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }

  /**
   * How many attempts (HTTP requests, or tries to send one) the call made before it ended with this
   * exception; 1 when it was not retried, 0 when it failed before anything could be sent.
   */
  public final int attempts() {
    return attempts;
  }

  /**
   * Records how the call that ends with this exception went. Called by the SDK's runtime as a call
   * ends, not meant for applications.
   *
   * @param attempts how many attempts were made, at least 0
   * @param retryNote why retrying stopped, when it was not for want of attempts; null for none
   */
  public final void recordAttempts(int attempts, @Nullable String retryNote) {
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative: " + attempts);
    }
    this.attempts = attempts;
    this.retryNote = retryNote == null || retryNote.isBlank() ? null : retryNote;
  }

  /**
   * The message, followed by the attempt count when the call was retried and by why retrying
   * stopped early.
   */
  @Override
  public String getMessage() {
    String message = super.getMessage();
    if (attempts <= 1 && retryNote == null) {
      return message;
    }
    StringBuilder text = new StringBuilder(message == null ? "" : message);
    text.append(" (").append(attempts).append(attempts == 1 ? " attempt" : " attempts");
    if (retryNote != null) {
      text.append("; ").append(retryNote);
    }
    return text.append(')').toString();
  }
}
