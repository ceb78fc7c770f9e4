package dev.apigw.core.http;

import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding, the one encoder of the SDK: every UTF-8 byte except the unreserved
 * characters {@code A-Z a-z 0-9 - . _ ~} becomes {@code %XX} with uppercase hex digits. A space is
 * {@code %20}, never {@code +}, and {@code %} itself is encoded, so encoding an encoded string
 * encodes it again. This is the form SigV4 canonicalizes to, which is why the runtime puts exactly
 * this form on the wire and the signer signs it.
 */
public final class PercentEncoding {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PercentEncoding() {}

  /** Encodes {@code value} as one URI component (a path segment or a query name or value). */
  public static String encode(String value) {
    return encode(value, false);
  }

  /** Like {@link #encode(String)}, but keeps {@code /} as it is: for a whole path. */
  public static String encodeKeepingSlashes(String value) {
    return encode(value, true);
  }

  private static String encode(String value, boolean keepSlashes) {
    int i = 0;
    while (i < value.length() && isKept(value.charAt(i), keepSlashes)) {
      i++;
    }
    if (i == value.length()) {
      return value;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length + 16);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (isKept(c, keepSlashes)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return out.toString();
  }

  private static boolean isKept(int c, boolean keepSlashes) {
    return isUnreserved(c) || (keepSlashes && c == '/');
  }

  /** Whether {@code c} is one of RFC 3986's unreserved characters. */
  public static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
