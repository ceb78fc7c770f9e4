package dev.apigw.core.exception;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an error response said: status, error code, message, request id, an excerpt of the raw body,
 * and the time its {@code Date} header gave.
 */
public final class ErrorDetails implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The longest raw-body excerpt kept, in characters. */
  public static final int MAX_EXCERPT_CHARS = 512;

  private final int statusCode;
  private final @Nullable String errorCode;
  private final @Nullable String errorMessage;
  private final @Nullable String requestId;
  private final String rawBodyExcerpt;
  private final @Nullable Instant serverTime;
  private final @Nullable String operationName;

  private ErrorDetails(
      int statusCode,
      @Nullable String errorCode,
      @Nullable String errorMessage,
      @Nullable String requestId,
      String rawBodyExcerpt,
      @Nullable Instant serverTime,
      @Nullable String operationName) {
    this.statusCode = statusCode;
    this.errorCode = errorCode;
    this.errorMessage = errorMessage;
    this.requestId = requestId;
    this.rawBodyExcerpt = rawBodyExcerpt;
    this.serverTime = serverTime;
    this.operationName = operationName;
  }

  /**
   * Details of one error response. {@code rawBody} is cut to {@link #MAX_EXCERPT_CHARS} characters;
   * blank codes, messages and request ids count as absent.
   */
  public static ErrorDetails of(
      int statusCode,
      @Nullable String errorCode,
      @Nullable String errorMessage,
      @Nullable String requestId,
      @Nullable String rawBody) {
    return of(statusCode, errorCode, errorMessage, requestId, rawBody, null);
  }

  /**
   * Details of one error response whose {@code Date} header gave {@code serverTime} (null when it
   * had none, or none that could be read); otherwise as {@link #of(int, String, String, String,
   * String)}.
   */
  public static ErrorDetails of(
      int statusCode,
      @Nullable String errorCode,
      @Nullable String errorMessage,
      @Nullable String requestId,
      @Nullable String rawBody,
      @Nullable Instant serverTime) {
    return new ErrorDetails(
        statusCode,
        blankToNull(errorCode),
        blankToNull(errorMessage),
        blankToNull(requestId),
        excerpt(rawBody),
        serverTime,
        null);
  }

  /**
   * These details as the answer to {@code operationName} (such as {@code GetApi}), which the
   * exception's message then begins with.
   */
  public ErrorDetails forOperation(String operationName) {
    return new ErrorDetails(
        statusCode,
        errorCode,
        errorMessage,
        requestId,
        rawBodyExcerpt,
        serverTime,
        blankToNull(operationName));
  }

  /** The operation this error answered, such as {@code GetApi}; null when it was not given. */
  public @Nullable String operationName() {
    return operationName;
  }

  public int statusCode() {
    return statusCode;
  }

  public @Nullable String errorCode() {
    return errorCode;
  }

  public @Nullable String errorMessage() {
    return errorMessage;
  }

  public @Nullable String requestId() {
    return requestId;
  }

  public String rawBodyExcerpt() {
    return rawBodyExcerpt;
  }

  /**
   * The service's time when it answered, from the response's {@code Date} header (to the second);
   * null when the response had no such header or it was not an HTTP date. The runtime compares it
   * with the client's clock when an error says the request's signing time was off.
   */
  public @Nullable Instant serverTime() {
    return serverTime;
  }

  /**
   * A one-line description for exception messages, such as {@code GetApi: NotFoundException (HTTP
   * 404): no such API [request id r-1]}.
   */
  String describe() {
    StringBuilder text = new StringBuilder();
    if (operationName != null) {
      text.append(operationName).append(": ");
    }
    text.append(errorCode != null ? errorCode : "Service error")
        .append(" (HTTP ")
        .append(statusCode)
        .append(')');
    if (errorMessage != null) {
      text.append(": ").append(errorMessage);
    } else if (!rawBodyExcerpt.isEmpty()) {
      text.append(": ").append(rawBodyExcerpt.replaceAll("\\s+", " "));
    }
    if (requestId != null) {
      text.append(" [request id ").append(requestId).append(']');
    }
    return text.toString();
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static String excerpt(@Nullable String rawBody) {
    if (rawBody == null) {
      return "";
    }
    return rawBody.length() <= MAX_EXCERPT_CHARS
        ? rawBody
        : rawBody.substring(0, MAX_EXCERPT_CHARS) + "…";
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ErrorDetails)) {
      return false;
    }
    ErrorDetails that = (ErrorDetails) other;
    return statusCode == that.statusCode
        && Objects.equals(errorCode, that.errorCode)
        && Objects.equals(errorMessage, that.errorMessage)
        && Objects.equals(requestId, that.requestId)
        && rawBodyExcerpt.equals(that.rawBodyExcerpt)
        && Objects.equals(serverTime, that.serverTime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(statusCode, errorCode, errorMessage, requestId, rawBodyExcerpt, serverTime);
  }

  @Override
  public String toString() {
    return "ErrorDetails{" + describe() + "}";
  }
}
