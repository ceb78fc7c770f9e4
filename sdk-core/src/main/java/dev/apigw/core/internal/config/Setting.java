package dev.apigw.core.internal.config;

/**
 * A configured value and where it was found ({@code AWS_REGION}, {@code the aws.region system
 * property}, {@code profile "dev" in the shared config files}), for error messages that tell the
 * user what to fix. Never holds a secret: credentials are not read through it.
 */
public final class Setting {
  private final String value;
  private final String source;

  private Setting(String value, String source) {
    this.value = value;
    this.source = source;
  }

  public static Setting of(String value, String source) {
    return new Setting(value, source);
  }

  public String value() {
    return value;
  }

  public String source() {
    return source;
  }

  /**
   * {@code true} or {@code false}, in any case; otherwise an {@link IllegalStateException} naming
   * the source.
   */
  public boolean asBoolean() {
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    throw new IllegalStateException(source + " must be true or false, not '" + value + "'");
  }

  /**
   * A whole number of at least {@code min}; otherwise an {@link IllegalStateException} naming the
   * source.
   */
  public int asInt(int min) {
    int parsed;
    try {
      parsed = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(source + " must be a whole number, not '" + value + "'");
    }
    if (parsed < min) {
      throw new IllegalStateException(source + " must be at least " + min + ", not " + parsed);
    }
    return parsed;
  }

  @Override
  public String toString() {
    return source + "=" + value;
  }
}
