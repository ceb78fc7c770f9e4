package dev.apigw.core.auth.sigv4;

import dev.apigw.core.http.NameValue;
import dev.apigw.core.lang.Arguments;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The headers part of a canonical request: names lowercased and sorted, the values of a repeated
 * name joined by commas in their order, and runs of whitespace in a value folded to one space.
 */
final class CanonicalHeaders {
  private CanonicalHeaders() {}

  /** A value with its leading and trailing whitespace dropped and each inner run made one space. */
  static String value(String value) {
    StringBuilder out = new StringBuilder(value.length());
    boolean pendingSpace = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isWhitespace(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Lowercased name → canonical values joined by ',' in their order, sorted by name. */
  static Map<String, String> group(List<NameValue> headers) {
    Arguments.requireNonNull(headers, "headers");
    TreeMap<String, String> grouped = new TreeMap<>();
    for (NameValue header : headers) {
      Arguments.requireNonNull(header, "headers element");
      String name = header.name().toLowerCase(Locale.ROOT);
      String value = value(header.value());
      grouped.merge(name, value, (first, next) -> first + ',' + next);
    }
    return grouped;
  }

  static String block(Map<String, String> grouped) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> header : grouped.entrySet()) {
      out.append(header.getKey()).append(':').append(header.getValue()).append('\n');
    }
    return out.toString();
  }

  static String names(Map<String, String> grouped) {
    return String.join(";", grouped.keySet());
  }

  /**
   * The whitespace the AWS SDK folds in header values: space, tab, line feed, vertical tab,
   * carriage return, form feed.
   */
  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\r' || c == '\f';
  }
}
