package dev.apigw.core.metrics;

import java.util.Locale;

/** How a call or an attempt ended, in five kinds of bounded number, for tags and attributes. */
public enum Outcome {
  /** A 2xx response, decoded into the operation's result. */
  SUCCESS,
  /** An error response of status 4xx, other than throttling. */
  CLIENT_ERROR,
  /** An error response of status 5xx, other than throttling. */
  SERVER_ERROR,
  /** The service asked the client to slow down: status 429 or a throttling error code. */
  THROTTLED,
  /**
   * No error response: the request could not be sent or read, the call timed out, was interrupted
   * or cancelled, or failed in the client (an interceptor, a decoder, the credentials).
   */
  FAILURE;

  /** The name in lower case, as a tag value: {@code success}, {@code client_error}, … */
  public String tagValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
