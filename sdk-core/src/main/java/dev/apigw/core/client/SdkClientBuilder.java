package dev.apigw.core.client;

import dev.apigw.core.Arguments;
import dev.apigw.core.Nullable;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.auth.DefaultCredentialsProvider;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.http.HttpRequestSpec;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.auth.DefaultCredentialsChains;
import dev.apigw.core.internal.config.ClientConfig;
import dev.apigw.core.internal.config.ConfiguredEndpoint;
import dev.apigw.core.internal.config.RegionSettings;
import dev.apigw.core.internal.config.RetrySettings;
import dev.apigw.core.internal.config.Setting;
import dev.apigw.core.internal.endpoints.ServiceEndpoints;
import dev.apigw.core.internal.metadata.Ec2MetadataClient;
import dev.apigw.core.internal.metadata.ProfileProperties;
import dev.apigw.core.internal.metadata.RegionChain;
import dev.apigw.core.internal.pipeline.UserAgentStage;
import dev.apigw.core.region.Regions;
import dev.apigw.core.retry.RetryStrategy;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/**
 * The settings every service client has, and the one place they are resolved into a {@link
 * ClientRuntime}. A generated client's builder extends it with what is specific to its service and
 * nothing else.
 *
 * <p>Setters check their argument at once and fail with {@link IllegalArgumentException} naming it.
 * {@link #build()} resolves what was not set from the system properties, the environment and the
 * shared profile files (region, endpoint, FIPS and dual-stack, retry mode and attempts; credentials
 * through {@link dev.apigw.core.auth.DefaultCredentialsProvider}), without network I/O, and may be
 * called more than once. Not thread-safe.
 *
 * @param <B> the concrete builder, returned by every setter
 * @param <C> the client it builds
 */
public abstract class SdkClientBuilder<B extends SdkClientBuilder<B, C>, C> {
  /**
   * The default {@link #apiCallTimeout(Duration)}: 2 minutes for the whole call, retries included.
   */
  public static final Duration DEFAULT_API_CALL_TIMEOUT = Duration.ofMinutes(2);

  /** The default {@link #apiCallAttemptTimeout(Duration)}: 30 seconds for each attempt. */
  public static final Duration DEFAULT_API_CALL_ATTEMPT_TIMEOUT = Duration.ofSeconds(30);

