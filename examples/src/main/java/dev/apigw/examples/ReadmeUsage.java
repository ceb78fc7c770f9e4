package dev.apigw.examples;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.credentials.DefaultCredentialsProvider;
import dev.apigw.core.http.ProxyConfiguration;
import dev.apigw.core.interceptor.ExecutionContext;
import dev.apigw.core.interceptor.ExecutionInterceptor;
import dev.apigw.core.metrics.MetricPublisher;
import dev.apigw.core.retry.RetryStrategy;
import dev.apigw.model.CreateRouteResult;
import dev.apigw.model.GetApiResult;
import dev.apigw.model.GetRoutesResult;
import dev.apigw.model.NotFoundException;
import dev.apigw.testkit.ApiGatewayV2Emulator;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Request;

/**
 * The usage code the README shows, kept here so that it compiles against the SDK as it is, and runs
 * in {@code ReadmeUsageExampleTest} against the testkit's emulator.
 *
 * <p>Each snippet is the lines between a comment {@code // README-BEGIN <section>} and the next
 * {@code // README-END}; the README quotes it verbatim (without the method's indentation), and
 * {@code ReadmeSnippetsTest} fails when the two drift apart.
 */
public final class ReadmeUsage {
  private ReadmeUsage() {}

  /** A client for a region's endpoint. */
  public static ApiGatewayV2Client createClient(String accessKeyId, String secretAccessKey) {
    // README-BEGIN Create a client
    ApiGatewayV2Client client =
        ApiGatewayV2Client.builder()
            .region("us-east-1")
            .credentials(Credentials.of(accessKeyId, secretAccessKey))
            .build();
    // README-END

    return client;
  }

  /** A client for another endpoint, such as a local test server. */
  public static ApiGatewayV2Client createClientFor(
      URI endpoint, String accessKeyId, String secretAccessKey) {
    // README-BEGIN Create a client for another endpoint
    ApiGatewayV2Client client =
        ApiGatewayV2Client.builder()
            .region("us-east-1")
            .endpoint(endpoint) // such as URI.create("http://127.0.0.1:8080")
            .credentials(Credentials.of(accessKeyId, secretAccessKey))
            .build();
    // README-END

    return client;
  }

  /** A client whose credentials come from a named profile, for a region's FIPS endpoint. */
  public static ApiGatewayV2Client createClientFromProfile() {
    // README-BEGIN Credentials from a profile
    ApiGatewayV2Client client =
        ApiGatewayV2Client.builder()
            .credentialsProvider(DefaultCredentialsProvider.builder().profileName("ops").build())
            .region("us-gov-west-1")
            .fipsEnabled(true)
            .build();
    // README-END

    return client;
  }

  /** A client with its own retry strategy and time limits. */
  public static ApiGatewayV2Client createClientWithRetries(
      String accessKeyId, String secretAccessKey) {
    // README-BEGIN Retries and timeouts
    ApiGatewayV2Client client =
        ApiGatewayV2Client.builder()
            .region("us-east-1")
            .credentials(Credentials.of(accessKeyId, secretAccessKey))
            .retryStrategy(RetryStrategy.standard().withMaxAttempts(5))
            .apiCallTimeout(Duration.ofSeconds(20))
            .apiCallAttemptTimeout(Duration.ofSeconds(5))
            .build();
    // README-END

    return client;
  }

  /** A client that sends through an HTTP proxy, with credentials for it. */
  public static ApiGatewayV2Client createClientBehindProxy(
      URI proxy,
      String proxyUser,
      String proxyPassword,
      String accessKeyId,
      String secretAccessKey) {
    // README-BEGIN Proxies
    ApiGatewayV2Client client =
        ApiGatewayV2Client.builder()
            .region("us-east-1")
            .credentials(Credentials.of(accessKeyId, secretAccessKey))
            .proxyConfiguration(
                ProxyConfiguration.builder()
                    .endpoint(proxy) // such as URI.create("http://proxy.example.com:3128")
                    .username(proxyUser)
                    .password(proxyPassword)
                    .nonProxyHosts(Set.of(".internal.example.com"))
                    .build())
            .build();
    // README-END

    return client;
  }

  /** Calls an emulator whose clock is an hour ahead of this machine's, and prints its requests. */
  public static void recoverFromClockSkew() {
    // README-BEGIN Clock skew
    try (ApiGatewayV2Emulator skewed =
        ApiGatewayV2Emulator.builder().clockSkew(Duration.ofHours(1)).start()) {
      ApiGatewayV2Client client = skewed.client();
      client.getApis(b -> {}); // refused for its signing time, then retried at once: 2 requests
      client.getApis(b -> {}); // signed at the service's time from the start: 1 request
      System.out.println(skewed.requestCount() + " requests");
    }
    // README-END
  }

