package dev.apigw.core.internal.auth;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.apigw.core.Arguments;
import dev.apigw.core.Nullable;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.internal.config.Environment;
import dev.apigw.core.internal.json.Json;
import dev.apigw.core.internal.json.Timestamps;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;

/**
 * Role credentials from AWS IAM Identity Center (SSO): the access token that {@code aws sso login} cached under
 * {@code ~/.aws/sso/cache/<sha1 of the session name or start URL>.json} is traded for the account role's credentials
 * at the SSO portal of {@code sso_region}. The token is read afresh on each refresh; an expired or missing token
 * fails with the command that renews it. The role credentials are cached and refreshed ahead of expiry.
 */
public final class SsoCredentials implements CredentialsProvider {
  private final String description;
  private final CachedCredentials cache;

  private SsoCredentials(String description, CachedCredentials cache) {
    this.description = description;
    this.cache = cache;
  }

  /**
   * @param cacheKey the {@code sso_session} name, or for a legacy profile its {@code sso_start_url}
   * @param profileName the profile, named in the error that tells how to log in again
   */
  public static SsoCredentials create(Environment environment, Clock clock, String cacheKey, String ssoRegion,
      String accountId, String roleName, String profileName) {
    Arguments.requireNonNull(environment, "environment");
    Arguments.requireNonNull(clock, "clock");
    Arguments.requireNonBlank(cacheKey, "cacheKey");
    Arguments.requireNonBlank(ssoRegion, "ssoRegion");
    Arguments.requireNonBlank(accountId, "accountId");
    Arguments.requireNonBlank(roleName, "roleName");
    Path tokenFile = environment.userHome().resolve(".aws").resolve("sso").resolve("cache")
        .resolve(sha1Hex(cacheKey) + ".json");
    PortalHolder portal = new PortalHolder(environment, ssoRegion);
    String description = "SSO(profile " + profileName + ", account " + accountId + ", role " + roleName + ")";
    return new SsoCredentials(description, CachedCredentials.of(description, () ->
        portal.get().getRoleCredentials(accessToken(tokenFile, clock, profileName), accountId, roleName)));
  }

  /** The cached access token, if it has not expired. */
  static String accessToken(Path tokenFile, Clock clock, String profileName) {
    String renew = "; run 'aws sso login --profile " + profileName + "' to renew it";
    String accessToken = null;
    Instant expiresAt = null;
    try (InputStream in = Files.newInputStream(tokenFile);
        JsonParser parser = Json.factory().createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new SdkClientException("The SSO token cache " + tokenFile + " is not a JSON object" + renew);
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("accessToken") && value == JsonToken.VALUE_STRING) {
          accessToken = parser.getText();
        } else if (name.equals("expiresAt") && value == JsonToken.VALUE_STRING) {
          expiresAt = parseExpiry(parser.getText(), tokenFile, renew);
        } else {
          parser.skipChildren();
        }
      }
    } catch (NoSuchFileException e) {
      throw new SdkClientException("No SSO token is cached for profile '" + profileName + "' (" + tokenFile
          + " does not exist)" + renew);
    } catch (IOException e) {
      throw new SdkClientException("The SSO token cache " + tokenFile + " could not be read: "
          + e.getClass().getSimpleName() + renew, e);
    }
    if (accessToken == null || accessToken.isBlank() || expiresAt == null) {
      throw new SdkClientException("The SSO token cache " + tokenFile + " has no accessToken or expiresAt" + renew);
    }
    if (!clock.instant().isBefore(expiresAt)) {
      throw new SdkClientException("The SSO session of profile '" + profileName + "' expired at " + expiresAt
          + renew);
    }
    return accessToken;
  }

  private static Instant parseExpiry(String text, Path tokenFile, String renew) {
    String iso = text.endsWith("UTC") ? text.substring(0, text.length() - 3) + "Z" : text;
    try {
      return Timestamps.parse(iso);
    } catch (RuntimeException e) {
      throw new SdkClientException("The SSO token cache " + tokenFile + " has an expiresAt that is not a timestamp"
          + renew, e);
    }
  }

  static String sha1Hex(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
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

  /** Builds the portal client once, on the first refresh. */
  private static final class PortalHolder {
    private final Environment environment;
    private final String region;
    private @Nullable SsoClient client;

    PortalHolder(Environment environment, String region) {
      this.environment = environment;
      this.region = region;
    }

    synchronized SsoClient get() {
      if (client == null) {
        client = SsoClient.builder().region(region).credentialsProvider(AnonymousCredentials.INSTANCE)
            .build(environment);
      }
      return client;
    }
  }
}
