package dev.apigw.core.internal.endpoints;

/**
 * The host-name checks of the library: {@code isValidHostLabel} and {@code
 * aws.isVirtualHostableS3Bucket}.
 */
final class HostLabels {
  private HostLabels() {}

  /**
   * Whether {@code value} is one host label (1 to 63 ASCII letters, digits and hyphens, not
   * starting with a hyphen); with {@code allowSubDomains}, one or more such labels joined by single
   * dots.
   */
  static boolean isValid(String value, boolean allowSubDomains) {
    if (!allowSubDomains) {
      return isLabel(value, 0, value.length());
    }
    int start = 0;
    while (true) {
      int dot = value.indexOf('.', start);
      int end = dot < 0 ? value.length() : dot;
      if (!isLabel(value, start, end)) {
        return false;
      }
      if (dot < 0) {
        return true;
      }
      start = dot + 1;
    }
  }

  private static boolean isLabel(String value, int start, int end) {
    if (end - start < 1 || end - start > 63 || !isLetterOrDigit(value.charAt(start))) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      if (!isLetterOrDigit(value.charAt(i)) && value.charAt(i) != '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code bucket} can be an S3 bucket's host label: 3 to 63 lowercase letters, digits and
   * hyphens, starting and ending with a letter or digit. With {@code allowSubDomains}, dots may
   * also join such runs (no dot next to a dot or a hyphen), as long as the whole is not an IPv4
   * address.
   */
  static boolean isVirtualHostableS3Bucket(String bucket, boolean allowSubDomains) {
    int length = bucket.length();
    if (length < 3
        || length > 63
        || !isLowerLetterOrDigit(bucket.charAt(0))
        || !isLowerLetterOrDigit(bucket.charAt(length - 1))) {
      return false;
    }
    for (int i = 1; i < length - 1; i++) {
      char c = bucket.charAt(i);
      if (c == '.') {
        char before = bucket.charAt(i - 1);
        char after = bucket.charAt(i + 1);
        if (!allowSubDomains || before == '.' || before == '-' || after == '.' || after == '-') {
          return false;
        }
      } else if (!isLowerLetterOrDigit(c) && c != '-') {
        return false;
      }
    }
    return !allowSubDomains || !isIpv4(bucket);
  }

  /** Whether {@code host} is a dotted-quad IPv4 address, four decimal numbers from 0 to 255. */
  static boolean isIpv4(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3) {
        return false;
      }
      for (int i = 0; i < part.length(); i++) {
        if (part.charAt(i) < '0' || part.charAt(i) > '9') {
          return false;
        }
      }
      if (Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isLowerLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}
