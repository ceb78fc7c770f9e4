package dev.apigw.core.result;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What every response says besides its members: the HTTP status and the request id. */
public final class ResponseMetadata {
  private static final ResponseMetadata NONE = new ResponseMetadata(0, null);

  private final int statusCode;
  private final @Nullable String requestId;

  private ResponseMetadata(int statusCode, @Nullable String requestId) {
    this.statusCode = statusCode;
    this.requestId = requestId;
  }

  public static ResponseMetadata of(int statusCode, @Nullable String requestId) {
    return new ResponseMetadata(
        statusCode, requestId == null || requestId.isBlank() ? null : requestId);
  }

  /** The metadata of a value that did not come from a response (built by hand); its status is 0. */
  public static ResponseMetadata none() {
    return NONE;
  }

  /** The HTTP status code, or 0 for a value that did not come from a response. */
  public int statusCode() {
    return statusCode;
  }

  /** The {@code x-amzn-RequestId} header of the response. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ResponseMetadata)) {
      return false;
    }
    ResponseMetadata that = (ResponseMetadata) other;
    return statusCode == that.statusCode && Objects.equals(requestId, that.requestId);
  }

  @Override
  public int hashCode() {
    return 31 * statusCode + Objects.hashCode(requestId);
  }

  @Override
  public String toString() {
    return "ResponseMetadata{statusCode=" + statusCode + ", requestId=" + requestId + "}";
  }
}
