package dev.apigw.core.auth.sigv4;

import dev.apigw.core.http.NameValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An HTTP/1.1 request as text, as in the SigV4 test suite's {@code .req} and {@code .sreq} files:
 * the request line, header lines (a line starting with a space or a tab continues the previous
 * header's value), a blank line and the body. Test code only.
 */
final class RawHttpRequest {
  final String method;
  final String path;
  final String rawQuery;
  final List<NameValue> headers;
  final byte[] body;

  private RawHttpRequest(
      String method, String path, String rawQuery, List<NameValue> headers, byte[] body) {
    this.method = method;
    this.path = path;
    this.rawQuery = rawQuery;
    this.headers = headers;
    this.body = body;
  }

  static RawHttpRequest parse(String text) {
    String normalized = text.replace("\r\n", "\n");
    int blankLine = normalized.indexOf("\n\n");
    String head = blankLine < 0 ? normalized : normalized.substring(0, blankLine);
    String body = blankLine < 0 ? "" : normalized.substring(blankLine + 2);

    String[] lines = head.split("\n", -1);
    String requestLine = lines[0];
    int firstSpace = requestLine.indexOf(' ');
    int version = requestLine.lastIndexOf(" HTTP/");
    if (firstSpace < 0 || version <= firstSpace) {
      throw new IllegalArgumentException("not an HTTP request line: " + requestLine);
    }
    String method = requestLine.substring(0, firstSpace);
    String target = requestLine.substring(firstSpace + 1, version);
    int question = target.indexOf('?');
    String path = question < 0 ? target : target.substring(0, question);
    String rawQuery = question < 0 ? "" : target.substring(question + 1);

    List<String[]> headers = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        continue;
      }
      if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
        if (headers.isEmpty()) {
          throw new IllegalArgumentException("continuation line before any header: " + line);
        }
        String[] previous = headers.get(headers.size() - 1);
        previous[1] = previous[1] + "\n" + line;
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("not a header line: " + line);
      }
      headers.add(new String[] {line.substring(0, colon), line.substring(colon + 1)});
    }
    List<NameValue> pairs = new ArrayList<>(headers.size());
    for (String[] header : headers) {
      pairs.add(NameValue.of(header[0], header[1]));
    }
    return new RawHttpRequest(
        method,
        path,
        rawQuery,
        Collections.unmodifiableList(pairs),
        body.getBytes(StandardCharsets.UTF_8));
  }

  /** The first value of header {@code name} (case-insensitive), untrimmed. */
  Optional<String> header(String name) {
    for (NameValue header : headers) {
      if (header.name().equalsIgnoreCase(name)) {
        return Optional.of(header.value());
      }
    }
    return Optional.empty();
  }

  /**
   * The query string split into (name, value) pairs and percent-decoded as UTF-8; {@code +} stays
   * {@code +}.
   */
  List<NameValue> decodedQuery() {
    List<NameValue> parameters = new ArrayList<>();
    if (rawQuery.isEmpty()) {
      return parameters;
    }
    for (String part : rawQuery.split("&", -1)) {
      if (part.isEmpty()) {
        continue;
      }
      int equals = part.indexOf('=');
      String name = equals < 0 ? part : part.substring(0, equals);
      String value = equals < 0 ? "" : part.substring(equals + 1);
      parameters.add(NameValue.of(percentDecode(name), percentDecode(value)));
    }
    return parameters;
  }

  static String percentDecode(String value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
    int i = 0;
    while (i < value.length()) {
      char c = value.charAt(i);
      if (c == '%' && i + 2 < value.length()) {
        bytes.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
        i += 3;
      } else {
        int codePoint = value.codePointAt(i);
        byte[] utf8 = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
        bytes.write(utf8, 0, utf8.length);
        i += Character.charCount(codePoint);
      }
    }
    return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
  }
}
