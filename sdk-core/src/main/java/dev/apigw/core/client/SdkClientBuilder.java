package dev.apigw.core.client;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.http.ProxyConfiguration;
import dev.apigw.core.interceptor.ExecutionInterceptor;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.config.ClientDefaults;
import dev.apigw.core.internal.endpoints.ConfiguredEndpoint;
import dev.apigw.core.internal.pipeline.UserAgentStage;
import dev.apigw.core.internal.runtime.ClientOptions;
import dev.apigw.core.lang.Arguments;
import dev.apigw.core.metrics.MetricPublisher;
import dev.apigw.core.region.Regions;
import dev.apigw.core.retry.RetryStrategy;
import dev.apigw.core.service.ServiceMetadata;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import okhttp3.OkHttpClient;

/**
 * The settings every service client has, and the one place they are resolved into a {@link
 * ClientRuntime}. A generated client's builder extends it with what is specific to its service and
 * nothing else.
 *
 * <p>Setters check their argument at once and fail with {@link IllegalArgumentException} naming it.
 * {@link #build()} resolves what was not set from the system properties, the environment and the
 * shared profile files (region, endpoint, FIPS and dual-stack, retries, proxy; credentials from the
 * provider the service's builder hands down, {@code DefaultCredentialsProvider} for the generated
 * ones), without network I/O, and may be called more than once. Not thread-safe.
 *
 * @param <B> the concrete builder, returned by every setter
 * @param <C> the client it builds
 */
public abstract class SdkClientBuilder<B extends SdkClientBuilder<B, C>, C> {
  /** The default {@link #apiCallTimeout(Duration)}: 2 minutes for a call, retries included. */
  public static final Duration DEFAULT_API_CALL_TIMEOUT = ClientDefaults.API_CALL_TIMEOUT;

  /** The default {@link #apiCallAttemptTimeout(Duration)}: 30 seconds for each attempt. */
  public static final Duration DEFAULT_API_CALL_ATTEMPT_TIMEOUT =
      ClientDefaults.API_CALL_ATTEMPT_TIMEOUT;

  /** How long the client's own OkHttp client waits for a connection: 2 s, as the AWS SDK. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = ClientDefaults.CONNECT_TIMEOUT;

  /** How long the client's own OkHttp client waits on a silent socket: 30 s, as the AWS SDK. */
  public static final Duration DEFAULT_SOCKET_TIMEOUT = ClientDefaults.SOCKET_TIMEOUT;

  /** How many idle connections the own OkHttp client keeps: 50, the AWS SDK's (OkHttp's is 5). */
  public static final int DEFAULT_MAX_IDLE_CONNECTIONS = ClientDefaults.MAX_IDLE_CONNECTIONS;

  /** How long the own OkHttp client keeps an idle connection: 60 s, the AWS SDK's as well. */
  public static final Duration DEFAULT_CONNECTION_MAX_IDLE_TIME =
      ClientDefaults.CONNECTION_MAX_IDLE_TIME;

  /** How many calls are on the wire at once through the own OkHttp client: 50, as the AWS SDK. */
  public static final int DEFAULT_MAX_CONCURRENCY = ClientDefaults.MAX_CONCURRENCY;

  private final ServiceMetadata service;
  private final ClientOptions options = new ClientOptions();

