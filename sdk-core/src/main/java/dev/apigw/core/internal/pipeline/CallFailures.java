package dev.apigw.core.internal.pipeline;

import dev.apigw.core.exception.SdkClientException;

/** The failures and descriptions that more than one stage of a call gives in the same words. */
public final class CallFailures {
  private CallFailures() {}

  /** The failure of a call its caller cancelled; without a stack trace, which would say nothing. */
  public static SdkClientException cancelled(String operation) {
    return new SdkClientException(operation + ": the call was cancelled", null, false);
  }

  /** A cause in a few words for a message or a log line: its simple name and its message. */
  public static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? e.getClass().getName()
        : e.getClass().getSimpleName() + ": " + message;
  }
}
