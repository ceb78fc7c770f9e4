package dev.apigw.core.auth.sigv4;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The two UTC date forms SigV4 uses. {@link DateTimeFormatter} is immutable, so this is
 * thread-safe.
 */
final class AmzDates {
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT).withZone(ZoneOffset.UTC);

  private AmzDates() {}

  /** {@code yyyyMMdd'T'HHmmss'Z'}, the form of the {@code X-Amz-Date} header. */
  static String dateTime(Instant instant) {
    return DATE_TIME.format(instant);
  }

  /** {@code yyyyMMdd}, the form used in the credential scope. */
  static String date(Instant instant) {
    return DATE.format(instant);
  }

  /**
   * Whether {@code value} has the form {@code yyyyMMdd'T'HHmmss'Z'} (digits checked, not calendar
   * validity).
   */
  static boolean isDateTime(String value) {
    if (value.length() != 16 || value.charAt(8) != 'T' || value.charAt(15) != 'Z') {
      return false;
    }
    for (int i = 0; i < 15; i++) {
      if (i != 8 && !Character.isDigit(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
