package dev.apigw.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.retry.RetryStrategy;
import dev.apigw.model.CreateRouteRequest;
import dev.apigw.model.GetApiResult;
import dev.apigw.model.GetRoutesRequest;
import dev.apigw.model.UntagResourceRequest;
import dev.apigw.model.UpdateRouteRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The client's builder and lifecycle, through the generated client against MockWebServer. */
class ClientBuilderTest {
  private static final Credentials CREDENTIALS =
      Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
  private static final Credentials SESSION_CREDENTIALS =
      Credentials.of(
          "ASIAEXAMPLEEXAMPLE",
          "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
          "IQoJb3JpZ2luX2VjEXAMPLEtoken+/=");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-14T09:26:53Z"), ZoneOffset.UTC);

  private final MockWebServer server = new MockWebServer();
  private final List<AutoCloseable> toClose = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable closeable : toClose) {
      closeable.close();
    }
    server.close();
  }

  // ---- region, endpoint, credentials
  // ---------------------------------------------------------------------------

  /**
   * Runs {@code body} with instance metadata switched off and the profile files pointed at nothing.
   */
  private static void isolatedFromTheMachine(Runnable body) {
    Map<String, String> saved = new HashMap<>();
    Map<String, String> settings =
        Map.of(
            "aws.disableEc2Metadata",
            "true",
            "aws.configFile",
            "/nonexistent/apigw-test/config",
            "aws.sharedCredentialsFile",
            "/nonexistent/apigw-test/creds");
    settings.keySet().forEach(name -> saved.put(name, System.getProperty(name)));
    settings.forEach(System::setProperty);
    try {
      body.run();
    } finally {
      saved.forEach(
          (name, value) -> {
            if (value == null) {
              System.clearProperty(name);
            } else {
              System.setProperty(name, value);
            }
          });
    }
  }

  @Test
  void withoutARegionAndWithoutInstanceMetadataBuildFailsNamingWhereItLooked() {
    assumeTrue(
        System.getenv("AWS_REGION") == null
            && System.getenv("AWS_DEFAULT_REGION") == null
            && System.getProperty("aws.region") == null,
        "AWS_REGION, AWS_DEFAULT_REGION or aws.region is set in this JVM, so a region is found without region()");
    ApiGatewayV2Client.Builder builder =
        ApiGatewayV2Client.builder().endpoint(endpoint()).credentials(CREDENTIALS);

    isolatedFromTheMachine(
        () ->
            assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no region")
                .hasMessageContaining("AWS_REGION"));
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void withoutCredentialsTheChainRunsOnTheFirstCallAndNamesEverySource() {
    assumeTrue(
        System.getenv("AWS_ACCESS_KEY_ID") == null
            && System.getProperty("aws.accessKeyId") == null
            && System.getenv("AWS_WEB_IDENTITY_TOKEN_FILE") == null
            && System.getenv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") == null
            && System.getenv("AWS_CONTAINER_CREDENTIALS_FULL_URI") == null,
        "credentials are configured in this JVM's environment, so the chain finds some");
    isolatedFromTheMachine(
        () -> {
          ApiGatewayV2Client client =
              ApiGatewayV2Client.builder().region("us-east-1").endpoint(endpoint()).build();
          toClose.add(client);
          assertThatThrownBy(() -> client.getApis(b -> {}))
              .isInstanceOf(SdkClientException.class)
              .hasMessageContaining("could not resolve credentials")
              .hasMessageContaining("AWS_ACCESS_KEY_ID")
              .hasMessageContaining("aws.accessKeyId")
              .hasMessageContaining("ProfileCredentialsProvider")
              .hasMessageContaining("ContainerCredentialsProvider")
              .hasMessageContaining("InstanceProfileCredentialsProvider");
        });
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void settersRejectNullAndInvalidValuesNamingTheArgument() {
    ApiGatewayV2Client.Builder builder = ApiGatewayV2Client.builder();

    assertThatThrownBy(() -> builder.region(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("region");
    assertThatThrownBy(() -> builder.region("US East 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("region");
    assertThatThrownBy(() -> builder.endpoint(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("endpoint");
    assertThatThrownBy(() -> builder.credentials(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("credentials");
    assertThatThrownBy(() -> builder.credentialsProvider(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("credentialsProvider");
    assertThatThrownBy(() -> builder.httpClient(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("httpClient");
    assertThatThrownBy(() -> builder.clock(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("clock");
    assertThatThrownBy(() -> builder.retryStrategy(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retryStrategy must not be null");
    assertThatThrownBy(() -> builder.apiCallTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("apiCallTimeout");
    assertThatThrownBy(() -> builder.apiCallAttemptTimeout(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("apiCallAttemptTimeout");
  }

  @Test
  void theRuntimeSettingsChainOnTheServicesOwnBuilder() {
    ApiGatewayV2Client.Builder builder =
        ApiGatewayV2Client.builder()
            .retryStrategy(RetryStrategy.adaptive().withMaxAttempts(4))
            .apiCallTimeout(Duration.ofSeconds(9))
            .apiCallAttemptTimeout(Duration.ofSeconds(3))
            .region("eu-west-1")
            .credentials(Credentials.of("AKID", "SECRET"));

    try (ApiGatewayV2Client client = builder.build()) {
      assertThat(client.toString())
          .contains(
              "region=eu-west-1",
              "RetryStrategy{adaptive, maxAttempts=4",
              "apiCallTimeout=9000 ms",
              "apiCallAttemptTimeout=3000 ms")
          .doesNotContain("SECRET");
    }
  }

  @Test
  void theDefaultEndpointComesFromTheRegionWithoutSendingAnything() {
    ApiGatewayV2Client east =
        track(ApiGatewayV2Client.builder().region("us-east-1").credentials(CREDENTIALS).build());
    ApiGatewayV2Client china =
        track(ApiGatewayV2Client.builder().region("cn-north-1").credentials(CREDENTIALS).build());
    ApiGatewayV2Client govCloud =
        track(
            ApiGatewayV2Client.builder().region("us-gov-west-1").credentials(CREDENTIALS).build());

    assertThat(east.toString())
        .contains("region=us-east-1", "endpoint=https://apigateway.us-east-1.amazonaws.com/");
    assertThat(china.toString())
        .contains("endpoint=https://apigateway.cn-north-1.amazonaws.com.cn/");
    assertThat(govCloud.toString())
        .contains("endpoint=https://apigateway.us-gov-west-1.amazonaws.com/");
    assertThat(east.toString()).doesNotContain(CREDENTIALS.secretAccessKey());
  }

  @Test
  void explicitCredentialsSignEveryRequest() throws Exception {
    server.enqueue(ok("{}"));
    ApiGatewayV2Client client = client(b -> b.credentials(CREDENTIALS));

    client.getApis(b -> {});

    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getHeaders().get("X-Amz-Date")).isEqualTo("20260314T092653Z");
    assertThat(recorded.getHeaders().get("X-Amz-Security-Token")).isNull();
    assertThat(recorded.getHeaders().get("Authorization"))
        .matches(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260314/us-east-1/apigateway/aws4_request, "
                + "SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=[0-9a-f]{64}");
  }

  @Test
  void aSessionTokenIsSentAsXAmzSecurityTokenAndSigned() throws Exception {
    server.enqueue(ok("{}"));
    ApiGatewayV2Client client = client(b -> b.credentials(SESSION_CREDENTIALS));

    client.getApis(b -> {});

    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getHeaders().get("X-Amz-Security-Token"))
        .isEqualTo("IQoJb3JpZ2luX2VjEXAMPLEtoken+/=");
    assertThat(recorded.getHeaders().get("Authorization"))
        .contains("Credential=ASIAEXAMPLEEXAMPLE/")
        .contains("SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token,");
  }

  @Test
  void aCredentialsProviderIsAskedOnEveryCall() throws Exception {
    server.enqueue(ok("{}"));
    server.enqueue(ok("{}"));
    AtomicInteger calls = new AtomicInteger();
    ApiGatewayV2Client client =
        client(
            b ->
                b.credentialsProvider(
                    () -> calls.incrementAndGet() == 1 ? CREDENTIALS : SESSION_CREDENTIALS));

    client.getApis(b -> {});
    client.getApis(b -> {});

    assertThat(server.takeRequest().getHeaders().get("Authorization"))
        .contains("Credential=AKIDEXAMPLE/");
    assertThat(server.takeRequest().getHeaders().get("Authorization"))
        .contains("Credential=ASIAEXAMPLEEXAMPLE/");
    assertThat(calls).hasValue(2);
  }

  @Test
  void sendsTheSdkAndJavaVersionsAsUserAgent() throws Exception {
    server.enqueue(ok("{}"));
    ApiGatewayV2Client client = client(b -> {});

    client.getApis(b -> {});

    assertThat(server.takeRequest().getHeaders().get("User-Agent"))
        .matches(
            "apigw-java/[0-9]+\\.[0-9]+\\.[0-9]+[0-9A-Za-z.+_-]* java/"
                + Pattern.quote(System.getProperty("java.version")))
        .doesNotContain("unknown", "${");
  }

  @ParameterizedTest(name = "base path {0}")
  @ValueSource(strings = {"/prefix", "/prefix/", "/a/b"})
  void anEndpointWithABasePathPrefixesEveryPath(String basePath) throws Exception {
    server.enqueue(ok("{}"));
    server.enqueue(ok("{\"items\":[{\"routeKey\":\"GET /pets\"}]}"));
    server.enqueue(new MockResponse.Builder().code(204).build());
    ApiGatewayV2Client client =
        client(b -> b.endpoint(URI.create("http://127.0.0.1:" + server.getPort() + basePath)));
    String base = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;

    client.getApi(b -> b.apiId("a1"));
    client.getRoutesPaginator(b -> b.apiId("a1").maxResults("5")).forEach(page -> {});
    client.untagResource(
        b -> b.resourceArn("arn:aws:apigateway:us-east-1::/apis/a1").addTagKey("k"));

    assertThat(server.takeRequest().getTarget()).isEqualTo(base + "/v2/apis/a1");
    assertThat(server.takeRequest().getTarget())
        .isEqualTo(base + "/v2/apis/a1/routes?maxResults=5");
    assertThat(server.takeRequest().getTarget())
        .isEqualTo(
            base + "/v2/tags/arn%3Aaws%3Aapigateway%3Aus-east-1%3A%3A%2Fapis%2Fa1?tagKeys=k");
    assertThat(client.toString()).contains("endpoint=http://127.0.0.1:" + server.getPort() + base);
  }

  // ---- the HTTP client and the lifecycle
  // -----------------------------------------------------------------------

  @Test
  void aSuppliedOkHttpClientIsUsedAndCloseLeavesItRunning() throws Exception {
    server.enqueue(ok("{}"));
    server.enqueue(ok("still open"));
    List<String> seen = new CopyOnWriteArrayList<>();
    OkHttpClient httpClient =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  seen.add(chain.request().method() + " " + chain.request().url().encodedPath());
                  return chain.proceed(chain.request());
                })
            .build();
    ApiGatewayV2Client client = client(b -> b.httpClient(httpClient));

    client.getApi(b -> b.apiId("a1"));
    client.close();

    assertThat(seen).containsExactly("GET /v2/apis/a1");
    assertThat(httpClient.dispatcher().executorService().isShutdown()).isFalse();
    try (Response response =
        httpClient.newCall(new Request.Builder().url(endpoint() + "/direct").build()).execute()) {
      assertThat(response.body().string()).isEqualTo("still open");
    }
    assertThat(seen).containsExactly("GET /v2/apis/a1", "GET /direct");
    httpClient.dispatcher().executorService().shutdown();
    httpClient.connectionPool().evictAll();
  }

  @Test
  void aSuppliedOkHttpClientNeverReplaysASignedRequestToARedirect() throws Exception {
    server.enqueue(
        new MockResponse.Builder().code(307).addHeader("Location", "/elsewhere").build());
    server.enqueue(
        ok("{\"name\":\"n\",\"protocolType\":\"HTTP\",\"routeSelectionExpression\":\"r\"}"));
    OkHttpClient followsRedirects = new OkHttpClient.Builder().followRedirects(true).build();
    ApiGatewayV2Client client = client(b -> b.httpClient(followsRedirects));

    assertThatThrownBy(() -> client.getApi(b -> b.apiId("a1")))
        .isInstanceOf(dev.apigw.core.exception.ServiceException.class)
        .satisfies(
            e ->
                assertThat(((dev.apigw.core.exception.ServiceException) e).statusCode())
                    .isEqualTo(307));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(followsRedirects.followRedirects()).isTrue();
    followsRedirects.dispatcher().executorService().shutdown();
  }

  @Test
  void callsAfterCloseFailWithoutSending() {
    ApiGatewayV2Client client = client(b -> {});

    client.close();
    client.close();

    assertThatThrownBy(() -> client.getApis(b -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed")
        .hasMessageContaining("GetApis");
    assertThatThrownBy(() -> client.getRoutesPaginator(b -> b.apiId("a1")).iterator().hasNext())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThat(server.getRequestCount()).isZero();
  }

  // ---- the Consumer overloads
  // ----------------------------------------------------------------------------------

  /** One call made through the request overload and through the Consumer overload. */
  interface Call {
    void invoke(ApiGatewayV2Client client);
  }

  static Stream<Named<Call[]>> overloadPairs() {
    return Stream.of(
        Named.of(
            "CreateRoute",
            new Call[] {
              c ->
                  c.createRoute(
                      CreateRouteRequest.builder()
                          .apiId("a1")
                          .routeKey("GET /pets")
                          .target("integrations/abc123")
                          .addAuthorizationScope("pets:read")
                          .build()),
              c ->
                  c.createRoute(
                      b ->
                          b.apiId("a1")
                              .routeKey("GET /pets")
                              .target("integrations/abc123")
                              .addAuthorizationScope("pets:read"))
            }),
        Named.of(
            "GetRoutes",
            new Call[] {
              c ->
                  c.getRoutes(
                      GetRoutesRequest.builder()
                          .apiId("a1")
                          .maxResults("10")
                          .nextToken("t 1")
                          .build()),
              c -> c.getRoutes(b -> b.apiId("a1").maxResults("10").nextToken("t 1"))
            }),
        Named.of(
            "UpdateRoute",
            new Call[] {
              c ->
                  c.updateRoute(
                      UpdateRouteRequest.builder()
                          .apiId("a1")
                          .routeId("r1")
                          .target("integrations/x")
                          .authorizationScopes(List.of())
                          .build()),
              c ->
                  c.updateRoute(
                      b ->
                          b.apiId("a1")
                              .routeId("r1")
                              .target("integrations/x")
                              .authorizationScopes(List.of()))
            }),
        Named.of(
            "UntagResource",
            new Call[] {
              c ->
                  c.untagResource(
                      UntagResourceRequest.builder()
                          .resourceArn("arn:aws:apigateway:us-east-1::/apis/a1")
                          .addTagKeys("a", "b")
                          .build()),
              c ->
                  c.untagResource(
                      b ->
                          b.resourceArn("arn:aws:apigateway:us-east-1::/apis/a1")
                              .addTagKeys("a", "b"))
            }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overloadPairs")
  void theConsumerOverloadSendsTheSameRequestAsTheRequestOverload(Call[] calls) throws Exception {
    server.enqueue(ok("{}"));
    server.enqueue(ok("{}"));
    ApiGatewayV2Client client = client(b -> {});

    calls[0].invoke(client);
    calls[1].invoke(client);

    RecordedRequest viaRequest = server.takeRequest();
    RecordedRequest viaConsumer = server.takeRequest();
    assertThat(viaConsumer.getRequestLine()).isEqualTo(viaRequest.getRequestLine());
    assertThat(viaConsumer.getBody()).isEqualTo(viaRequest.getBody());
    for (String header :
        List.of("Content-Type", "X-Amz-Date", "x-amz-content-sha256", "Authorization")) {
      assertThat(viaConsumer.getHeaders().get(header))
          .as(header)
          .isEqualTo(viaRequest.getHeaders().get(header));
    }
  }

  // ---- concurrency
  // ---------------------------------------------------------------------------------------------

  @Test
  void oneClientServesManyThreads() throws Exception {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String apiId = request.getUrl().pathSegments().get(2);
            return new MockResponse.Builder()
                .code(200)
                .addHeader("x-amzn-RequestId", "req-" + apiId)
                .body(
                    "{\"apiId\":\""
                        + apiId
                        + "\",\"name\":\"api "
                        + apiId
                        + "\",\"protocolType\":\"HTTP\"}")
                .build();
          }
        });
    ApiGatewayV2Client client = client(b -> {});
    int threads = 8;
    int callsPerThread = 10;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Callable<List<String>>> tasks = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      tasks.add(
          () -> {
            List<String> problems = new ArrayList<>();
            for (int i = 0; i < callsPerThread; i++) {
              String apiId = "api-" + thread + "-" + i;
              GetApiResult result = client.getApi(b -> b.apiId(apiId));
              if (!result.apiId().equals(java.util.Optional.of(apiId))
                  || !result.name().equals(java.util.Optional.of("api " + apiId))
                  || !result
                      .responseMetadata()
                      .requestId()
                      .equals(java.util.Optional.of("req-" + apiId))) {
                problems.add(apiId + " got " + result);
              }
            }
            return problems;
          });
    }

    List<String> problems = new ArrayList<>();
    try {
      for (Future<List<String>> future : pool.invokeAll(tasks)) {
        problems.addAll(future.get(60, TimeUnit.SECONDS)); // a hang guard, not a timing assertion
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(problems).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(threads * callsPerThread);
  }

  // ---- helpers
  // -------------------------------------------------------------------------------------------------

  private URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getPort());
  }

  private ApiGatewayV2Client client(Consumer<ApiGatewayV2Client.Builder> settings) {
    ApiGatewayV2Client.Builder builder =
        ApiGatewayV2Client.builder()
            .region("us-east-1")
            .endpoint(endpoint())
            .credentials(CREDENTIALS)
            .clock(CLOCK);
    settings.accept(builder);
    return track(builder.build());
  }

  private ApiGatewayV2Client track(ApiGatewayV2Client client) {
    toClose.add(client);
    return client;
  }

  private static MockResponse ok(String body) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }
}
