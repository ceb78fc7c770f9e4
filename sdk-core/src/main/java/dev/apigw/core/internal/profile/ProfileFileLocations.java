package dev.apigw.core.internal.profile;

import dev.apigw.core.internal.Environment;
import dev.apigw.core.lang.Arguments;
import java.nio.file.Path;

/**
 * Where the two profile files are: the system property, else the environment variable, else the
 * file under {@code ~/.aws}; a leading {@code ~} is the user's home ({@link
 * Environment#expandHome(String)}).
 */
public final class ProfileFileLocations {
  public static final String CONFIG_FILE_PROPERTY = "aws.configFile";
  public static final String CONFIG_FILE_VARIABLE = "AWS_CONFIG_FILE";
  public static final String CREDENTIALS_FILE_PROPERTY = "aws.sharedCredentialsFile";
  public static final String CREDENTIALS_FILE_VARIABLE = "AWS_SHARED_CREDENTIALS_FILE";

  private ProfileFileLocations() {}

  public static Path configFile(Environment environment) {
    return locate(environment, CONFIG_FILE_PROPERTY, CONFIG_FILE_VARIABLE, "config");
  }

  public static Path credentialsFile(Environment environment) {
    return locate(environment, CREDENTIALS_FILE_PROPERTY, CREDENTIALS_FILE_VARIABLE, "credentials");
  }

  private static Path locate(
      Environment environment, String property, String variable, String fileName) {
    Arguments.requireNonNull(environment, "environment");
    return environment
        .setting(property, variable)
        .map(environment::expandHome)
        .orElseGet(() -> environment.userHome().resolve(".aws").resolve(fileName));
  }
}
