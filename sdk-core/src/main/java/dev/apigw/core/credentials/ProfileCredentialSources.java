package dev.apigw.core.credentials;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.credentials.internal.CachedCredentials;
import dev.apigw.core.credentials.internal.CredentialProcess;
import dev.apigw.core.credentials.internal.RefreshPolicy;
import dev.apigw.core.credentials.internal.SsoCredentials;
import dev.apigw.core.credentials.internal.StsCredentials;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.http.ProxyConfiguration;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.profile.Profile;
import dev.apigw.core.internal.profile.ProfileFile;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns a profile of the shared files into the provider its properties describe, checked in the AWS
 * SDK for Java v2's order: a role with a web identity token file; SSO (an {@code sso_session} or
 * the legacy {@code sso_*} properties); a role with a {@code source_profile} (followed through
 * other profiles, a cycle is an error naming them) or a {@code credential_source}; a {@code
 * credential_process}; static keys with or without a session token. Errors name the profile and the
 * property, never a value. STS and SSO are called through the given proxy configuration.
 */
final class ProfileCredentialSources {
  private final Environment environment;
  private final ProfileFile file;
  private final ProxyConfiguration proxy;

  ProfileCredentialSources(Environment environment, ProfileFile file, ProxyConfiguration proxy) {
    this.environment = environment;
    this.file = file;
    this.proxy = proxy;
  }

  /**
   * The provider for the named profile; fails when the profile does not exist or gives no
   * credentials.
   */
  CredentialsProvider forProfile(String name) {
    Profile profile =
        file.profile(name)
            .orElseThrow(
                () ->
                    new SdkClientException(
                        "Profile '" + name + "' is not in the shared config or credentials file"));
    return provider(profile, new LinkedHashSet<>())
        .orElseThrow(
            () -> new SdkClientException("Profile '" + name + "' has no credentials configured"));
  }

  private Optional<CredentialsProvider> provider(Profile profile, Set<String> children) {
    if (has(profile, "role_arn") && has(profile, "web_identity_token_file")) {
      return Optional.of(
          StsCredentials.webIdentity(
              environment,
              proxy,
              environment.expandHome(require(profile, "web_identity_token_file")),
              require(profile, "role_arn"),
              optional(profile, "role_session_name")));
    }
    if (has(profile, "sso_role_name")
        || has(profile, "sso_account_id")
        || has(profile, "sso_region")
        || has(profile, "sso_start_url")
        || has(profile, "sso_session")) {
      return Optional.of(sso(profile));
    }
    if (has(profile, "role_arn")) {
      boolean sourceProfile = has(profile, "source_profile");
      boolean credentialSource = has(profile, "credential_source");
      if (sourceProfile && credentialSource) {
        throw new SdkClientException(
            "Profile '"
                + profile.name()
                + "' has both source_profile and "
                + "credential_source; keep one");
      }
      if (sourceProfile || credentialSource) {
        if (has(profile, "mfa_serial")) {
          throw new SdkClientException(
              "Profile '"
                  + profile.name()
                  + "' needs an MFA code (mfa_serial), which "
                  + "this SDK cannot ask for; use credentials that need no MFA, or assume the role elsewhere");
        }
        CredentialsProvider source =
            sourceProfile ? sourceProfile(profile, children) : credentialSource(profile);
        return Optional.of(
            StsCredentials.assumeRole(
                environment,
                proxy,
                source,
                require(profile, "role_arn"),
                optional(profile, "role_session_name"),
                optional(profile, "external_id"),
                duration(profile),
                optional(profile, "region")));
      }
    }
    if (has(profile, "credential_process")) {
      String command = require(profile, "credential_process");
      String name = "credential_process of profile " + profile.name();
      CredentialProcess process =
          CredentialProcess.create(environment, CredentialProcess.DEFAULT_TIMEOUT);
      return Optional.of(
          CachedCredentials.of(
              name, () -> process.run(command), Clock.systemUTC(), RefreshPolicy.process()));
    }
    if (has(profile, "aws_session_token")) {
      return Optional.of(
          CredentialsProvider.of(
              Credentials.of(
                  require(profile, "aws_access_key_id"),
                  require(profile, "aws_secret_access_key"),
                  require(profile, "aws_session_token"))));
    }
    if (has(profile, "aws_access_key_id")) {
      return Optional.of(
          CredentialsProvider.of(
              Credentials.of(
                  require(profile, "aws_access_key_id"),
                  require(profile, "aws_secret_access_key"))));
    }
    return Optional.empty();
  }

