package dev.apigw.core.credentials.internal;

import dev.apigw.core.auth.AnonymousCredentialsProvider;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.http.ProxyConfiguration;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.metadata.RegionChain;
import dev.apigw.core.lang.Arguments;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Temporary credentials from STS, cached and refreshed ahead of expiry: {@code AssumeRole} with
 * source credentials, or {@code AssumeRoleWithWebIdentity} with a token file read afresh on each
 * refresh (the platforms that issue such files rotate them). The STS client is built on the first
 * refresh, in the region given (a role profile's {@code region}), else the default region chain's;
 * with no region at all, in {@code us-east-1} at the global endpoint {@code
 * https://sts.amazonaws.com}, as the AWS SDK for Java v2 does.
 */
public final class StsCredentials implements CredentialsProvider {
  /**
   * The prefix of the session names made up when none is configured; a timestamp in milliseconds
   * follows.
   */
  public static final String SESSION_NAME_PREFIX = "apigw-java-";

  private final String description;
  private final CachedCredentials cache;

  private StsCredentials(String description, CachedCredentials cache) {
    this.description = description;
    this.cache = cache;
  }

  /** {@code AssumeRole} of {@code roleArn}, signed with what {@code source} gives. */
  public static StsCredentials assumeRole(
      Environment environment,
      ProxyConfiguration proxy,
      CredentialsProvider source,
      String roleArn,
      @Nullable String sessionName,
      @Nullable String externalId,
      @Nullable Integer durationSeconds,
      @Nullable String region) {
    Arguments.requireNonNull(source, "source");
    Arguments.requireNonBlank(roleArn, "roleArn");
    StsHolder sts = new StsHolder(environment, proxy, source, region);
    return cached(
        "AssumeRole(" + roleArn + ")",
        () -> sts.get().assumeRole(roleArn, sessionName(sessionName), externalId, durationSeconds));
  }

  /** {@code AssumeRoleWithWebIdentity} of {@code roleArn} with the token in {@code tokenFile}. */
  public static StsCredentials webIdentity(
      Environment environment,
      ProxyConfiguration proxy,
      Path tokenFile,
      String roleArn,
      @Nullable String sessionName) {
    Arguments.requireNonNull(tokenFile, "tokenFile");
    Arguments.requireNonBlank(roleArn, "roleArn");
    StsHolder sts = new StsHolder(environment, proxy, AnonymousCredentialsProvider.create(), null);
    return cached(
        "AssumeRoleWithWebIdentity(" + roleArn + ")",
        () ->
            sts.get()
                .assumeRoleWithWebIdentity(
                    roleArn, sessionName(sessionName), readToken(tokenFile)));
  }

  /** Credentials that {@code call} fetches from STS, cached and refreshed ahead of expiry. */
  private static StsCredentials cached(String description, Supplier<Credentials> call) {
    return new StsCredentials(description, CachedCredentials.of(description, call));
  }

  private static String sessionName(@Nullable String configured) {
    return configured != null ? configured : SESSION_NAME_PREFIX + System.currentTimeMillis();
  }

  private static String readToken(Path tokenFile) {
    try {
      String token = new String(Files.readAllBytes(tokenFile), StandardCharsets.UTF_8).trim();
      if (token.isEmpty()) {
        throw new SdkClientException("The web identity token file " + tokenFile + " is empty");
      }
      return token;
    } catch (IOException e) {
      throw new SdkClientException(
          "The web identity token file " + tokenFile + " could not be read: " + e, e);
    }
  }

  @Override
  public Credentials resolveCredentials() {
    return cache.resolveCredentials();
  }

  @Override
  public String toString() {
    return "StsCredentials{" + description + "}";
  }

  /** Builds the STS client once, when the first refresh needs it. */
  private static final class StsHolder {
    private final Environment environment;
    private final ProxyConfiguration proxy;
    private final CredentialsProvider source;
    private final @Nullable String region;
    private @Nullable StsClient client;

    StsHolder(
        Environment environment,
        ProxyConfiguration proxy,
        CredentialsProvider source,
        @Nullable String region) {
      this.environment = Arguments.requireNonNull(environment, "environment");
      this.proxy = Arguments.requireNonNull(proxy, "proxy");
      this.source = source;
      this.region = region;
    }

    /** Called under the credentials cache's lock, so at most one client is built. */
    synchronized StsClient get() {
      if (client == null) {
        Optional<String> stsRegion =
            region != null ? Optional.of(region) : RegionChain.find(environment);
        StsClient.Builder builder = CredentialsHttp.builder(StsClient.builder(), source, proxy);
        if (stsRegion.isPresent()) {
          builder.region(stsRegion.get());
        } else {
          builder.region("us-east-1").endpoint(URI.create("https://sts.amazonaws.com"));
        }
        client = CredentialsHttp.build("STS", () -> builder.build(environment));
      }
      return client;
    }
  }
}