  protected SdkClientBuilder(ServiceMetadata service) {
    this.service = Arguments.requireNonNull(service, "service");
  }

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
    options.region = Regions.requireValid(region);
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
    options.endpoint = ConfiguredEndpoint.check(endpoint);
    return self();
  }

  /**
   * Where credentials come from; asked before every attempt is signed. By default {@link
   * dev.apigw.core.credentials.DefaultCredentialsProvider}, which runs its chain on the first call.
   */
  public final B credentialsProvider(CredentialsProvider credentialsProvider) {
    options.credentialsProvider =
        Arguments.requireNonNull(credentialsProvider, "credentialsProvider");
    return self();
  }

  /** Fixed credentials. */
  public final B credentials(Credentials credentials) {
    options.credentialsProvider =
        CredentialsProvider.of(Arguments.requireNonNull(credentials, "credentials"));
    return self();
  }

  /**
   * An OkHttp client to share pools and threads with; closing the SDK client leaves it open. Its
   * interceptors, timeouts and proxy apply ({@link #proxyConfiguration} replaces the proxy); the
   * SDK's deadlines still bound every call, without redirects or silent retries. Asynchronous calls
   * run on its dispatcher, within its {@code maxRequestsPerHost}.
   */
  public final B httpClient(OkHttpClient httpClient) {
    options.httpClient = Arguments.requireNonNull(httpClient, "httpClient");
    return self();
  }

  /**
   * The HTTP proxy for requests and the default credentials chain's STS and SSO calls; {@link
   * ProxyConfiguration#none()} for none. Without it, the system properties or variables name it, as
   * {@link ProxyConfiguration} tells, except for an OkHttp client handed in, which keeps its own.
   */
  public final B proxyConfiguration(ProxyConfiguration proxyConfiguration) {
    options.proxyConfiguration = Arguments.requireNonNull(proxyConfiguration, "proxyConfiguration");
    return self();
  }

  /** The clock to sign with, plus any clock skew the client learns; the system clock by default. */
  public final B clock(Clock clock) {
    options.clock = Arguments.requireNonNull(clock, "clock");
    return self();
  }

  /**
   * Whether to use the region's FIPS endpoint; by default {@code aws.useFipsEndpoint}, {@code
   * AWS_USE_FIPS_ENDPOINT} or the profile's {@code use_fips_endpoint}, else false.
   */
  public final B fipsEnabled(boolean fipsEnabled) {
    options.fipsEnabled = fipsEnabled;
    return self();
  }

  /**
   * Whether to use the region's dual-stack (IPv4 and IPv6) endpoint; by default {@code
   * aws.useDualstackEndpoint}, {@code AWS_USE_DUALSTACK_ENDPOINT} or the profile's {@code
   * use_dualstack_endpoint}, else false.
   */
  public final B dualstackEnabled(boolean dualstackEnabled) {
    options.dualstackEnabled = dualstackEnabled;
    return self();
  }

  /**
   * How failed attempts are retried; by default {@link RetryStrategy#standard()}, or the mode and
   * attempts from {@code aws.retryMode} / {@code AWS_RETRY_MODE} / the profile's {@code retry_mode}
   * and {@code aws.maxAttempts} / {@code AWS_MAX_ATTEMPTS} / {@code max_attempts}.
   */
  public final B retryStrategy(RetryStrategy retryStrategy) {
    options.retryStrategy = Arguments.requireNonNull(retryStrategy, "retryStrategy");
    return self();
  }

  /**
   * The longest a whole call may take: every attempt, the backoff between them and decoding the
   * result; 2 minutes by default. When it passes, the call fails with {@link
   * dev.apigw.core.exception.ApiCallTimeoutException} and is not retried; no retry starts whose
   * backoff would end after it.
   */
  public final B apiCallTimeout(Duration apiCallTimeout) {
    options.apiCallTimeout = ClientOptions.timeout(apiCallTimeout, "apiCallTimeout");
    return self();
  }

  /**
   * The longest one attempt may take, from connecting to reading the last byte of the response; 30
   * seconds by default. When it passes, the attempt fails with {@link
   * dev.apigw.core.exception.ApiCallAttemptTimeoutException}, which is retried.
   */
  public final B apiCallAttemptTimeout(Duration apiCallAttemptTimeout) {
    options.apiCallAttemptTimeout =
        ClientOptions.timeout(apiCallAttemptTimeout, "apiCallAttemptTimeout");
    return self();
  }

  /**
   * A product token appended to the SDK's {@code User-Agent} after a space, such as {@code
   * my-app/1.2}. Must be printable ASCII and not blank.
   */
  public final B userAgent(String productToken) {
    options.userAgentSuffix = UserAgentStage.checked(productToken, "userAgent");
    return self();
  }

  /** Names your application in {@code User-Agent} ({@code app/<appId>}); the README says more. */
  public final B appId(String appId) {
    options.appId = UserAgentStage.checked(appId, "appId");
    return self();
  }

  /** Adds an {@link ExecutionInterceptor} that every call runs, after those added before it. */
  public final B addExecutionInterceptor(ExecutionInterceptor interceptor) {
    options.executionInterceptors.add(Arguments.requireNonNull(interceptor, "interceptor"));
    return self();
  }

  /**
   * Adds a {@link MetricPublisher} told of every call's metrics once the call ended, after those
   * added before it. Closing the client closes it.
   */
  public final B addMetricPublisher(MetricPublisher publisher) {
    options.metricPublishers.add(Arguments.requireNonNull(publisher, "publisher"));
    return self();
  }

  /**
   * For the builders of asynchronous clients: the executor that completes the client's futures, and
   * so runs the callbacks chained on them without {@code Async}.
   */
  protected final void setFutureCompletionExecutor(Executor executor) {
    options.futureCompletionExecutor =
        Arguments.requireNonNull(executor, "futureCompletionExecutor");
  }

  /**
   * A new client. Settings not made here are resolved from the system properties, the environment
   * and the profile files in the AWS SDKs' order, with no network I/O (credentials, and a region
   * from instance metadata, wait for the first call). Fails with {@link IllegalStateException}
   * naming a setting and its source when it is invalid, refused by the endpoint rules or missing.
   */
  public final C build() {
    return buildWith(Environment.system());
  }

  /**
   * {@link #build()} over the given environment: for this SDK's own service clients and tests.
   * {@code Environment} is exported only to the SDK's own modules, which alone extend this class.
   */
  @SuppressWarnings("exports")
  protected final C buildWith(Environment environment) {
    Arguments.requireNonNull(environment, "environment");
    return newClient(
        ClientRuntime.build(service, options, environment, this::defaultCredentialsProvider));
  }

  /**
   * The credentials provider of a client built without one, calling STS and SSO through {@code
   * proxyConfiguration}. The chain sits a floor above, so the generated builders hand {@code
   * DefaultCredentialsProvider} down here; without it, {@code build()} fails naming the setters.
   */
  @SuppressWarnings("exports") // Environment: see buildWith
  protected CredentialsProvider defaultCredentialsProvider(
      Environment environment, ProxyConfiguration proxyConfiguration) {
    throw new IllegalStateException(
        "no credentials: call credentialsProvider(...) or credentials(...)");
  }
}
