package dev.apigw.core.internal.config;

import java.util.Optional;

/**
 * The region as configured outside the code, without network I/O: {@code aws.region}, {@code
 * AWS_REGION}, the current profile's {@code region}, then {@code AWS_DEFAULT_REGION}. The last is
 * the AWS CLI's variable, which the AWS SDK for Java v2 does not read; users of both set it, so it
 * is read here, after every source the Java SDK reads before instance metadata.
 */
public final class RegionSettings {
  public static final String PROPERTY = "aws.region";
  public static final String VARIABLE = "AWS_REGION";
  public static final String PROFILE_KEY = "region";
  public static final String CLI_VARIABLE = "AWS_DEFAULT_REGION";

  private RegionSettings() {}

  public static Optional<Setting> find(ClientConfig config) {
    Optional<Setting> found = config.setting(PROPERTY, VARIABLE, PROFILE_KEY);
    if (found.isPresent()) {
      return found;
    }
    return config
        .environment()
        .variable(CLI_VARIABLE)
        .map(value -> Setting.of(value, "the environment variable " + CLI_VARIABLE));
  }
}
