package dev.apigw.core.internal.retry;

import dev.apigw.core.internal.config.ClientConfig;
import dev.apigw.core.internal.config.Setting;
import dev.apigw.core.retry.RetryStrategy;
import java.util.Locale;
import java.util.Optional;

/**
 * The retry strategy a client gets when its builder sets none: the mode from {@code aws.retryMode},
 * {@code AWS_RETRY_MODE} or the profile's {@code retry_mode} ({@code standard}, {@code adaptive};
 * {@code legacy} is taken as standard), and the attempts from {@code aws.maxAttempts}, {@code
 * AWS_MAX_ATTEMPTS} or the profile's {@code max_attempts}. A value that is not one of these fails
 * with {@link IllegalStateException} naming its source.
 */
public final class RetrySettings {
  public static final String MODE_PROPERTY = "aws.retryMode";
  public static final String MODE_VARIABLE = "AWS_RETRY_MODE";
  public static final String MODE_PROFILE_KEY = "retry_mode";
  public static final String MAX_ATTEMPTS_PROPERTY = "aws.maxAttempts";
  public static final String MAX_ATTEMPTS_VARIABLE = "AWS_MAX_ATTEMPTS";
  public static final String MAX_ATTEMPTS_PROFILE_KEY = "max_attempts";

  private RetrySettings() {}

  public static RetryStrategy resolve(ClientConfig config) {
    RetryStrategy strategy =
        config
            .setting(MODE_PROPERTY, MODE_VARIABLE, MODE_PROFILE_KEY)
            .map(RetrySettings::mode)
            .orElseGet(RetryStrategy::standard);
    Optional<Setting> maxAttempts =
        config.setting(MAX_ATTEMPTS_PROPERTY, MAX_ATTEMPTS_VARIABLE, MAX_ATTEMPTS_PROFILE_KEY);
    return maxAttempts.isPresent()
        ? strategy.withMaxAttempts(maxAttempts.get().asInt(1))
        : strategy;
  }

  private static RetryStrategy mode(Setting setting) {
    switch (setting.value().toLowerCase(Locale.ROOT)) {
      case "standard":
      case "legacy":
        return RetryStrategy.standard();
      case "adaptive":
        return RetryStrategy.adaptive();
      default:
        throw new IllegalStateException(
            setting.source()
                + " must be standard, adaptive or legacy, not '"
                + setting.value()
                + "'");
    }
  }
}
