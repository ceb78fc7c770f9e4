package dev.apigw.testkit.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fuzz input read as an HTTP/1.1 request in text, so that seeds are requests one can read: the
 * first byte is the variant (a digit in the seeds), then the request line {@code METHOD TARGET},
 * header lines {@code Name: value}, a blank line and the body's bytes as they are. Lines end with
 * LF or CRLF, as MockWebServer reads them; the head is UTF-8, malformed bytes decoded as U+FFFD, as
 * MockWebServer decodes them.
 *
 * <p>Variant bits: {@link #signed()} (bit 0), {@link #openApiBody()} (bit 1), {@link
 * #noAuthorizationAdded()} (bit 2).
 */
final class FuzzedRequest {
  private final int variant;
  private final String requestLine;
  private final List<String> headerLines;
  private final byte[] body;

  private FuzzedRequest(int variant, String requestLine, List<String> headerLines, byte[] body) {
    this.variant = variant;
    this.requestLine = requestLine;
    this.headerLines = headerLines;
    this.body = body;
  }

  /** The request of {@code input}, or null when it is too short to have a variant. */
  static @Nullable FuzzedRequest read(byte[] input) {
    if (input.length == 0) {
      return null;
    }
    int bodyStart = input.length;
    int headEnd = input.length;
    for (int i = 1; i < input.length; i++) {
      if (input[i] != '\n') {
        continue;
      }
      if (i + 1 < input.length && input[i + 1] == '\n') {
        headEnd = i;
        bodyStart = i + 2;
        break;
      }
      if (i + 2 < input.length && input[i + 1] == '\r' && input[i + 2] == '\n') {
        headEnd = i;
        bodyStart = i + 3;
        break;
      }
    }
    String head = new String(input, 1, headEnd - 1, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    for (String line : head.split("\n", -1)) {
      lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
    }
    byte[] body = Arrays.copyOfRange(input, Math.min(bodyStart, input.length), input.length);
    return new FuzzedRequest(
        input[0] & 0xFF, lines.get(0), List.copyOf(lines.subList(1, lines.size())), body);
  }

  /**
   * The emulator knows credentials and the request is signed with them by sdk-core's signer, as a
   * client signs; otherwise the emulator accepts any well-formed signature.
   */
  boolean signed() {
    return (variant & 1) != 0;
  }

  /**
   * The body is an OpenAPI document (JSON or YAML), sent as {@code ImportApi}'s and {@code
   * ReimportApi}'s JSON member {@code body}.
   */
  boolean openApiBody() {
    return (variant & 2) != 0;
  }

  /** Without a signature the request has only its own headers: no Authorization is added. */
  boolean noAuthorizationAdded() {
    return (variant & 4) != 0;
  }

  /** {@code METHOD TARGET}, without the HTTP version. */
  String requestLine() {
    return requestLine;
  }

  /** The header lines, as sent. */
  List<String> headerLines() {
    return headerLines;
  }

  byte[] body() {
    return body.clone();
  }
}
