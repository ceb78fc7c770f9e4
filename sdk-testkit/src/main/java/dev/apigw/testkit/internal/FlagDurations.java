package dev.apigw.testkit.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A standalone flag's duration: short ({@code 5s}, {@code 500ms}, {@code 2m}, {@code 1h}) or
 * ISO-8601.
 */
public final class FlagDurations {
  private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h)");

  private FlagDurations() {}

  /** The duration {@code value} of {@code option}; an IllegalArgumentException naming both. */
  public static Duration parse(String option, String value) {
    Matcher shortForm = SHORT.matcher(value.toLowerCase(Locale.ROOT));
    try {
      if (shortForm.matches()) {
        long amount = Long.parseLong(shortForm.group(1));
        switch (shortForm.group(2)) {
          case "ms":
            return Duration.ofMillis(amount);
          case "s":
            return Duration.ofSeconds(amount);
          case "m":
            return Duration.ofMinutes(amount);
          default:
            return Duration.ofHours(amount);
        }
      }
      return Duration.parse(value);
    } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
      throw new IllegalArgumentException(
          option + " takes a duration such as 5s, 500ms or PT5S: " + value, e);
    }
  }
}
