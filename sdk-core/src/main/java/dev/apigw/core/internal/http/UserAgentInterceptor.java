package dev.apigw.core.internal.http;

import dev.apigw.core.Nullable;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Sets {@code User-Agent: apigw-java/<sdk version> java/<java.version>}, followed by the caller's own product token
 * when one is configured. Immutable and thread-safe.
 */
public final class UserAgentInterceptor implements Interceptor {
  static final String HEADER = "User-Agent";

  private final String userAgent;

  private UserAgentInterceptor(String userAgent) {
    this.userAgent = userAgent;
  }

  /**
   * An interceptor sending the SDK's user agent, with {@code suffix} appended after a space when not null. Fails with
   * {@link IllegalArgumentException} when the suffix is blank or not printable ASCII.
   */
  public static UserAgentInterceptor create(@Nullable String suffix) {
    return new UserAgentInterceptor(userAgent(suffix));
  }

  /** The user agent string this interceptor sends. */
  public String userAgent() {
    return userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header(HEADER, userAgent).build());
  }

  static String userAgent(@Nullable String suffix) {
    String base = "apigw-java/" + SdkVersion.version() + " java/" + javaVersion();
    if (suffix == null) {
      return base;
    }
    String trimmed = suffix.trim();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("userAgent must not be blank");
    }
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c < 0x20 || c >= 0x7F) {
        throw new IllegalArgumentException("userAgent must be printable ASCII; it has an invalid character at index "
            + (suffix.indexOf(trimmed) + i));
      }
    }
    return base + " " + trimmed;
  }

  private static String javaVersion() {
    String version = System.getProperty("java.version", "unknown");
    StringBuilder clean = new StringBuilder(version.length());
    for (int i = 0; i < version.length(); i++) {
      char c = version.charAt(i);
      clean.append(c > 0x20 && c < 0x7F && c != '/' ? c : '_');
    }
    return clean.length() == 0 ? "unknown" : clean.toString();
  }

  @Override
  public String toString() {
    return "UserAgentInterceptor{" + userAgent + "}";
  }
}
