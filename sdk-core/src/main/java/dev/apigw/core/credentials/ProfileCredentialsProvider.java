package dev.apigw.core.credentials;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.http.ProxyConfiguration;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.profile.ProfileFile;
import dev.apigw.core.internal.profile.ProfileNames;
import dev.apigw.core.lang.Arguments;
import org.jspecify.annotations.Nullable;

/**
 * Credentials from a profile of the shared files ({@code ~/.aws/config} and {@code
 * ~/.aws/credentials}, or the files {@code AWS_CONFIG_FILE} and {@code AWS_SHARED_CREDENTIALS_FILE}
 * name): static keys, a role assumed through STS from a {@code source_profile} or a {@code
 * credential_source}, a web identity token file, a {@code credential_process} or SSO. The profile
 * is the one named here, else {@code aws.profile} or {@code AWS_PROFILE}, else {@code default}; a
 * named profile that does not exist is an error, never a fall-back.
 *
 * <p>The files are read on the first call, and the provider they describe is kept; temporary
 * credentials it gives are cached and refreshed ahead of expiry. Thread-safe. STS and SSO are
 * called through the proxy the system properties or environment variables name.
 */
public final class ProfileCredentialsProvider implements CredentialsProvider {
  private static final ProxyConfiguration DEFAULT_PROXY = ProxyConfiguration.builder().build();
  private final Environment environment;
  private final @Nullable String profileName;
  private final ProxyConfiguration proxy;
  private volatile @Nullable CredentialsProvider resolved;

  private ProfileCredentialsProvider(
      Environment environment, @Nullable String profileName, ProxyConfiguration proxy) {
    this.environment = environment;
    this.profileName = profileName;
    this.proxy = proxy;
  }

  /** The current profile: {@code aws.profile}, {@code AWS_PROFILE}, else {@code default}. */
  public static ProfileCredentialsProvider create() {
    return new ProfileCredentialsProvider(Environment.system(), null, DEFAULT_PROXY);
  }

  /** The named profile. */
  public static ProfileCredentialsProvider create(String profileName) {
    return new ProfileCredentialsProvider(
        Environment.system(), Arguments.requireNonBlank(profileName, "profileName"), DEFAULT_PROXY);
  }

  static ProfileCredentialsProvider create(Environment environment, @Nullable String profileName) {
    return create(environment, profileName, DEFAULT_PROXY);
  }

  static ProfileCredentialsProvider create(
      Environment environment, @Nullable String profileName, ProxyConfiguration proxy) {
    return new ProfileCredentialsProvider(
        Arguments.requireNonNull(environment, "environment"), profileName, proxy);
  }

  @Override
  public Credentials resolveCredentials() {
    CredentialsProvider provider = resolved;
    if (provider == null) {
      synchronized (this) {
        provider = resolved;
        if (provider == null) {
          provider =
              new ProfileCredentialSources(environment, ProfileFile.load(environment), proxy)
                  .forProfile(profileName());
          resolved = provider;
        }
      }
    }
    return provider.resolveCredentials();
  }

  private String profileName() {
    return profileName != null ? profileName : ProfileNames.current(environment);
  }

  @Override
  public String toString() {
    return "ProfileCredentialsProvider{"
        + (profileName != null ? profileName : "current profile")
        + "}";
  }
}
