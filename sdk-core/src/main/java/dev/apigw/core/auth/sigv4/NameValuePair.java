package dev.apigw.core.auth.sigv4;

import dev.apigw.core.Nullable;
import dev.apigw.core.auth.internal.Arguments;

/**
 * A header or query parameter: a name and one value. Lists of these keep their order and may repeat a name. Immutable.
 *
 * <p>{@link #toString()} hides the value of {@code X-Amz-Security-Token}, whatever its case, since that value is a
 * session token.
 */
public final class NameValuePair {
  private static final String SECURITY_TOKEN = "x-amz-security-token";

  private final String name;
  private final String value;

  private NameValuePair(String name, String value) {
    this.name = name;
    this.value = value;
  }

  /** Fails with {@link IllegalArgumentException} when {@code name} or {@code value} is null; either may be empty. */
  public static NameValuePair of(String name, String value) {
    return new NameValuePair(Arguments.requireNonNull(name, "name"), Arguments.requireNonNull(value, "value"));
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
    if (!(other instanceof NameValuePair)) {
      return false;
    }
    NameValuePair that = (NameValuePair) other;
    return name.equals(that.name) && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + value.hashCode();
  }

  @Override
  public String toString() {
    return name + "=" + (SECURITY_TOKEN.equalsIgnoreCase(name) ? "<redacted>" : value);
  }
}