  private CredentialsProvider sourceProfile(Profile profile, Set<String> children) {
    if (children.contains(profile.name())) {
      throw new SdkClientException(
          "The profiles " + children + " form a cycle through source_profile");
    }
    children.add(profile.name());
    String sourceName = require(profile, "source_profile");
    Optional<Profile> source = file.profile(sourceName);
    Optional<CredentialsProvider> provider = source.flatMap(p -> provider(p, children));
    return provider.orElseThrow(
        () ->
            new SdkClientException(
                "The source_profile of profile '"
                    + profile.name()
                    + "' is '"
                    + sourceName
                    + "', which "
                    + (source.isPresent()
                        ? "has no credentials configured"
                        : "is not in the shared config or credentials file")));
  }

  private CredentialsProvider credentialSource(Profile profile) {
    String source = require(profile, "credential_source");
    switch (source.toLowerCase(Locale.ROOT)) {
      case "environment":
        return EnvironmentCredentialsProvider.create(
            name -> environment.variable(name).orElse(null));
      case "ec2instancemetadata":
        return InstanceProfileCredentialsProvider.create(environment, profile::property);
      case "ecscontainer":
        return ContainerCredentialsProvider.create(environment);
      default:
        throw new SdkClientException(
            "Profile '"
                + profile.name()
                + "' has credential_source '"
                + source
                + "'; use Environment, Ec2InstanceMetadata or EcsContainer");
    }
  }

  private CredentialsProvider sso(Profile profile) {
    String accountId = require(profile, "sso_account_id");
    String roleName = require(profile, "sso_role_name");
    Optional<String> sessionName = profile.property("sso_session").map(String::trim);
    if (sessionName.isPresent()) {
      Profile session =
          file.ssoSession(sessionName.get())
              .orElseThrow(
                  () ->
                      new SdkClientException(
                          "Profile '"
                              + profile.name()
                              + "' names sso_session '"
                              + sessionName.get()
                              + "', which has no [sso-session "
                              + sessionName.get()
                              + "] section in the config file"));
      String region = requireIn(session, "sso_region", "sso-session " + session.name());
      String startUrl = requireIn(session, "sso_start_url", "sso-session " + session.name());
      checkSame(profile, session, "sso_region", region);
      checkSame(profile, session, "sso_start_url", startUrl);
      return SsoCredentials.create(
          environment,
          proxy,
          Clock.systemUTC(),
          sessionName.get(),
          true,
          region,
          accountId,
          roleName,
          profile.name());
    }
    return SsoCredentials.create(
        environment,
        proxy,
        Clock.systemUTC(),
        require(profile, "sso_start_url"),
        false,
        require(profile, "sso_region"),
        accountId,
        roleName,
        profile.name());
  }

  private static void checkSame(Profile profile, Profile session, String key, String sessionValue) {
    Optional<String> own = profile.property(key).map(String::trim);
    if (own.isPresent() && !own.get().equals(sessionValue)) {
      throw new SdkClientException(
          "Profile '"
              + profile.name()
              + "' and its sso-session '"
              + session.name()
              + "' have different "
              + key
              + " values");
    }
  }

  private static @Nullable Integer duration(Profile profile) {
    Optional<String> value = profile.property("duration_seconds").map(String::trim);
    if (value.isEmpty()) {
      return null;
    }
    try {
      return Integer.parseInt(value.get());
    } catch (NumberFormatException e) {
      throw new SdkClientException(
          "duration_seconds of profile '" + profile.name() + "' must be a whole number");
    }
  }

  private static boolean has(Profile profile, String key) {
    return profile.property(key).isPresent();
  }

  private static @Nullable String optional(Profile profile, String key) {
    return profile.property(key).map(String::trim).filter(value -> !value.isEmpty()).orElse(null);
  }

  private static String require(Profile profile, String key) {
    return requireIn(profile, key, "profile " + profile.name());
  }

  private static String requireIn(Profile section, String key, String where) {
    return section
        .property(key)
        .map(String::trim)
        .filter(value -> !value.isEmpty())
        .orElseThrow(
            () -> new SdkClientException("The property " + key + " is not set in " + where));
  }
}
