package dev.apigw.core.credentials.internal;

import dev.apigw.core.auth.AnonymousCredentialsProvider;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.http.ProxyConfiguration;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.lang.Arguments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Role credentials from AWS IAM Identity Center (SSO): the access token that {@code aws sso login}
 * cached under {@code ~/.aws/sso/cache/<sha1 of the session name or start URL>.json} is traded for
 * the account role's credentials at the SSO portal of {@code sso_region}. The token is read afresh
 * on each refresh. For an {@code sso-session}, a token within 5 minutes of expiry is renewed
 * through SSO OIDC with its refresh token and written back to the cache, as the AWS CLI and SDKs
 * do; a renewal that fails while the token is still good keeps using it. An expired token that
 * cannot be renewed, or a missing one, fails with the command that renews it. The role credentials
 * are cached and refreshed ahead of expiry.
 */
public final class SsoCredentials implements CredentialsProvider {
  static final Duration TOKEN_REFRESH_WINDOW = Duration.ofMinutes(5);
  private static final Logger LOG = LoggerFactory.getLogger("dev.apigw.credentials");

  private final String description;
  private final CachedCredentials cache;

  private SsoCredentials(String description, CachedCredentials cache) {
    this.description = description;
    this.cache = cache;
  }

  /**
   * @param cacheKey the {@code sso_session} name, or for a legacy profile its {@code sso_start_url}
   * @param session whether the key is an {@code sso-session}, whose tokens can be renewed
   * @param profileName the profile, named in the error that tells how to log in again
   */
  public static SsoCredentials create(
      Environment environment,
      ProxyConfiguration proxy,
      Clock clock,
      String cacheKey,
      boolean session,
      String ssoRegion,
      String accountId,
      String roleName,
      String profileName) {
    Arguments.requireNonNull(environment, "environment");
    Arguments.requireNonNull(clock, "clock");
    Arguments.requireNonBlank(cacheKey, "cacheKey");
    Arguments.requireNonBlank(ssoRegion, "ssoRegion");
    Arguments.requireNonBlank(accountId, "accountId");
    Arguments.requireNonBlank(roleName, "roleName");
    Path tokenFile =
        environment
            .userHome()
            .resolve(".aws")
            .resolve("sso")
            .resolve("cache")
            .resolve(sha1Hex(cacheKey) + ".json");
    Clients clients = new Clients(environment, proxy, ssoRegion);
    TokenSource tokens = new TokenSource(tokenFile, clock, profileName, session ? clients : null);
    String description =
        "SSO(profile " + profileName + ", account " + accountId + ", role " + roleName + ")";
    return new SsoCredentials(
        description,
        CachedCredentials.of(
            description,
            () -> clients.portal().getRoleCredentials(tokens.accessToken(), accountId, roleName)));
  }

  /** The cached access token, renewed first where it can and should be. */
  private static final class TokenSource {
    private final Path file;
    private final Clock clock;
    private final String renewHint;
    private final @Nullable Clients renewal;

    TokenSource(Path file, Clock clock, String profileName, @Nullable Clients renewal) {
      this.file = file;
      this.clock = clock;
      this.renewHint = "; run 'aws sso login --profile " + profileName + "' to renew it";
      this.renewal = renewal;
    }

    synchronized String accessToken() {
      SsoToken token = SsoToken.read(file, renewHint);
      Instant now = clock.instant();
      if (renewal != null
          && !now.isBefore(token.expiresAt.minus(TOKEN_REFRESH_WINDOW))
          && token.refreshableAt(now)) {
        try {
          SsoOidcClient.Refreshed refreshed =
              renewal
                  .oidc()
                  .refresh(
                      token.field("clientId"),
                      token.field("clientSecret"),
                      token.field("refreshToken"));
          SsoToken renewed =
              token.renewed(
                  refreshed.accessToken, now.plus(refreshed.expiresIn), refreshed.refreshToken);
          try {
            renewed.write(file);
          } catch (IOException e) {
            LOG.warn(
                "The renewed SSO token could not be written back to {}: {}",
                file,
                e.getClass().getName());
          }
          return renewed.accessToken;
        } catch (RuntimeException e) {
          if (now.isBefore(token.expiresAt)) {
            LOG.warn(
                "Renewing the SSO token of {} failed; it stays in use until {}: {}",
                file,
                token.expiresAt,
                e instanceof SdkClientException || e instanceof ServiceException
                    ? e.getMessage()
                    : e.getClass().getName());
            return token.accessToken;
          }
          throw new SdkClientException(
              "The SSO token in "
                  + file
                  + " expired at "
                  + token.expiresAt
                  + " and renewing it failed: "
                  + e.getMessage()
                  + renewHint,
              e);
        }
      }
      if (!now.isBefore(token.expiresAt)) {
        throw new SdkClientException(
            "The SSO token in " + file + " expired at " + token.expiresAt + renewHint);
      }
      return token.accessToken;
    }
  }

  static String sha1Hex(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(digest.length * 2);
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is not available in this JVM", e);
    }
  }

  @Override
  public Credentials resolveCredentials() {
    return cache.resolveCredentials();
  }

  @Override
  public String toString() {
    return "SsoCredentials{" + description + "}";
  }

  /** Builds the portal and OIDC clients once each, when first needed. */
  private static final class Clients {
    private final Environment environment;
    private final ProxyConfiguration proxy;
    private final String region;
    private @Nullable SsoClient portal;
    private @Nullable SsoOidcClient oidc;

    Clients(Environment environment, ProxyConfiguration proxy, String region) {
      this.environment = environment;
      this.proxy = Arguments.requireNonNull(proxy, "proxy");
      this.region = region;
    }

    synchronized SsoClient portal() {
      if (portal == null) {
        portal =
            CredentialsHttp.build(
                "SSO portal",
                () ->
                    CredentialsHttp.builder(
                            SsoClient.builder(), AnonymousCredentialsProvider.create(), proxy)
                        .region(region)
                        .build(environment));
      }
      return portal;
    }

    synchronized SsoOidcClient oidc() {
      if (oidc == null) {
        oidc =
            CredentialsHttp.build(
                "SSO OIDC",
                () ->
                    CredentialsHttp.builder(
                            SsoOidcClient.builder(), AnonymousCredentialsProvider.create(), proxy)
                        .region(region)
                        .build(environment));
      }
      return oidc;
    }
  }
}