  /** Creates the route {@code GET /pets}. */
  public static CreateRouteResult createRoute(ApiGatewayV2Client client, String apiId) {
    // README-BEGIN Create a route
    CreateRouteResult route =
        client.createRoute(b -> b.apiId(apiId).routeKey("GET /pets").target("integrations/abc123"));
    System.out.println(
        "Created " + route.routeKey().orElse("?") + " as " + route.routeId().orElse("?"));
    // README-END

    return route;
  }

  /** Prints every route's key. */
  public static void listAllRoutes(ApiGatewayV2Client client, String apiId) {
    // README-BEGIN List all routes
    client
        .getRoutesPaginator(b -> b.apiId(apiId))
        .itemStream()
        .forEach(route -> System.out.println(route.routeKey().orElse("?")));
    // README-END
  }

  /** Prints each page's size and routes. */
  public static void listRoutesPageByPage(ApiGatewayV2Client client, String apiId) {
    // README-BEGIN List routes page by page
    for (GetRoutesResult page : client.getRoutesPaginator(b -> b.apiId(apiId).maxResults("5"))) {
      System.out.println(
          page.items().size()
              + " routes, request id "
              + page.responseMetadata().requestId().orElse("-"));
      page.items().forEach(route -> System.out.println("  " + route.routeKey().orElse("?")));
    }
    // README-END
  }

  /** Gets an API with settings of its own for this one call. */
  public static GetApiResult getApiWithOverrides(ApiGatewayV2Client client, String apiId) {
    // README-BEGIN Per-call overrides
    GetApiResult api =
        client.getApi(
            b ->
                b.apiId(apiId)
                    .overrideConfiguration(
                        o ->
                            o.apiCallTimeout(Duration.ofSeconds(5))
                                .retryStrategy(RetryStrategy.none())
                                .putHeader("X-Request-Source", "nightly-audit")));
    // README-END

    return api;
  }

  /** A client whose every call runs the interceptor. */
  public static ApiGatewayV2Client createClientWithInterceptor(
      URI endpoint,
      String accessKeyId,
      String secretAccessKey,
      CorrelationInterceptor interceptor) {
    // README-BEGIN Add an interceptor
    ApiGatewayV2Client client =
        ApiGatewayV2Client.builder()
            .region("us-east-1")
            .endpoint(endpoint)
            .credentials(Credentials.of(accessKeyId, secretAccessKey))
            .addExecutionInterceptor(interceptor)
            .build();
    // README-END

    return client;
  }

  /** A client that prints each call that took longer than {@code threshold}. */
  public static ApiGatewayV2Client createClientReportingSlowCalls(
      URI endpoint, String accessKeyId, String secretAccessKey, Duration threshold) {
    // README-BEGIN A metric publisher of your own
    MetricPublisher slowCalls =
        metrics -> {
          if (metrics.apiCallDuration().compareTo(threshold) > 0) {
            System.out.println(
                metrics.operationName()
                    + " took "
                    + metrics.apiCallDuration().toMillis()
                    + " ms in "
                    + metrics.attempts().size()
                    + " attempt(s): "
                    + metrics.outcome().tagValue()
                    + metrics.errorType().map(type -> " (" + type + ")").orElse(""));
          }
        };
    ApiGatewayV2Client client =
        ApiGatewayV2Client.builder()
            .region("us-east-1")
            .endpoint(endpoint)
            .credentials(Credentials.of(accessKeyId, secretAccessKey))
            .addMetricPublisher(slowCalls)
            .build();
    // README-END

    return client;
  }

  /** Asks for an API that does not exist. */
  public static void handleNotFound(ApiGatewayV2Client client) {
    // README-BEGIN Handle errors
    try {
      client.getApi(b -> b.apiId("nope"));
    } catch (NotFoundException e) {
      System.out.println(
          e.statusCode()
              + " "
              + e.errorMessage().orElse("")
              + " (request id "
              + e.requestId().orElse("-")
              + ")");
    }
    // README-END
  }

  // README-BEGIN An execution interceptor
  /** Adds a correlation id to every attempt, signed with the rest, and counts failed calls. */
  public static final class CorrelationInterceptor implements ExecutionInterceptor {
    private final String correlationId;
    private final AtomicInteger failedCalls = new AtomicInteger();

    public CorrelationInterceptor(String correlationId) {
      this.correlationId = correlationId;
    }

    @Override
    public Request modifyHttpRequest(ExecutionContext context, Request request) {
      return request.newBuilder().header("X-Correlation-Id", correlationId).build();
    }

    @Override
    public void onExecutionFailure(ExecutionContext context, Throwable failure) {
      failedCalls.incrementAndGet();
    }

    public int failedCalls() {
      return failedCalls.get();
    }
  }
  // README-END
}
