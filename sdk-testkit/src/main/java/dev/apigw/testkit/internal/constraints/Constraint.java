package dev.apigw.testkit.internal.constraints;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Bounds on one value: for a string its length in characters and a pattern it must match, for a
 * list or a map its number of entries, for a number its value. Immutable.
 */
public final class Constraint {
  private final @Nullable Long min;
  private final @Nullable Long max;
  private final @Nullable Pattern pattern;

  private Constraint(@Nullable Long min, @Nullable Long max, @Nullable Pattern pattern) {
    this.min = min;
    this.max = max;
    this.pattern = pattern;
  }

  /** A string of {@code min} to {@code max} characters. */
  public static Constraint length(long min, long max) {
    return new Constraint(min, max, null);
  }

  /** A string of {@code min} to {@code max} characters, all of it matching {@code regex}. */
  public static Constraint length(long min, long max, String regex) {
    return new Constraint(min, max, Pattern.compile(regex));
  }

  /**
   * What the model says of a shape ({@code min}, {@code max}, {@code pattern}); null if nothing.
   */
  public static @Nullable Constraint ofShape(Map<String, Object> shape) {
    Long min = number(shape.get("min"));
    Long max = number(shape.get("max"));
    Object regex = shape.get("pattern");
    if (min == null && max == null && regex == null) {
      return null;
    }
    return new Constraint(min, max, regex == null ? null : Pattern.compile((String) regex));
  }

  public @Nullable Long min() {
    return min;
  }

  public @Nullable Long max() {
    return max;
  }

  public @Nullable Pattern pattern() {
    return pattern;
  }

  /**
   * How {@code value} breaks this constraint, in the service's words ({@code Member must have
   * length less than or equal to 128}); null when it keeps to it.
   */
  public @Nullable String violation(Object value) {
    if (value instanceof String) {
      String text = (String) value;
      long length = text.codePointCount(0, text.length());
      if (min != null && length < min) {
        return "Member must have length greater than or equal to " + min;
      }
      if (max != null && length > max) {
        return "Member must have length less than or equal to " + max;
      }
      if (pattern != null && !pattern.matcher(text).matches()) {
        return "Member must satisfy regular expression pattern: " + pattern.pattern();
      }
      return null;
    }
    if (value instanceof List || value instanceof Map) {
      int size = value instanceof List ? ((List<?>) value).size() : ((Map<?, ?>) value).size();
      if (min != null && size < min) {
        return "Member must have length greater than or equal to " + min;
      }
      if (max != null && size > max) {
        return "Member must have length less than or equal to " + max;
      }
      return null;
    }
    if (value instanceof Number) {
      BigDecimal number = new BigDecimal(value.toString());
      if (min != null && number.compareTo(BigDecimal.valueOf(min)) < 0) {
        return "Member must have value greater than or equal to " + min;
      }
      if (max != null && number.compareTo(BigDecimal.valueOf(max)) > 0) {
        return "Member must have value less than or equal to " + max;
      }
    }
    return null;
  }

  private static @Nullable Long number(@Nullable Object value) {
    return value == null ? null : ((Number) value).longValue();
  }
}
