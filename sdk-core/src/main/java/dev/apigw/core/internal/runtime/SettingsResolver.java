package dev.apigw.core.internal.runtime;

import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.http.ProxyConfiguration;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.config.ClientConfig;
import dev.apigw.core.internal.config.ProxySettings;
import dev.apigw.core.internal.config.RegionSettings;
import dev.apigw.core.internal.config.Setting;
import dev.apigw.core.internal.endpoints.ConfiguredEndpoint;
import dev.apigw.core.internal.endpoints.ServiceEndpoints;
import dev.apigw.core.internal.metadata.Ec2MetadataClient;
import dev.apigw.core.internal.metadata.ProfileProperties;
import dev.apigw.core.internal.metadata.RegionChain;
import dev.apigw.core.internal.pipeline.AppId;
import dev.apigw.core.internal.retry.RetrySettings;
import dev.apigw.core.retry.RetryStrategy;
import dev.apigw.core.service.ServiceMetadata;
import java.net.URI;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Resolves what a builder was not told from the system properties, the environment and the shared
 * profile files, in the AWS SDKs' order, with no network I/O: a setting on the builder wins, then
 * the property, the variable, the profile. Fails with {@link IllegalStateException} naming a
 * setting that is invalid and where it came from.
 */
public final class SettingsResolver {
  static final String FIPS_PROPERTY = "aws.useFipsEndpoint";
  static final String FIPS_VARIABLE = "AWS_USE_FIPS_ENDPOINT";
  static final String FIPS_PROFILE_KEY = "use_fips_endpoint";
  static final String DUALSTACK_PROPERTY = "aws.useDualstackEndpoint";
  static final String DUALSTACK_VARIABLE = "AWS_USE_DUALSTACK_ENDPOINT";
  static final String DUALSTACK_PROFILE_KEY = "use_dualstack_endpoint";

  private final ServiceMetadata service;
  private final ClientOptions options;
  private final ClientConfig config;

  private SettingsResolver(ServiceMetadata service, ClientOptions options, ClientConfig config) {
    this.service = service;
    this.options = options;
    this.config = config;
  }

  /**
   * The settings of a client of {@code service}; {@code defaultCredentials} gives the credentials
   * provider, over the environment and through the proxy configuration, when the builder has none.
   */
  public static ClientSettings resolve(
      ServiceMetadata service,
      ClientOptions options,
      Environment environment,
      BiFunction<Environment, ProxyConfiguration, CredentialsProvider> defaultCredentials) {
    return new SettingsResolver(service, options, ClientConfig.of(environment))
        .resolve(defaultCredentials);
  }

  private ClientSettings resolve(
      BiFunction<Environment, ProxyConfiguration, CredentialsProvider> defaultCredentials) {
    boolean fips = flag(options.fipsEnabled, FIPS_PROPERTY, FIPS_VARIABLE, FIPS_PROFILE_KEY);
    boolean dualstack =
        flag(
            options.dualstackEnabled,
            DUALSTACK_PROPERTY,
            DUALSTACK_VARIABLE,
            DUALSTACK_PROFILE_KEY);
    @Nullable URI configured =
        options.endpoint != null
            ? options.endpoint
            : ConfiguredEndpoint.find(config, service.serviceId(), service.endpointPropertySuffix())
                .map(ConfiguredEndpoint::checked)
                .orElse(null);
    RetryStrategy retry =
        options.retryStrategy != null ? options.retryStrategy : RetrySettings.resolve(config);
    @Nullable ProxySettings proxy = proxy(configured);
    CredentialsProvider credentials =
        options.credentialsProvider != null
            ? options.credentialsProvider
            : defaultCredentials.apply(config.environment(), proxyConfiguration());
    String region =
        options.region != null
            ? options.region
            : RegionSettings.find(config).map(Setting::value).orElse(null);
    Target target = null;
    Supplier<Target> deferred;
    if (region != null) {
      Target known = new Target(region, endpointFor(region, fips, dualstack, configured));
      target = known;
      deferred = () -> known;
    } else if (instanceMetadataDisabled()) {
      throw new IllegalStateException(
          "no region: call region(...), or set the aws.region system property, "
              + "AWS_REGION, AWS_DEFAULT_REGION or the region of the profile '"
              + config.profileName()
              + "'");
    } else {
      Environment environment = config.environment();
      deferred =
          () -> {
            String instanceRegion = RegionChain.fromInstanceMetadata(environment);
            return new Target(
                instanceRegion, endpointFor(instanceRegion, fips, dualstack, configured));
          };
    }
    return new ClientSettings(
        service,
        target,
        deferred,
        credentials,
        options,
        retry,
        proxy,
        AppId.resolve(options.appId, config),
        config.environment());
  }

  /**
   * The proxy for the endpoint's scheme (https unless an http endpoint is configured); null when an
   * OkHttp client was handed in without a proxy configuration, whose own settings then stand.
   */
  private @Nullable ProxySettings proxy(@Nullable URI configured) {
    if (options.httpClient != null && options.proxyConfiguration == null) {
      return null;
    }
    String scheme = configured != null ? configured.getScheme().toLowerCase(Locale.ROOT) : "https";
    return ProxySettings.resolve(proxyConfiguration(), config.environment(), scheme);
  }

  /** The builder's proxy configuration, else the default: the system properties and variables. */
  private ProxyConfiguration proxyConfiguration() {
    return options.proxyConfiguration != null
        ? options.proxyConfiguration
        : ProxyConfiguration.builder().build();
  }

  private boolean flag(
      @Nullable Boolean given, String property, String variable, String profileKey) {
    return given != null
        ? given
        : config.setting(property, variable, profileKey).map(Setting::asBoolean).orElse(false);
  }

  private boolean instanceMetadataDisabled() {
    return Ec2MetadataClient.create(
            config.environment(), ProfileProperties.of(config.environment(), null))
        .isDisabled();
  }

  private URI endpointFor(
      String region, boolean fips, boolean dualstack, @Nullable URI configured) {
    return ServiceEndpoints.resolve(
        service.endpointRuleSet().orElse(null),
        service.endpointPrefix(),
        region,
        fips,
        dualstack,
        configured);
  }
}