  /**
   * How long the client's own OkHttp client waits for a connection: 2 seconds, as the AWS SDK for
   * Java v2.
   */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);

  /**
   * How long the client's own OkHttp client waits on a silent socket: 30 seconds, as the AWS SDK
   * for Java v2.
   */
  public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofSeconds(30);

  /**
   * How many idle connections the client's own OkHttp client keeps: 50, the AWS SDK for Java v2's
   * {@code maxConnections}, so that up to 50 threads sharing a client reuse their connections
   * instead of opening new ones (OkHttp alone keeps 5).
   */
  public static final int DEFAULT_MAX_IDLE_CONNECTIONS = 50;

  /**
   * How long the client's own OkHttp client keeps an idle connection: 60 seconds, the AWS SDK for
   * Java v2's {@code connectionMaxIdleTime}.
   */
  public static final Duration DEFAULT_CONNECTION_MAX_IDLE_TIME = Duration.ofSeconds(60);

  /**
   * How many calls of one client are on the wire at once to one host, through its own OkHttp
   * client: 50, the AWS SDK for Java v2's {@code maxConcurrency}. An asynchronous client queues the
   * calls above it (without a thread each) until one ends.
   */
  public static final int DEFAULT_MAX_CONCURRENCY = 50;

  private static final Duration LONGEST = Duration.ofNanos(Long.MAX_VALUE);
  static final String FIPS_PROPERTY = "aws.useFipsEndpoint";
  static final String FIPS_VARIABLE = "AWS_USE_FIPS_ENDPOINT";
  static final String FIPS_PROFILE_KEY = "use_fips_endpoint";
  static final String DUALSTACK_PROPERTY = "aws.useDualstackEndpoint";
  static final String DUALSTACK_VARIABLE = "AWS_USE_DUALSTACK_ENDPOINT";
  static final String DUALSTACK_PROFILE_KEY = "use_dualstack_endpoint";

  private final ServiceMetadata service;
  private @Nullable String region;
  private @Nullable URI endpoint;
  private @Nullable CredentialsProvider credentialsProvider;
  private @Nullable OkHttpClient httpClient;
  private Clock clock = Clock.systemUTC();
  private @Nullable RetryStrategy retryStrategy;
  private @Nullable Boolean fipsEnabled;
  private @Nullable Boolean dualstackEnabled;
  private Duration apiCallTimeout = DEFAULT_API_CALL_TIMEOUT;
  private Duration apiCallAttemptTimeout = DEFAULT_API_CALL_ATTEMPT_TIMEOUT;
  private @Nullable String userAgentSuffix;
  private @Nullable Executor futureCompletionExecutor;

  protected SdkClientBuilder(ServiceMetadata service) {
    if (service == null) {
      throw new IllegalArgumentException("service must not be null");
    }
    this.service = service;
  }

  /** This builder as its concrete type. */
  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /** Makes the client around a runtime built from these settings. */
  protected abstract C newClient(ClientRuntime runtime);

  /**
   * The region, such as {@code us-east-1}; by default from the region chain ({@code aws.region},
   * {@code AWS_REGION}, the profile's {@code region}, {@code AWS_DEFAULT_REGION}, then instance
   * metadata on the first call).
   */
  public final B region(String region) {
    this.region = Regions.requireValid(region);
    return self();
  }

  /**
   * Where to send requests instead of the region's endpoint, such as a local test server ({@code
   * http://127.0.0.1:8080}). A path in it is put before every request path. Must be http or https
   * with a host, and without user info, query or fragment. Without it, a configured endpoint
   * applies (the system properties {@code aws.endpointUrl<Service>} and {@code aws.endpointUrl},
   * then {@code AWS_ENDPOINT_URL_<SERVICE>} and {@code AWS_ENDPOINT_URL}, then the profile's), else
   * the endpoint rules' for the region.
   */
  public final B endpoint(URI endpoint) {
    this.endpoint = checkEndpoint(endpoint);
    return self();
  }

  /**
   * Where credentials come from; asked before every attempt is signed. By default {@link
   * dev.apigw.core.auth.DefaultCredentialsProvider}, which runs its chain on the first call.
   */
  public final B credentialsProvider(CredentialsProvider credentialsProvider) {
    this.credentialsProvider = Arguments.requireNonNull(credentialsProvider, "credentialsProvider");
    return self();
  }

  /** Fixed credentials. */
  public final B credentials(Credentials credentials) {
    this.credentialsProvider =
        CredentialsProvider.of(Arguments.requireNonNull(credentials, "credentials"));
    return self();
  }

  /**
   * An OkHttp client to share connection pools and threads with; closing the SDK client leaves it
   * open. Its interceptors, proxy and socket timeouts apply; the SDK's call and attempt timeouts
   * still bound every call, and redirects and OkHttp's own silent retries are switched off for the
   * SDK's calls. An asynchronous client runs its calls on this client's dispatcher, within its
   * {@code maxRequestsPerHost} (OkHttp's default is 5; the client's own allows {@link
   * #DEFAULT_MAX_CONCURRENCY}).
   */
  public final B httpClient(OkHttpClient httpClient) {
    this.httpClient = Arguments.requireNonNull(httpClient, "httpClient");
    return self();
  }

  /** The clock requests are signed with; the system clock by default. */
  public final B clock(Clock clock) {
    this.clock = Arguments.requireNonNull(clock, "clock");
    return self();
  }

  /**
   * Whether to use the region's FIPS endpoint; by default {@code aws.useFipsEndpoint}, {@code
   * AWS_USE_FIPS_ENDPOINT} or the profile's {@code use_fips_endpoint}, else false.
   */
  public final B fipsEnabled(boolean fipsEnabled) {
    this.fipsEnabled = fipsEnabled;
    return self();
  }

  /**
   * Whether to use the region's dual-stack (IPv4 and IPv6) endpoint; by default {@code
   * aws.useDualstackEndpoint}, {@code AWS_USE_DUALSTACK_ENDPOINT} or the profile's {@code
   * use_dualstack_endpoint}, else false.
   */
  public final B dualstackEnabled(boolean dualstackEnabled) {
    this.dualstackEnabled = dualstackEnabled;
    return self();
  }

  /**
   * How failed attempts are retried; by default {@link RetryStrategy#standard()}, or the mode and
   * attempts from {@code aws.retryMode} / {@code AWS_RETRY_MODE} / the profile's {@code retry_mode}
   * and {@code aws.maxAttempts} / {@code AWS_MAX_ATTEMPTS} / {@code max_attempts}.
   */
  public final B retryStrategy(RetryStrategy retryStrategy) {
    this.retryStrategy = Arguments.requireNonNull(retryStrategy, "retryStrategy");
    return self();
  }

  /**
   * The longest a whole call may take: every attempt, the backoff between them and decoding the
   * result; 2 minutes by default. When it passes, the call fails with {@link
   * dev.apigw.core.exception.ApiCallTimeoutException} and is not retried; no retry starts whose
   * backoff would end after it.
   */
  public final B apiCallTimeout(Duration apiCallTimeout) {
    this.apiCallTimeout = positive(apiCallTimeout, "apiCallTimeout");
    return self();
  }

  /**
   * The longest one attempt may take, from connecting to reading the last byte of the response; 30
   * seconds by default. When it passes, the attempt fails with {@link
   * dev.apigw.core.exception.ApiCallAttemptTimeoutException}, which is retried.
   */
  public final B apiCallAttemptTimeout(Duration apiCallAttemptTimeout) {
    this.apiCallAttemptTimeout = positive(apiCallAttemptTimeout, "apiCallAttemptTimeout");
    return self();
  }

  /**
   * A product token appended to the SDK's {@code User-Agent} after a space, such as {@code
   * my-app/1.2}. Must be printable ASCII and not blank.
   */
  public final B userAgent(String productToken) {
    Arguments.requireNonNull(productToken, "userAgent");
    UserAgentStage.create(productToken); // checks it
    this.userAgentSuffix = productToken;
    return self();
  }

  /**
   * For the builders of asynchronous clients: the executor that completes the client's futures, and
   * so runs the callbacks chained on them without {@code Async}.
   */
  protected final void setFutureCompletionExecutor(Executor executor) {
    this.futureCompletionExecutor = Arguments.requireNonNull(executor, "futureCompletionExecutor");
  }

  /**
   * A new client. Settings not made on this builder are resolved from the system properties, the
   * environment and the shared profile files, in the AWS SDKs' order, with no network I/O:
   * credentials are fetched on the first call, and so is the region when only instance metadata can
   * give it. Fails with {@link IllegalStateException} naming the setting and where it came from
   * when a setting is invalid, when the endpoint rules refuse the combination (such as FIPS with a
   * custom endpoint), or when no region is found and instance metadata is disabled.
   */
  public final C build() {
    return buildWith(Environment.system());
  }

  /**
   * {@link #build()} over the given environment instead of the process's: for this SDK's own
   * service clients, which follow the environment of the client that needs them, and for tests.
   */
  protected final C buildWith(Environment environment) {
    Arguments.requireNonNull(environment, "environment");
    ClientConfig config = ClientConfig.of(environment);
    try {
      return newClient(new ClientRuntime(settings(config)));
    } catch (IllegalStateException | SdkClientException e) {
      // A broken setting or profile file, named with the client it stops.
      throw new IllegalStateException(service.clientName() + " builder: " + e.getMessage(), e);
    }
  }

  private ClientRuntime.Settings settings(ClientConfig config) {
    boolean fips =
        fipsEnabled != null
            ? fipsEnabled
            : config
                .setting(FIPS_PROPERTY, FIPS_VARIABLE, FIPS_PROFILE_KEY)
                .map(Setting::asBoolean)
                .orElse(false);
    boolean dualstack =
        dualstackEnabled != null
            ? dualstackEnabled
            : config
                .setting(DUALSTACK_PROPERTY, DUALSTACK_VARIABLE, DUALSTACK_PROFILE_KEY)
                .map(Setting::asBoolean)
                .orElse(false);
    URI configured = endpoint;
    if (configured == null) {
      Optional<Setting> found =
          ConfiguredEndpoint.find(config, service.serviceId(), service.endpointPropertySuffix());
      if (found.isPresent()) {
        configured = configuredEndpoint(found.get());
      }
    }
    RetryStrategy retry = retryStrategy != null ? retryStrategy : RetrySettings.resolve(config);
    CredentialsProvider credentials = credentialsProvider;
    if (credentials == null) {
      // create() is the shared chain over this process's environment; it also registers the chain
      // that DefaultCredentialsChains builds over any other (a test's).
      credentials = DefaultCredentialsProvider.create();
      if (config.environment() != Environment.system()) {
        credentials = DefaultCredentialsChains.over(config.environment());
      }
    }
    URI explicit = configured;
    String configuredRegion =
        region != null ? region : RegionSettings.find(config).map(Setting::value).orElse(null);
    ClientRuntime.Target target = null;
    Supplier<ClientRuntime.Target> deferred;
    if (configuredRegion != null) {
      target =
          new ClientRuntime.Target(
              configuredRegion, endpointFor(configuredRegion, fips, dualstack, explicit));
      ClientRuntime.Target known = target;
      deferred = () -> known;
    } else if (instanceMetadataDisabled(config)) {
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
            return new ClientRuntime.Target(
                instanceRegion, endpointFor(instanceRegion, fips, dualstack, explicit));
          };
    }
    return new ClientRuntime.Settings(
        service,
        target,
        deferred,
        credentials,
        httpClient,
        clock,
        retry,
        apiCallTimeout,
        apiCallAttemptTimeout,
        userAgentSuffix,
        futureCompletionExecutor);
  }

  private static boolean instanceMetadataDisabled(ClientConfig config) {
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

  /**
   * A configured endpoint, checked as {@link #endpoint(URI)} checks one; the error names where it
   * was set.
   */
  private static URI configuredEndpoint(Setting setting) {
    try {
      return checkEndpoint(new URI(setting.value()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "the endpoint from " + setting.source() + " is not valid: " + e.getMessage(), e);
    }
  }

  private static Duration positive(@Nullable Duration value, String name) {
    Arguments.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
    // Longer than nanoseconds can count (about 292 years) is as good as no limit; kept countable.
    return value.compareTo(LONGEST) > 0 ? LONGEST : value;
  }

  /** Checks an endpoint before it is accepted; the message never repeats user info. */
  private static URI checkEndpoint(@Nullable URI endpoint) {
    Arguments.requireNonNull(endpoint, "endpoint");
    String scheme = endpoint.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      throw new IllegalArgumentException(
          "endpoint must be an absolute http or https URI, such as "
              + "https://apigateway.us-east-1.amazonaws.com");
    }
    if (endpoint.getRawUserInfo() != null) {
      throw new IllegalArgumentException("endpoint must not contain user info");
    }
    if (endpoint.getHost() == null || endpoint.getHost().isEmpty()) {
      throw new IllegalArgumentException("endpoint must have a host: " + endpoint);
    }
    if (endpoint.getRawQuery() != null || endpoint.getRawFragment() != null) {
      throw new IllegalArgumentException("endpoint must not have a query or fragment: " + endpoint);
    }
    String path = endpoint.getRawPath();
    if (path != null && !path.isEmpty()) {
      try {
        HttpRequestSpec.builder("GET", path);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "endpoint has an invalid base path: " + e.getMessage(), e);
      }
    }
    try {
      okhttp3.HttpUrl.get(endpoint.toString());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("endpoint is not a valid HTTP URL: " + e.getMessage(), e);
    }
    return endpoint;
  }
}
