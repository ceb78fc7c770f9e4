package dev.apigw.core.internal.json;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Parses the timestamps the service sends, leniently: ISO-8601 date-times with or without a
 * fraction and with {@code Z} or an offset (or no zone at all, read as UTC), and epoch seconds with
 * or without a fraction.
 */
public final class Timestamps {
  /** Digits of {@link Instant#MAX}'s epoch second (31556889864403199). */
  private static final int MAX_INTEGER_DIGITS = 17;

  private Timestamps() {}

  /**
   * Parses ISO-8601 text or epoch seconds written as text; throws IllegalArgumentException naming
   * the text.
   */
  public static Instant parse(String text) {
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("Not a timestamp: an empty string");
    }
    char first = trimmed.charAt(0);
    if (trimmed.indexOf('T') < 0
        && trimmed.indexOf('t') < 0
        && (Character.isDigit(first) || first == '-' || first == '+')) {
      try {
        return fromEpochSeconds(new BigDecimal(trimmed));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("Not a timestamp: '" + text + "'", e);
      }
    }
    try {
      return OffsetDateTime.parse(trimmed, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return java.time.LocalDateTime.parse(trimmed, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .toInstant(java.time.ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("Not a timestamp: '" + text + "'", withoutOffset);
      }
    }
  }

  /**
   * The instant {@code seconds} after the epoch; fractions are kept to the nanosecond. Throws
   * IllegalArgumentException naming the number when the instant is outside {@link Instant}'s range.
   */
  public static Instant fromEpochSeconds(BigDecimal seconds) {
    // How many digits the number has before its point, from its precision and scale alone: a huge
    // exponent (1e999999999, 1e-999999999) must be settled before any rescaling, which would have
    // to compute a power of ten with as many digits.
    if (seconds.signum() == 0) {
      return Instant.EPOCH;
    }
    long integerDigits = (long) seconds.precision() - seconds.scale();
    if (integerDigits > MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException(
          "Not a timestamp: " + seconds + " epoch seconds is out of range");
    }
    if (integerDigits < -9) {
      return Instant.EPOCH; // less than a tenth of a nanosecond away from it
    }
    BigDecimal whole = seconds.setScale(0, java.math.RoundingMode.FLOOR);
    int nanos =
        seconds
            .subtract(whole)
            .movePointRight(9)
            .setScale(0, java.math.RoundingMode.HALF_UP)
            .intValueExact();
    try {
      return Instant.ofEpochSecond(whole.longValueExact(), nanos);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "Not a timestamp: " + seconds + " epoch seconds is out of range", e);
    }
  }

  /** Epoch seconds, with a fraction only when the instant has one. */
  public static BigDecimal toEpochSeconds(Instant instant) {
    BigDecimal seconds = BigDecimal.valueOf(instant.getEpochSecond());
    if (instant.getNano() == 0) {
      return seconds;
    }
    return seconds.add(BigDecimal.valueOf(instant.getNano(), 9)).stripTrailingZeros();
  }
}
