package dev.apigw.core.credentials;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.credentials.internal.CredentialsChain;
import dev.apigw.core.http.ProxyConfiguration;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.metadata.ProfileProperties;
import dev.apigw.core.lang.Arguments;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The credentials chain of the AWS SDK for Java v2, in its order:
 *
 * <ol>
 *   <li>the system properties {@code aws.accessKeyId}, {@code aws.secretAccessKey}, {@code
 *       aws.sessionToken};
 *   <li>the environment variables {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY}, {@code
 *       AWS_SESSION_TOKEN};
 *   <li>a web identity token file ({@code AWS_WEB_IDENTITY_TOKEN_FILE} with {@code AWS_ROLE_ARN})
 *       through STS;
 *   <li>the profile of the shared config and credentials files (see {@link
 *       ProfileCredentialsProvider});
 *   <li>container credentials (ECS, Fargate, EKS Pod Identity; see {@link
 *       ContainerCredentialsProvider});
 *   <li>the EC2 instance profile through instance metadata (see {@link
 *       InstanceProfileCredentialsProvider}).
 * </ol>
 *
 * <p>Creating it does no I/O: the chain runs on the first call, and the source that answered is
 * used from then on. Temporary credentials are cached and refreshed ahead of expiry; concurrent
 * callers share one refresh. When no source gives credentials, the {@link
 * dev.apigw.core.exception.SdkClientException} lists each source and why it gave none, never a
 * secret. STS and SSO are called through the proxy the system properties or environment variables
 * name, or the one given to {@link Builder#proxyConfiguration}; instance metadata and container
 * credentials never go through a proxy. Thread-safe; clients built without credentials or a proxy
 * configuration share {@link #create()}'s instance.
 */
public final class DefaultCredentialsProvider implements CredentialsProvider {
  private static final ProxyConfiguration DEFAULT_PROXY = ProxyConfiguration.builder().build();
  private static final DefaultCredentialsProvider SHARED =
      new DefaultCredentialsProvider(Environment.system(), null, DEFAULT_PROXY);

  private final @Nullable String profileName;
  private final ProxyConfiguration proxy;
  private final CredentialsChain chain;

  private DefaultCredentialsProvider(
      Environment environment, @Nullable String profileName, ProxyConfiguration proxy) {
    this.profileName = profileName;
    this.proxy = proxy;
    this.chain =
        CredentialsChain.of(
            List.of(
                SystemPropertyCredentialsProvider.create(environment),
                EnvironmentCredentialsProvider.create(
                    name -> environment.variable(name).orElse(null)),
                WebIdentityTokenFileCredentialsProvider.create(environment, proxy),
                ProfileCredentialsProvider.create(environment, profileName, proxy),
                ContainerCredentialsProvider.create(environment),
                InstanceProfileCredentialsProvider.create(
                    environment, ProfileProperties.of(environment, profileName))));
  }

  /** The chain over this process's settings and the current profile; one shared instance. */
  public static DefaultCredentialsProvider create() {
    return SHARED;
  }

  /**
   * The chain whose STS, SSO and SSO OIDC calls go through {@code proxyConfiguration}: {@link
   * #create()}'s shared instance for the default configuration, else a new chain with its own
   * caches. The generated client builders call it with theirs.
   */
  public static DefaultCredentialsProvider create(ProxyConfiguration proxyConfiguration) {
    Arguments.requireNonNull(proxyConfiguration, "proxyConfiguration");
    return proxyConfiguration.equals(DEFAULT_PROXY)
        ? SHARED
        : builder().proxyConfiguration(proxyConfiguration).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Credentials resolveCredentials() {
    return chain.resolveCredentials();
  }

  @Override
  public String toString() {
    return "DefaultCredentialsProvider{"
        + (profileName != null ? "profile=" + profileName : "current profile")
        + (proxy.equals(DEFAULT_PROXY) ? "" : ", " + proxy)
        + "}";
  }

  /**
   * Chooses the profile the chain's profile source reads, and the proxy of its STS and SSO calls.
   */
  public static final class Builder {
    private @Nullable String profileName;
    private ProxyConfiguration proxyConfiguration = DEFAULT_PROXY;
    private Environment environment = Environment.system();

    private Builder() {}

    /**
     * The profile to read instead of {@code aws.profile} / {@code AWS_PROFILE} / {@code default}.
     */
    public Builder profileName(String profileName) {
      this.profileName = Arguments.requireNonBlank(profileName, "profileName");
      return this;
    }

    /**
     * The proxy the chain's STS, SSO and SSO OIDC calls go through, instead of the one the system
     * properties or environment variables name. Instance metadata and container credentials are
     * always fetched directly.
     */
    public Builder proxyConfiguration(ProxyConfiguration proxyConfiguration) {
      this.proxyConfiguration = Arguments.requireNonNull(proxyConfiguration, "proxyConfiguration");
      return this;
    }

    Builder environment(Environment environment) {
      this.environment = Arguments.requireNonNull(environment, "environment");
      return this;
    }

    /** A new chain with its own caches. */
    public DefaultCredentialsProvider build() {
      return new DefaultCredentialsProvider(environment, profileName, proxyConfiguration);
    }
  }
}
