package dev.apigw.core.internal.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's version, from the build-filtered {@code dev/apigw/core/version.properties}. */
public final class SdkVersion {
  static final String RESOURCE = "/dev/apigw/core/version.properties";
  private static final String UNKNOWN = "unknown";
  private static final String VERSION = load();

  private SdkVersion() {}

  /** Such as {@code 0.1.0}; {@code unknown} when the resource is missing or was not filtered. */
  public static String version() {
    return VERSION;
  }

  /**
   * The SDK's own user agent, {@code apigw-java/<version> java/<java version>}, for every request
   * it sends.
   */
  public static String userAgent() {
    return "apigw-java/" + VERSION + " java/" + javaVersion();
  }

  private static String javaVersion() {
    String version = System.getProperty("java.version", "unknown");
    StringBuilder clean = new StringBuilder(version.length());
    for (int i = 0; i < version.length(); i++) {
      char c = version.charAt(i);
      clean.append(c > 0x20 && c < 0x7F && c != '/' ? c : '_');
    }
    return clean.length() == 0 ? UNKNOWN : clean.toString();
  }

  private static String load() {
    try (InputStream in = SdkVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return UNKNOWN;
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "").trim();
      return isToken(version) ? version : UNKNOWN;
    } catch (IOException | IllegalArgumentException e) {
      return UNKNOWN;
    }
  }

  /**
   * A non-empty run of the characters a user agent product version may hold (so no unfiltered
   * {@code ${...}}).
   */
  private static boolean isToken(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || "-._+".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
