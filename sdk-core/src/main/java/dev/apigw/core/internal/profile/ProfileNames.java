package dev.apigw.core.internal.profile;

import dev.apigw.core.internal.Environment;
import dev.apigw.core.lang.Arguments;

/** Which profile is in use when the code names none. */
public final class ProfileNames {
  public static final String PROPERTY = "aws.profile";
  public static final String VARIABLE = "AWS_PROFILE";
  public static final String DEFAULT = "default";

  private ProfileNames() {}

  /**
   * The {@value #PROPERTY} system property, else the {@value #VARIABLE} variable, else {@value
   * #DEFAULT}.
   */
  public static String current(Environment environment) {
    return Arguments.requireNonNull(environment, "environment")
        .setting(PROPERTY, VARIABLE)
        .orElse(DEFAULT);
  }
}
