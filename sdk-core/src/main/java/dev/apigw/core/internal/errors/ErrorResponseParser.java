package dev.apigw.core.internal.errors;

import dev.apigw.core.exception.ErrorDetails;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.http.ErrorFactory;
import dev.apigw.core.http.SdkHttpResponse;
import org.jspecify.annotations.Nullable;

/**
 * Turns an error (non-2xx) response into a {@link ServiceException}.
 *
 * <ul>
 *   <li>Error code: the {@code X-Amzn-ErrorType} header, else the body's {@code code}, {@code
 *       __type} or {@code Code}, else the same fields inside an {@code {"error": {...}}} envelope.
 *       Each is cleaned up: the first of comma-separated values, cut at the first {@code :}, and
 *       only what follows a {@code #} ({@code
 *       aws.protocoltests#NotFoundException:http://internal.amazon.com/} gives {@code
 *       NotFoundException}).
 *   <li>Message: the body's {@code message}, {@code Message} or {@code errorMessage}, else the same
 *       inside the envelope, else the {@code X-Amzn-ErrorMessage} header.
 *   <li>Request id: {@code x-amzn-RequestId}, else {@code x-amz-request-id}.
 *   <li>Server time: the {@code Date} header, for the retry stage's clock-skew check.
 * </ul>
 *
 * <p>An XML body (the query protocols') gives the first {@code <Code>} and {@code <Message>}
 * elements instead.
 *
 * <p>When a code was found the {@link ErrorFactory} makes the exception, with the top-level scalar
 * fields of the body (falling back to those of the envelope's {@code error} object). Without any
 * code, for example for an HTML page from a proxy or an empty body, the result is a plain {@link
 * ServiceException} with the raw body excerpt. Whatever the body, this never throws.
 */
public final class ErrorResponseParser {
  static final String ERROR_TYPE_HEADER = "X-Amzn-ErrorType";
  static final String ERROR_MESSAGE_HEADER = "X-Amzn-ErrorMessage";

  private static final String[] CODE_FIELDS = {"code", "__type", "Code"};
  private static final String[] MESSAGE_FIELDS = {"message", "Message", "errorMessage"};

  private ErrorResponseParser() {}

  /**
   * The exception for this error response. Fails with {@link IllegalArgumentException} naming the
   * argument when one is null; never otherwise, whatever the body holds.
   */
  public static ServiceException toException(SdkHttpResponse response, ErrorFactory errorFactory) {
    return toException(response, errorFactory, null);
  }

  /**
   * The exception for this error response to {@code operationName}, which its message and {@link
   * ErrorDetails#operationName()} name; as {@link #toException(SdkHttpResponse, ErrorFactory)}
   * otherwise.
   */
  public static ServiceException toException(
      SdkHttpResponse response, ErrorFactory errorFactory, @Nullable String operationName) {
    if (response == null) {
      throw new IllegalArgumentException("response must not be null");
    }
    if (errorFactory == null) {
      throw new IllegalArgumentException("errorFactory must not be null");
    }
    String rawBody = response.bodyAsString();
    ErrorBody body = ErrorBody.parse(response);

    String code = cleanErrorCode(response.header(ERROR_TYPE_HEADER).orElse(null));
    if (code == null) {
      code = cleanErrorCode(body.first(CODE_FIELDS));
    }
    String message = body.first(MESSAGE_FIELDS);
    if (code == null && message == null && rawBody.startsWith("<")) {
      // The query protocols (STS among them) answer errors in XML:
      // <ErrorResponse><Error><Code>…</Code>…
      code = cleanErrorCode(xmlElement(rawBody, "Code"));
      message = xmlElement(rawBody, "Message");
    }
    if (message == null || message.isBlank()) {
      message = response.header(ERROR_MESSAGE_HEADER).orElse(null);
    }
    ErrorDetails details =
        ErrorDetails.of(
            response.statusCode(),
            code,
            message,
            response.requestId().orElse(null),
            rawBody,
            ServerTime.of(response));
    if (operationName != null) {
      details = details.forOperation(operationName);
    }
    if (details.errorCode() == null) {
      return new ServiceException(details);
    }
    ServiceException exception;
    try {
      exception = errorFactory.create(details, body::field);
    } catch (RuntimeException e) {
      // A broken factory must not hide the service's answer: fall back to the base type and keep
      // the failure.
      ServiceException fallback = new ServiceException(details);
      fallback.addSuppressed(e);
      return fallback;
    }
    return exception != null ? exception : new ServiceException(details);
  }

  /**
   * The text of the first {@code <name>} element of a small XML document, unescaped; null when
   * there is none.
   */
  static @Nullable String xmlElement(String xml, String name) {
    int start = xml.indexOf("<" + name + ">");
    if (start < 0) {
      return null;
    }
    start += name.length() + 2;
    int end = xml.indexOf("</" + name + ">", start);
    if (end < 0) {
      return null;
    }
    String text = xml.substring(start, end).trim();
    return text.isEmpty()
        ? null
        : text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&");
  }

  /**
   * An error code as AWS services write it, reduced to its name: the first of comma-separated
   * values, without anything from the first {@code :} on, and only the part after a {@code #};
   * trimmed. Null when nothing is left.
   */
  static @Nullable String cleanErrorCode(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    String code = raw;
    int comma = code.indexOf(',');
    if (comma >= 0) {
      code = code.substring(0, comma);
    }
    int colon = code.indexOf(':');
    if (colon >= 0) {
      code = code.substring(0, colon);
    }
    int hash = code.lastIndexOf('#');
    if (hash >= 0) {
      code = code.substring(hash + 1);
    }
    code = code.trim();
    return code.isEmpty() ? null : code;
  }
}
