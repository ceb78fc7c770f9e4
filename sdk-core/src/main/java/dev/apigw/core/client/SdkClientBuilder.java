package dev.apigw.core.client;

import dev.apigw.core.Arguments;
import dev.apigw.core.Nullable;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.auth.EnvironmentCredentialsProvider;
import dev.apigw.core.http.HttpRequestSpec;
import dev.apigw.core.internal.pipeline.UserAgentStage;
import dev.apigw.core.region.Regions;
import dev.apigw.core.retry.RetryStrategy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * The settings every service client has, and the one place they are resolved into a {@link ClientRuntime}. A
 * generated client's builder extends it with what is specific to its service and nothing else.
 *
 * <p>Setters check their argument at once and fail with {@link IllegalArgumentException} naming it. {@link #build()}
 * resolves what was not set (region from {@code AWS_REGION} or {@code AWS_DEFAULT_REGION}, credentials from
 * {@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY}, the endpoint from the region), without network I/O,
 * and may be called more than once. Not thread-safe.
 *
 * @param <B> the concrete builder, returned by every setter
 * @param <C> the client it builds
 */
public abstract class SdkClientBuilder<B extends SdkClientBuilder<B, C>, C> {
  /** The default {@link #apiCallTimeout(Duration)}: 2 minutes for the whole call, retries included. */
  public static final Duration DEFAULT_API_CALL_TIMEOUT = Duration.ofMinutes(2);
  /** The default {@link #apiCallAttemptTimeout(Duration)}: 30 seconds for each attempt. */
  public static final Duration DEFAULT_API_CALL_ATTEMPT_TIMEOUT = Duration.ofSeconds(30);
  /** How long the client's own OkHttp client waits for a connection: 2 seconds, as the AWS SDK for Java v2. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);
  /** How long the client's own OkHttp client waits on a silent socket: 30 seconds, as the AWS SDK for Java v2. */
  public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration LONGEST = Duration.ofNanos(Long.MAX_VALUE);

  private final ServiceMetadata service;
  private @Nullable String region;
  private @Nullable URI endpoint;
  private @Nullable CredentialsProvider credentialsProvider;
  private @Nullable OkHttpClient httpClient;
  private Clock clock = Clock.systemUTC();
  private RetryStrategy retryStrategy = RetryStrategy.standard();
  private Duration apiCallTimeout = DEFAULT_API_CALL_TIMEOUT;
  private Duration apiCallAttemptTimeout = DEFAULT_API_CALL_ATTEMPT_TIMEOUT;
  private @Nullable String userAgentSuffix;

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

  /** The region, such as {@code us-east-1}; by default {@code AWS_REGION}, then {@code AWS_DEFAULT_REGION}. */
  public final B region(String region) {
    this.region = Regions.requireValid(region);
    return self();
  }

  /**
   * Where to send requests instead of the region's endpoint, such as a local test server
   * ({@code http://127.0.0.1:8080}). A path in it is put before every request path. Must be http or https with a
   * host, and without user info, query or fragment.
   */
  public final B endpoint(URI endpoint) {
    this.endpoint = checkEndpoint(endpoint);
    return self();
  }

  /**
   * Where credentials come from; asked before every attempt is signed. By default the environment variables
   * {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY} and {@code AWS_SESSION_TOKEN}.
   */
  public final B credentialsProvider(CredentialsProvider credentialsProvider) {
    this.credentialsProvider = Arguments.requireNonNull(credentialsProvider, "credentialsProvider");
    return self();
  }

  /** Fixed credentials. */
  public final B credentials(Credentials credentials) {
    this.credentialsProvider = CredentialsProvider.of(Arguments.requireNonNull(credentials, "credentials"));
    return self();
  }

  /**
   * An OkHttp client to share connection pools and threads with; closing the SDK client leaves it open. Its
   * interceptors, proxy and socket timeouts apply; the SDK's call and attempt timeouts still bound every call, and
   * redirects and OkHttp's own silent retries are switched off for the SDK's calls.
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

  /** How failed attempts are retried; {@link RetryStrategy#standard()} by default. */
  public final B retryStrategy(RetryStrategy retryStrategy) {
    this.retryStrategy = Arguments.requireNonNull(retryStrategy, "retryStrategy");
    return self();
  }

  /**
   * The longest a whole call may take: every attempt, the backoff between them and decoding the result; 2 minutes
   * by default. When it passes, the call fails with {@link dev.apigw.core.exception.ApiCallTimeoutException} and is
   * not retried; no retry starts whose backoff would end after it.
   */
  public final B apiCallTimeout(Duration apiCallTimeout) {
    this.apiCallTimeout = positive(apiCallTimeout, "apiCallTimeout");
    return self();
  }

  /**
   * The longest one attempt may take, from connecting to reading the last byte of the response; 30 seconds by
   * default. When it passes, the attempt fails with
   * {@link dev.apigw.core.exception.ApiCallAttemptTimeoutException}, which is retried.
   */
  public final B apiCallAttemptTimeout(Duration apiCallAttemptTimeout) {
    this.apiCallAttemptTimeout = positive(apiCallAttemptTimeout, "apiCallAttemptTimeout");
    return self();
  }

  /**
   * A product token appended to the SDK's {@code User-Agent} after a space, such as {@code my-app/1.2}. Must be
   * printable ASCII and not blank.
   */
  public final B userAgent(String productToken) {
    Arguments.requireNonNull(productToken, "userAgent");
    UserAgentStage.create(productToken); // checks it
    this.userAgentSuffix = productToken;
    return self();
  }

  /** A new client. Fails with {@link IllegalStateException}, before any I/O, when no region or credentials are found. */
  public final C build() {
    String resolvedRegion = region != null ? region : Regions.fromEnvironment().orElseThrow(() ->
        new IllegalStateException("No region: call region(...) on the " + service.clientName()
            + " builder or set AWS_REGION"));
    CredentialsProvider resolvedCredentials = credentialsProvider;
    if (resolvedCredentials == null) {
      // Fails here, naming the missing variables, rather than on the first call.
      resolvedCredentials = CredentialsProvider.of(EnvironmentCredentialsProvider.create().resolveCredentials());
    }
    URI resolvedEndpoint = endpoint != null ? endpoint : Regions.defaultEndpoint(service.endpointPrefix(),
        resolvedRegion);
    return newClient(new ClientRuntime(new ClientRuntime.Settings(service, resolvedRegion, resolvedEndpoint,
        resolvedCredentials, httpClient, clock, retryStrategy, apiCallTimeout, apiCallAttemptTimeout,
        userAgentSuffix)));
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
      throw new IllegalArgumentException("endpoint must be an absolute http or https URI, such as "
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
        throw new IllegalArgumentException("endpoint has an invalid base path: " + e.getMessage(), e);
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
