package dev.apigw.core.auth.sigv4;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as SigV4 wants it (RFC 3986): the UTF-8 bytes of every character except the unreserved
 * {@code A-Z a-z 0-9 - _ . ~} become {@code %XX} with uppercase hex. A space is {@code %20}, never {@code +}, and a
 * {@code %} is encoded like any other character, so encoding an already-encoded string encodes it again.
 */
final class UriEncoding {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UriEncoding() {}

  /** Encodes every character but the unreserved ones. */
  static String encode(String value) {
    return encode(value, false);
  }

  /** Like {@link #encode(String)}, but keeps {@code /} as it is. */
  static String encodeKeepingSlashes(String value) {
    return encode(value, true);
  }

  private static String encode(String value, boolean keepSlashes) {
    if (isAllUnreserved(value, keepSlashes)) {
      return value;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (isUnreserved(c) || (keepSlashes && c == '/')) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  private static boolean isAllUnreserved(String value, boolean keepSlashes) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(isUnreserved(c) || (keepSlashes && c == '/'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_'
        || c == '.'
        || c == '~';
  }
}
