package dev.apigw.core.credentials;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.credentials.internal.CachedCredentials;
import dev.apigw.core.credentials.internal.MetadataCredentials;
import dev.apigw.core.credentials.internal.RefreshPolicy;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.metadata.Ec2MetadataClient;
import dev.apigw.core.internal.metadata.MetadataHttp;
import dev.apigw.core.internal.metadata.ProfileProperties;
import dev.apigw.core.lang.Arguments;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * Credentials of the IAM role attached to the EC2 instance, from the instance metadata service, as
 * the AWS SDK for Java v2 (2.41.18) loads them. Endpoint, IMDSv2 token, IMDSv1 fallback, timeouts
 * and the settings that govern them are {@link Ec2MetadataClient}'s.
 *
 * <p>Each load is one session: a token, {@code GET /latest/meta-data/iam/security-credentials/} for
 * the role name (the first line of the answer), then {@code GET
 * /latest/meta-data/iam/security-credentials/<role>} for its {@code AccessKeyId}, {@code
 * SecretAccessKey}, {@code Token} and {@code Expiration} (other members, {@code Code} among them,
 * are ignored as the SDK ignores them). Each request is sent once. When {@code
 * AWS_EC2_METADATA_DISABLED} is true, loading fails at once without any I/O.
 *
 * <p>Credentials are cached on the SDK's timing for this source ({@link
 * RefreshPolicy#instanceProfile()}): prefetched after half their remaining lifetime (at least 5
 * minutes; spread at random up to a minute before they go stale), refreshed before use from 1
 * second before expiry. <b>Static stability</b>, as in the SDK: when the service hands out
 * credentials that have already expired (it does during an outage), they are used for another 1 to
 * 10 minutes before the next try, with a warning in the log; and when refreshing fails after the
 * cached credentials expired, they stay in use and the refresh is tried again after a short backoff
 * (up to 10 seconds), again with a warning. AWS services accept such credentials for a while, so
 * calls keep working through a metadata outage.
 *
 * <p>Errors are {@link SdkClientException}s that say which request failed and how, never with a
 * secret or the token. Thread-safe.
 */
public final class InstanceProfileCredentialsProvider implements CredentialsProvider {
  static final String SECURITY_CREDENTIALS_PATH = "/latest/meta-data/iam/security-credentials/";
  private static final String NAME = "InstanceProfileCredentialsProvider";

  private final Ec2MetadataClient metadata;
  private final CachedCredentials cache;

  private InstanceProfileCredentialsProvider(
      Ec2MetadataClient metadata, Clock clock, RefreshPolicy policy) {
    this.metadata = metadata;
    this.cache = CachedCredentials.of(NAME, this::load, clock, policy);
  }

  /**
   * Reads the JVM's system properties, the process environment, then the current profile of the
   * shared config files ({@code ec2_metadata_service_endpoint}, {@code
   * ec2_metadata_service_endpoint_mode}, {@code ec2_metadata_v1_disabled}, {@code
   * metadata_service_timeout}).
   */
  public static InstanceProfileCredentialsProvider create() {
    return create(Environment.system(), ProfileProperties.of(Environment.system(), null));
  }

  /** Reads {@code environment} and then the active profile through {@code profileProperty}. */
  static InstanceProfileCredentialsProvider create(
      Environment environment, Function<String, Optional<String>> profileProperty) {
    return create(environment, profileProperty, Clock.systemUTC(), RefreshPolicy.instanceProfile());
  }

  static InstanceProfileCredentialsProvider create(
      Environment environment,
      Function<String, Optional<String>> profileProperty,
      Clock clock,
      RefreshPolicy policy) {
    Ec2MetadataClient metadata =
        Ec2MetadataClient.create(
            Arguments.requireNonNull(environment, "environment"),
            Arguments.requireNonNull(profileProperty, "profileProperty"));
    return new InstanceProfileCredentialsProvider(
        metadata,
        Arguments.requireNonNull(clock, "clock"),
        Arguments.requireNonNull(policy, "policy"));
  }

  @Override
  public Credentials resolveCredentials() {
    return cache.resolveCredentials();
  }

  private Credentials load() {
    if (metadata.isDisabled()) {
      throw new SdkClientException(
          "Instance profile credentials are disabled by "
              + Ec2MetadataClient.DISABLED
              + " ("
              + Ec2MetadataClient.DISABLED_PROPERTY
              + ")");
    }
    Ec2MetadataClient.Session session;
    try {
      session = metadata.session(metadata.timeout());
    } catch (SdkClientException e) {
      throw new SdkClientException(
          "Unable to load instance profile credentials: " + e.getMessage(), e);
    }
    String roles = get(session, SECURITY_CREDENTIALS_PATH, "the IAM role name");
    String role = roles.trim().split("\n", -1)[0].trim();
    if (role.isEmpty()) {
      throw new SdkClientException(
          "Unable to load instance profile credentials: "
              + session.url(SECURITY_CREDENTIALS_PATH)
              + " names no IAM role; is an instance profile attached to the instance?");
    }
    String document =
        get(session, SECURITY_CREDENTIALS_PATH + role, "the credentials of role " + role);
    return MetadataCredentials.parse(
        document, "The instance metadata service at " + session.describeEndpoint());
  }

  private static String get(Ec2MetadataClient.Session session, String path, String what) {
    MetadataHttp.Reply reply;
    try {
      reply = session.send(path);
    } catch (IOException e) {
      throw new SdkClientException(
          "Unable to load instance profile credentials: getting "
              + what
              + " from "
              + session.url(path)
              + " (endpoint "
              + session.describeEndpoint()
              + ") failed: "
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage(),
          e,
          true);
    }
    if (reply.status() != 200) {
      throw new SdkClientException(
          "Unable to load instance profile credentials: getting "
              + what
              + ", "
              + session.url(path)
              + " (endpoint "
              + session.describeEndpoint()
              + ") answered HTTP "
              + reply.status()
              + (reply.status() == 404 ? " (not found)" : "")
              + (session.hasToken() ? "" : " to an IMDSv1 request")
              + MetadataCredentials.errorMessage(reply.body())
                  .map(message -> ": " + message)
                  .orElse(""));
    }
    return reply.body();
  }

  @Override
  public String toString() {
    return NAME;
  }
}
