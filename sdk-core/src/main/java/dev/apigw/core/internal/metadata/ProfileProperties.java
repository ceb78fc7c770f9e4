package dev.apigw.core.internal.metadata;

import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.config.ClientConfig;
import dev.apigw.core.internal.profile.Profile;
import dev.apigw.core.lang.Arguments;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The properties of one profile (named, or the current one) as a lookup function, for the sources
 * that read a few settings from the shared files, such as the instance metadata endpoint. The files
 * are read on the first lookup and kept; files that cannot be read give no properties here (the
 * profile source itself reports them).
 */
public final class ProfileProperties implements Function<String, Optional<String>> {
  private final Environment environment;
  private final @Nullable String profileName;
  private volatile @Nullable Optional<Profile> profile;

  private ProfileProperties(Environment environment, @Nullable String profileName) {
    this.environment = environment;
    this.profileName = profileName;
  }

  /**
   * @param profileName the profile, or null for the current one ({@code aws.profile}, {@code
   *     AWS_PROFILE})
   */
  public static ProfileProperties of(Environment environment, @Nullable String profileName) {
    return new ProfileProperties(Arguments.requireNonNull(environment, "environment"), profileName);
  }

  @Override
  public Optional<String> apply(String key) {
    Optional<Profile> loaded = profile;
    if (loaded == null) {
      try {
        ClientConfig config = ClientConfig.of(environment);
        loaded =
            config.profileFile().profile(profileName != null ? profileName : config.profileName());
      } catch (RuntimeException e) {
        loaded = Optional.empty();
      }
      profile = loaded;
    }
    return loaded.flatMap(p -> p.property(key)).map(String::trim).filter(value -> !value.isEmpty());
  }

  @Override
  public String toString() {
    return "ProfileProperties{" + (profileName != null ? profileName : "current profile") + "}";
  }
}
