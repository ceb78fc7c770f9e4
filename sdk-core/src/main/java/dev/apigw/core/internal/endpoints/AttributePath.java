package dev.apigw.core.internal.endpoints;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A {@code getAttr} path, such as {@code dnsSuffix}, {@code resourceId[1]} or {@code a.b[0]}:
 * dot-separated keys, each optionally followed by one index. A missing key or an index beyond the
 * end gives unset.
 */
final class AttributePath {
  private final String text;

  /** {@code String} keys and {@code Integer} indexes, in order. */
  private final List<Object> steps;

  private AttributePath(String text, List<Object> steps) {
    this.text = text;
    this.steps = List.copyOf(steps);
  }

  /**
   * Parses {@code text}; fails with {@link IllegalArgumentException} saying what is wrong with it.
   */
  static AttributePath parse(String text) {
    if (text.isEmpty()) {
      throw new IllegalArgumentException("the attribute path is empty");
    }
    List<Object> steps = new ArrayList<>();
    for (String part : text.split("\\.", -1)) {
      int open = part.indexOf('[');
      String key = open < 0 ? part : part.substring(0, open);
      if (key.isEmpty() && open != 0) {
        throw new IllegalArgumentException("the attribute path '" + text + "' has an empty key");
      }
      if (key.indexOf(']') >= 0) {
        throw new IllegalArgumentException(
            "the attribute path '" + text + "' has a ']' without a '['");
      }
      if (!key.isEmpty()) {
        steps.add(key);
      }
      if (open >= 0) {
        if (!part.endsWith("]") || part.indexOf('[', open + 1) >= 0) {
          throw new IllegalArgumentException(
              "the attribute path '"
                  + text
                  + "' must end each part with at most one"
                  + " index, such as name[0]");
        }
        steps.add(parseIndex(part.substring(open + 1, part.length() - 1), text));
      }
    }
    return new AttributePath(text, steps);
  }

  private static Integer parseIndex(String digits, String text) {
    if (digits.isEmpty()
        || digits.length() > 9
        || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException(
          "the attribute path '"
              + text
              + "' has the index ["
              + digits
              + "], not a"
              + " whole number from 0");
    }
    return Integer.valueOf(digits);
  }

  /**
   * The kind the path gives from a value of kind {@code start}; fails with {@link
   * IllegalArgumentException} when the parser can tell the path does not fit (a key a URL has not,
   * an index into a string).
   */
  Kind kindFrom(Kind start) {
    Kind kind = start;
    for (Object step : steps) {
      if (kind == Kind.ANY) {
        return Kind.ANY;
      }
      if (step instanceof String) {
        Kind attribute =
            kind == Kind.RECORD || kind == Kind.URL || kind == Kind.PARTITION || kind == Kind.ARN
                ? kind.attribute((String) step)
                : null;
        if (attribute == null) {
          throw new IllegalArgumentException(
              kind.description() + " has no attribute '" + step + "' (path '" + text + "')");
        }
        kind = attribute;
      } else {
        if (kind != Kind.ARRAY) {
          throw new IllegalArgumentException(
              "the path '" + text + "' indexes " + kind.description() + ", not an array");
        }
        kind = Kind.ANY;
      }
    }
    return kind;
  }

  /**
   * The value at the path in {@code value}; null when a key is missing or an index is beyond the
   * end. Fails with {@link IllegalArgumentException} when a step meets a value it cannot step into.
   */
  @Nullable Object get(Object value) {
    Object current = value;
    for (Object step : steps) {
      if (step instanceof String) {
        if (!(current instanceof Map)) {
          throw new IllegalArgumentException(
              "the key '"
                  + step
                  + "' of the path '"
                  + text
                  + "' meets "
                  + Kind.describe(current)
                  + ", not a record");
        }
        current = ((Map<?, ?>) current).get(step);
      } else {
        if (!(current instanceof List)) {
          throw new IllegalArgumentException(
              "the index ["
                  + step
                  + "] of the path '"
                  + text
                  + "' meets "
                  + Kind.describe(current)
                  + ", not an array");
        }
        List<?> list = (List<?>) current;
        int index = (Integer) step;
        current = index < list.size() ? list.get(index) : null;
      }
      if (current == null) {
        return null;
      }
    }
    return current;
  }

  @Override
  public String toString() {
    return text;
  }
}
