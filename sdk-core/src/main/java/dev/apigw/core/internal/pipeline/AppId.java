package dev.apigw.core.internal.pipeline;

import dev.apigw.core.internal.config.ClientConfig;
import dev.apigw.core.internal.config.Setting;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application id a client sends in its {@code User-Agent} as {@code app/<id>}, so that the
 * calls of one application can be told from those of others using the same account. It is the
 * builder's {@code appId(...)}, else the system property {@code sdk.ua.appId}, else the variable
 * {@code AWS_SDK_UA_APP_ID}, else the current profile's {@code sdk_ua_app_id}: the AWS SDK for Java
 * v2's sources in its order.
 *
 * <p>As there, the id is sent as it is, trimmed: characters a user agent token does not allow
 * (spaces, {@code /}, parentheses) are neither replaced nor refused, and an id longer than the 50
 * characters AWS recommends is sent whole, with a warning logged once per client built. Unlike
 * there, an id that is blank or not printable ASCII is refused: by the builder with an {@link
 * IllegalArgumentException} naming {@code appId} ({@link UserAgentStage#checked}), and when
 * configured outside the code by {@code build()} with an {@link IllegalStateException} naming where
 * it was set. The AWS SDK would send it.
 */
public final class AppId {
  public static final String PROPERTY = "sdk.ua.appId";
  public static final String VARIABLE = "AWS_SDK_UA_APP_ID";
  public static final String PROFILE_KEY = "sdk_ua_app_id";

  /** The longest id AWS recommends; a longer one may be cut short where user agents are logged. */
  public static final int RECOMMENDED_MAX_LENGTH = 50;

  private static final Logger LOG = LoggerFactory.getLogger(AppId.class);

  private AppId() {}

  /**
   * The client's app id: {@code given} (the builder's, already {@linkplain UserAgentStage#checked
   * checked}) when not null, else the configured one; null when there is none. Fails with {@link
   * IllegalStateException} naming the source of a configured id that is not printable ASCII.
   */
  public static @Nullable String resolve(@Nullable String given, ClientConfig config) {
    if (given != null) {
      warnIfLong(given, "set with appId(...)");
      return given;
    }
    Optional<Setting> configured = config.setting(PROPERTY, VARIABLE, PROFILE_KEY);
    if (configured.isEmpty()) {
      return null;
    }
    Setting setting = configured.get();
    String problem = HeaderText.problem(setting.value());
    if (problem != null) {
      throw new IllegalStateException(setting.source() + " " + problem);
    }
    warnIfLong(setting.value(), setting.source());
    return setting.value();
  }

  private static void warnIfLong(String appId, String source) {
    if (appId.length() > RECOMMENDED_MAX_LENGTH) {
      LOG.warn(
          "The app id '{}' ({}) has {} characters, more than the {} AWS recommends; where user"
              + " agents are logged or passed on, it may be cut short",
          appId,
          source,
          appId.length(),
          RECOMMENDED_MAX_LENGTH);
    }
  }
}
