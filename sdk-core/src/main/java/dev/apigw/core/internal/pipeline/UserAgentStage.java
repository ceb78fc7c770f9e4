package dev.apigw.core.internal.pipeline;

import dev.apigw.core.lang.Nullable;
import okhttp3.Request;

/**
 * Sets {@code User-Agent: apigw-java/<sdk version> java/<java.version>}, followed by the caller's
 * own product token when one is configured. Immutable and thread-safe.
 */
public final class UserAgentStage extends PreparingStage {
  static final String HEADER = "User-Agent";

  private final String userAgent;

  private UserAgentStage(String userAgent) {
    this.userAgent = userAgent;
  }

  /**
   * A stage sending the SDK's user agent, with {@code suffix} appended after a space when not null.
   * Fails with {@link IllegalArgumentException} when the suffix is blank or not printable ASCII.
   */
  public static UserAgentStage create(@Nullable String suffix) {
    return new UserAgentStage(userAgent(suffix));
  }

  /** The user agent string this stage sends. */
  public String userAgent() {
    return userAgent;
  }

  @Override
  protected Request prepare(Request request, CallContext context) {
    return request.newBuilder().header(HEADER, userAgent).build();
  }

  static String userAgent(@Nullable String suffix) {
    String base = SdkVersion.userAgent();
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
        throw new IllegalArgumentException(
            "userAgent must be printable ASCII; it has an invalid character at index "
                + (suffix.indexOf(trimmed) + i));
      }
    }
    return base + " " + trimmed;
  }

  @Override
  public String toString() {
    return "user agent";
  }
}
