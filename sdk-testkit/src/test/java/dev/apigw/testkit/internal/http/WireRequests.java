package dev.apigw.testkit.internal.http;

import java.util.List;
import mockwebserver3.RecordedRequest;
import mockwebserver3.internal.RecordedRequestFactoryKt;
import mockwebserver3.internal.RequestLine;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.internal.Internal;
import okhttp3.internal.http.HttpMethod;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * Builds the {@link RecordedRequest} that MockWebServer would give the dispatcher for a request
 * sent over the wire: the request line split by MockWebServer's own decoder, the header lines added
 * leniently as it adds them, the URL from the {@code Host} header and the target as it makes it,
 * and no body for a method that has none. A request MockWebServer could not read (a request line
 * that is not three parts, a URL it cannot make, a {@code Content-Length} that is not a number) is
 * never dispatched: it builds nothing.
 */
final class WireRequests {
  static final String DEFAULT_HOST = "127.0.0.1:4566";

  private WireRequests() {}

  /** The request, or null when MockWebServer would not have dispatched it. */
  static @Nullable RecordedRequest of(String requestLine, Headers headers, byte[] body) {
    // MockWebServer's decoder wants exactly three parts split at spaces, and fails otherwise.
    if (requestLine.split(" ", -1).length != 2) {
      return null;
    }
    RequestLine line = RecordedRequestFactoryKt.decodeRequestLine(requestLine + " HTTP/1.1");
    HttpUrl url = url(line, headers);
    if (url == null || !readableLength(headers)) {
      return null;
    }
    boolean hasBody = HttpMethod.permitsRequestBody(line.getMethod());
    ByteString bytes = hasBody ? ByteString.of(body) : null;
    return new RecordedRequest(
        0,
        0,
        null,
        List.of(),
        line.getMethod(),
        line.getTarget(),
        line.getVersion(),
        url,
        headers,
        bytes,
        bytes == null ? 0 : bytes.size(),
        List.of(),
        null);
  }

  /**
   * Headers from lines as MockWebServer reads them: any line, split at its first colon, up to the
   * first empty line, which ends the head.
   */
  static Headers headers(List<String> lines) {
    Headers.Builder headers = new Headers.Builder();
    for (String line : lines) {
      if (line.isEmpty()) {
        break;
      }
      Internal.addHeaderLenient(headers, line);
    }
    return headers.build();
  }

  /** MockWebServer reads a {@code Content-Length} as a number and fails on anything else. */
  private static boolean readableLength(Headers headers) {
    for (String length : headers.values("Content-Length")) {
      try {
        Long.parseLong(length.trim());
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return true;
  }

  private static @Nullable HttpUrl url(RequestLine line, Headers headers) {
    HttpUrl absolute = HttpUrl.parse(line.getTarget());
    if (absolute != null) {
      return absolute;
    }
    String host = headers.get("Host");
    try {
      return HttpUrl.get("http://" + (host == null ? DEFAULT_HOST : host) + line.getTarget());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
