package dev.apigw.core.http;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A header or query parameter: a name and one value. Lists of these keep their order and may repeat
 * a name. Immutable.
 *
 * <p>{@link #toString()} hides the value of credential-bearing headers ({@code Authorization},
 * {@code X-Amz-Security-Token}), whatever their case.
 */
public final class NameValue {
  private static final Set<String> REDACTED = Set.of("authorization", "x-amz-security-token");

  private final String name;
  private final String value;

  private NameValue(String name, String value) {
    this.name = name;
    this.value = value;
  }

  /**
   * Fails with {@link IllegalArgumentException} naming the argument when {@code name} or {@code
   * value} is null.
   */
  public static NameValue of(String name, String value) {
    if (name == null) {
      throw new IllegalArgumentException("name must not be null");
    }
    if (value == null) {
      throw new IllegalArgumentException("value must not be null (name: " + name + ")");
    }
    return new NameValue(name, value);
  }

  public String name() {
    return name;
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof NameValue)) {
      return false;
    }
    NameValue that = (NameValue) other;
    return name.equals(that.name) && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + value.hashCode();
  }

  @Override
  public String toString() {
    return name + "=" + (REDACTED.contains(name.toLowerCase(Locale.ROOT)) ? "<redacted>" : value);
  }

  /** The value of the first of {@code pairs} named {@code name} (case-insensitive). */
  public static Optional<String> first(List<NameValue> pairs, String name) {
    for (NameValue pair : pairs) {
      if (pair.name().equalsIgnoreCase(name)) {
        return Optional.of(pair.value());
      }
    }
    return Optional.empty();
  }
}
