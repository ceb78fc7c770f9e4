package dev.apigw.core.http;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What HTTP allows in a request's method, path and headers, checked before a request is made; each
 * failure an {@link IllegalArgumentException} naming what is wrong.
 */
final class HttpSyntax {
  private HttpSyntax() {}

  static void checkHeaderName(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (!isTokenChar(name.charAt(i))) {
        throw new IllegalArgumentException("header name must be an HTTP token: " + name);
      }
    }
  }

  /** Printable ASCII and tabs; the message never shows the value, which may carry a secret. */
  static void checkHeaderValue(String name, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c >= 0x7F) {
        throw new IllegalArgumentException(
            "value of header "
                + name
                + " must be printable ASCII; it has an invalid character at index "
                + i);
      }
    }
  }

  static String checkMethod(@Nullable String method) {
    if (method == null) {
      throw new IllegalArgumentException("method must not be null");
    }
    if (method.isEmpty()) {
      throw new IllegalArgumentException("method must not be empty");
    }
    for (int i = 0; i < method.length(); i++) {
      if (!isTokenChar(method.charAt(i))) {
        throw new IllegalArgumentException(
            "method must be an HTTP token (no whitespace or separators): " + method);
      }
    }
    return method;
  }

  static String checkPath(@Nullable String path) {
    if (path == null) {
      throw new IllegalArgumentException("encodedPath must not be null");
    }
    if (path.isEmpty() || path.charAt(0) != '/') {
      throw new IllegalArgumentException("encodedPath must start with '/': " + path);
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '?' || c == '#') {
        throw new IllegalArgumentException(
            "encodedPath must not contain '"
                + c
                + "'; give query parameters with query(name, value): "
                + path);
      }
      if (c == '%') {
        if (i + 2 >= path.length() || !isHex(path.charAt(i + 1)) || !isHex(path.charAt(i + 2))) {
          throw new IllegalArgumentException(
              "encodedPath has a '%' not followed by two hex digits: " + path);
        }
      } else if (!isPathChar(c)) {
        throw new IllegalArgumentException(
            "encodedPath must be percent-encoded (found character U+"
                + String.format(Locale.ROOT, "%04X", (int) c)
                + " at index "
                + i
                + "); encode path labels with PathLabels.encode");
      }
    }
    for (String segment : path.substring(1).split("/", -1)) {
      String decodedDots = segment.replace("%2E", ".").replace("%2e", ".");
      if (decodedDots.equals(".") || decodedDots.equals("..")) {
        throw new IllegalArgumentException(
            "encodedPath must not contain a '.' or '..' segment: " + path);
      }
    }
    return path;
  }

  static boolean isPathChar(char c) {
    if (c >= 0x80) {
      return false;
    }
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
  }

  static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
  }

  static boolean isTokenChar(char c) {
    if (c >= 0x80) {
      return false;
    }
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
  }
}
