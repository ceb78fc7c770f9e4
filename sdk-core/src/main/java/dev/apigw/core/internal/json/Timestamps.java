package dev.apigw.core.internal.json;

import java.math.BigDecimal;
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

  /** The instant {@code seconds} after the epoch; fractions are kept to the nanosecond. */
  public static Instant fromEpochSeconds(BigDecimal seconds) {
    BigDecimal whole = seconds.setScale(0, java.math.RoundingMode.FLOOR);
    int nanos =
        seconds
            .subtract(whole)
            .movePointRight(9)
            .setScale(0, java.math.RoundingMode.HALF_UP)
            .intValueExact();
    return Instant.ofEpochSecond(whole.longValueExact(), nanos);
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
