package dev.apigw.core.internal.pipeline;

import dev.apigw.core.lang.Arguments;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * Sets {@code User-Agent: apigw-java/<sdk version> java/<java.version>}, followed by {@code
 * app/<app id>} when the client has an {@linkplain AppId app id} and then by the caller's own
 * product token when one is configured: the AWS SDK for Java v2 also puts the app id after its own
 * tokens and before the caller's suffix. Immutable and thread-safe.
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

  /**
   * The builder's {@code text} for the user agent ({@code userAgent}, {@code appId}), trimmed;
   * fails with {@link IllegalArgumentException} naming it when it is null, blank or not printable
   * ASCII.
   */
  public static String checked(@Nullable String text, String name) {
    Arguments.requireNonNull(text, name);
    String problem = HeaderText.problem(text);
    if (problem != null) {
      throw new IllegalArgumentException(name + " " + problem);
    }
    return text.trim();
  }

  /**
   * What follows the SDK's own tokens: {@code app/<appId>} when there is an app id, then {@code
   * productToken}; null for neither. Both are taken as already checked.
   */
  public static @Nullable String suffix(@Nullable String appId, @Nullable String productToken) {
    if (appId == null) {
      return productToken;
    }
    String app = "app/" + appId;
    return productToken == null ? app : app + " " + productToken;
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
    return base + " " + checked(suffix, "userAgent");
  }

  @Override
  public String toString() {
    return "user agent";
  }
}
