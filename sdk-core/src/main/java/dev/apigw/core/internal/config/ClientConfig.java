package dev.apigw.core.internal.config;

import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.profile.Profile;
import dev.apigw.core.internal.profile.ProfileFile;
import dev.apigw.core.internal.profile.ProfileNames;
import dev.apigw.core.lang.Arguments;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The settings a client reads from outside the code, each in the AWS SDK for Java v2's order: a
 * Java system property, then an environment variable, then the current profile of the shared config
 * files. The profile files are read at most once, on the first setting that needs them. Not
 * thread-safe: one is used by one {@code build()}.
 */
public final class ClientConfig {
  private final Environment environment;
  private @Nullable ProfileFile profileFile;

  private ClientConfig(Environment environment) {
    this.environment = environment;
  }

  public static ClientConfig of(Environment environment) {
    return new ClientConfig(Arguments.requireNonNull(environment, "environment"));
  }

  public Environment environment() {
    return environment;
  }

  /** The shared config and credentials files, read on first use. */
  public ProfileFile profileFile() {
    if (profileFile == null) {
      profileFile = ProfileFile.load(environment);
    }
    return profileFile;
  }

  /**
   * The name of the current profile: {@code aws.profile}, {@code AWS_PROFILE}, else {@code
   * default}.
   */
  public String profileName() {
    return ProfileNames.current(environment);
  }

  /** The current profile; empty when the files have no profile of that name. */
  public Optional<Profile> profile() {
    return profileFile().profile(profileName());
  }

  /** A property of the current profile, with its source. */
  public Optional<Setting> profileSetting(String key) {
    return profile()
        .flatMap(
            profile ->
                profile
                    .property(key)
                    .map(
                        value ->
                            Setting.of(value.trim(), key + " of profile '" + profile.name() + "'")))
        .filter(setting -> !setting.value().isEmpty());
  }

  /**
   * The system property, else the environment variable, else (when {@code profileKey} is not null)
   * the profile.
   */
  public Optional<Setting> setting(String property, String variable, @Nullable String profileKey) {
    Optional<String> fromProperty = environment.property(property);
    if (fromProperty.isPresent()) {
      return Optional.of(Setting.of(fromProperty.get(), "the system property " + property));
    }
    Optional<String> fromVariable = environment.variable(variable);
    if (fromVariable.isPresent()) {
      return Optional.of(Setting.of(fromVariable.get(), "the environment variable " + variable));
    }
    return profileKey == null ? Optional.empty() : profileSetting(profileKey);
  }
}
