package dev.apigw.core.client;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.credentials.EnvironmentCredentialsProvider;
import dev.apigw.core.exception.ErrorDetails;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.http.ErrorFactory;
import dev.apigw.core.http.HttpRequestSpec;
import dev.apigw.core.http.PathLabels;
import dev.apigw.core.http.ResponseDecoder;
import dev.apigw.core.http.SdkHttpResponse;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.result.ResponseMetadata;
import dev.apigw.core.retry.RetryStrategy;
import dev.apigw.core.service.ServiceMetadata;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientRuntimeTest {
  private static final String SIGNING_NAME = "apigateway";
  private static final String REGION = "us-east-1";
  private static final Instant SIGNING_TIME = Instant.parse("2026-03-14T09:26:53Z");
  private static final Credentials CREDENTIALS =
      Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
  private static final Credentials SESSION_CREDENTIALS =
      Credentials.of(
          "ASIAEXAMPLEEXAMPLE",
          "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
          "IQoJb3JpZ2luX2VjEXAMPLEtoken+/=");
  private static final ResponseDecoder<String> BODY_TEXT = SdkHttpResponse::bodyAsString;

  private final MockWebServer server = new MockWebServer();
  private final List<ClientRuntime> runtimes = new ArrayList<>();
  private final List<ErrorDetails> factoryCalls = new ArrayList<>();

  @BeforeEach
  void startServer() throws IOException {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    runtimes.forEach(ClientRuntime::close);
    server.close();
  }

  @Test
  void sendsMethodPathQueryHeadersAndBodyAsSpecified() throws Exception {
    server.enqueue(ok("{}"));
    ClientRuntime runtime = runtime(b -> {});
    HttpRequestSpec request =
        HttpRequestSpec.builder(
                "POST",
                "/v2/tags/"
                    + PathLabels.encode("ResourceArn", "arn:aws:apigateway:us-east-1::/apis/a1"))
            .query("tagKeys", "a")
            .query("tagKeys", "b")
            .query("nextToken", "a b+c/d=e&f~ü")
            .query("empty", "")
            .header("X-Custom", "one")
            .jsonBody("{\"tags\":{\"k\":\"v\"}}".getBytes(UTF_8))
            .build();

    runtime.invoke("TagResource", request, BODY_TEXT);

    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getMethod()).isEqualTo("POST");
    assertThat(recorded.getTarget())
        .isEqualTo(
            "/v2/tags/arn%3Aaws%3Aapigateway%3Aus-east-1%3A%3A%2Fapis%2Fa1"
                + "?tagKeys=a&tagKeys=b&nextToken=a%20b%2Bc%2Fd%3De%26f~%C3%BC&empty=");
    assertThat(recorded.getHeaders().get("Content-Type")).isEqualTo("application/json");
    assertThat(recorded.getHeaders().get("X-Custom")).isEqualTo("one");
    assertThat(recorded.getBody().utf8()).isEqualTo("{\"tags\":{\"k\":\"v\"}}");
    WireSignatures.assertValidSignature(recorded, CREDENTIALS, SIGNING_NAME, REGION);
  }

  @Test
  void theWireCheckRejectsARequestChangedAfterSigning() throws Exception {
    server.enqueue(ok("{}"));
    OkHttpClient tampering =
        new OkHttpClient.Builder()
            .addNetworkInterceptor(
                chain ->
                    chain.proceed(
                        chain
                            .request()
                            .newBuilder()
                            .url(
                                chain
                                    .request()
                                    .url()
                                    .newBuilder()
                                    .addQueryParameter("maxResults", "1000")
                                    .build())
                            .build()))
            .build();
    ClientRuntime runtime = runtime(b -> b.httpClient(tampering));

    runtime.invoke("GetApis", HttpRequestSpec.builder("GET", "/v2/apis").build(), BODY_TEXT);

    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getTarget()).isEqualTo("/v2/apis?maxResults=1000");
    assertThatThrownBy(
            () -> WireSignatures.assertValidSignature(recorded, CREDENTIALS, SIGNING_NAME, REGION))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("signature recomputed by our signer from the wire");
  }

  @Test
  void sendsGetWithoutBodyAndPostWithoutBodyAsEmpty() throws Exception {
    server.enqueue(ok("{}"));
    server.enqueue(ok("{}"));
    ClientRuntime runtime = runtime(b -> {});

    runtime.invoke("GetApis", HttpRequestSpec.builder("GET", "/v2/apis").build(), BODY_TEXT);
    runtime.invoke(
        "ResetAuthorizersCache",
        HttpRequestSpec.builder("DELETE", "/v2/apis/a1/stages/s1/cache/authorizers").build(),
        BODY_TEXT);

    RecordedRequest get = server.takeRequest();
    assertThat(get.getTarget()).isEqualTo("/v2/apis");
    assertThat(get.getBodySize()).isZero();
    assertThat(get.getHeaders().get("Content-Type")).isNull();
    WireSignatures.assertValidSignature(get, CREDENTIALS, SIGNING_NAME, REGION);
    RecordedRequest delete = server.takeRequest();
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    WireSignatures.assertValidSignature(delete, CREDENTIALS, SIGNING_NAME, REGION);
  }

  @Test
  void postWithoutBodySendsAnEmptySignedBody() throws Exception {
    server.enqueue(ok("{}"));
    ClientRuntime runtime = runtime(b -> {});

    runtime.invoke(
        "CreateDeployment",
        HttpRequestSpec.builder("POST", "/v2/apis/a1/deployments").build(),
        BODY_TEXT);

    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getHeaders().get("Content-Length")).isEqualTo("0");
    assertThat(recorded.getHeaders().get("x-amz-content-sha256"))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    WireSignatures.assertValidSignature(recorded, CREDENTIALS, SIGNING_NAME, REGION);
  }

  @Test
  void sendsTheSdkUserAgent() throws Exception {
    server.enqueue(ok("{}"));
    ClientRuntime runtime = runtime(b -> {});

    runtime.invoke("GetApis", HttpRequestSpec.builder("GET", "/v2/apis").build(), BODY_TEXT);

    String userAgent = server.takeRequest().getHeaders().get("User-Agent");
    assertThat(userAgent)
        .matches(
            "apigw-java/[0-9][0-9A-Za-z.+_-]* java/"
                + Pattern.quote(System.getProperty("java.version")))
        .doesNotContain("${")
        .isEqualTo(runtime.userAgent());
  }

  @Test
  void appendsTheCallersProductTokenToTheUserAgent() throws Exception {
    server.enqueue(ok("{}"));
    ClientRuntime runtime = runtime(b -> b.userAgent("my-app/1.2"));

    runtime.invoke("GetApis", HttpRequestSpec.builder("GET", "/v2/apis").build(), BODY_TEXT);

    assertThat(server.takeRequest().getHeaders().get("User-Agent"))
        .matches("apigw-java/\\S+ java/\\S+ my-app/1\\.2");
  }

  @Test
  void signsWithTheClockTimeAndAWellFormedAuthorization() throws Exception {
    server.enqueue(ok("{}"));
    ClientRuntime runtime = runtime(b -> {});

    runtime.invoke(
        "CreateRoute",
        HttpRequestSpec.builder("POST", "/v2/apis/a1/routes")
            .jsonBody("{\"routeKey\":\"GET /pets\"}".getBytes(UTF_8))
            .build(),
        BODY_TEXT);

    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getHeaders().get("X-Amz-Date")).isEqualTo("20260314T092653Z");
    assertThat(recorded.getHeaders().get("X-Amz-Security-Token")).isNull();
    assertThat(recorded.getHeaders().get("Authorization"))
        .matches(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260314/us-east-1/apigateway/aws4_request, "
                + "SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date, Signature=[0-9a-f]{64}");
    WireSignatures.assertValidSignature(recorded, CREDENTIALS, SIGNING_NAME, REGION);
  }

  @Test
  void sendsAndSignsTheSessionToken() throws Exception {
    server.enqueue(ok("{}"));
    ClientRuntime runtime = runtime(b -> b.credentialsProvider(() -> SESSION_CREDENTIALS));

    runtime.invoke(
        "GetApis",
        HttpRequestSpec.builder("GET", "/v2/apis").query("maxResults", "25").build(),
        BODY_TEXT);

    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getHeaders().get("X-Amz-Security-Token"))
        .isEqualTo("IQoJb3JpZ2luX2VjEXAMPLEtoken+/=");
    assertThat(recorded.getHeaders().get("Authorization"))
        .contains("Credential=ASIAEXAMPLEEXAMPLE/")
        .contains("SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token,");
    WireSignatures.assertValidSignature(recorded, SESSION_CREDENTIALS, SIGNING_NAME, REGION);
  }

  @Test
  void signsEachCallAfreshWithItsOwnDateAndCredentials() throws Exception {
    server.enqueue(ok("{}"));
    server.enqueue(ok("{}"));
    AtomicInteger resolutions = new AtomicInteger();
    ClientRuntime runtime =
        runtime(
            b ->
                b.clock(new TickingClock(SIGNING_TIME, Duration.ofSeconds(7)))
                    .credentialsProvider(
                        () -> {
                          resolutions.incrementAndGet();
                          return CREDENTIALS;
                        }));
    HttpRequestSpec request = HttpRequestSpec.builder("GET", "/v2/apis").build();

    runtime.invoke("GetApis", request, BODY_TEXT);
    runtime.invoke("GetApis", request, BODY_TEXT);

    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertThat(first.getHeaders().get("X-Amz-Date")).isEqualTo("20260314T092653Z");
    assertThat(second.getHeaders().get("X-Amz-Date")).isEqualTo("20260314T092700Z");
    assertThat(first.getHeaders().get("Authorization"))
        .isNotEqualTo(second.getHeaders().get("Authorization"));
    assertThat(resolutions).hasValue(2);
    WireSignatures.assertValidSignature(first, CREDENTIALS, SIGNING_NAME, REGION);
    WireSignatures.assertValidSignature(second, CREDENTIALS, SIGNING_NAME, REGION);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/prefix", "/prefix/", "/a/b%20c"})
  void putsTheEndpointsBasePathBeforeEveryPath(String basePath) throws Exception {
    server.enqueue(ok("{}"));
    ClientRuntime runtime = runtime(b -> b.endpoint(URI.create(endpoint() + basePath)));

    runtime.invoke(
        "GetApi", HttpRequestSpec.builder("GET", "/v2/apis/a1").query("x", "1").build(), BODY_TEXT);

    RecordedRequest recorded = server.takeRequest();
    String expectedBase =
        basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
    assertThat(recorded.getTarget()).isEqualTo(expectedBase + "/v2/apis/a1?x=1");
    WireSignatures.assertValidSignature(recorded, CREDENTIALS, SIGNING_NAME, REGION);
  }

  @Test
  void decodesA2xxResponseWithItsMetadata() {
    server.enqueue(
        new MockResponse.Builder()
            .code(201)
            .addHeader("x-amzn-RequestId", "req-123")
            .addHeader("Content-Type", "application/json")
            .body("{\"apiId\":\"a1\"}")
            .build());
    ClientRuntime runtime = runtime(b -> {});
    List<SdkHttpResponse> seen = new ArrayList<>();

    String result =
        runtime.invoke(
            "CreateApi",
            HttpRequestSpec.builder("POST", "/v2/apis").jsonBody("{}".getBytes(UTF_8)).build(),
            response -> {
              seen.add(response);
              return "decoded " + response.bodyAsString();
            });

    assertThat(result).isEqualTo("decoded {\"apiId\":\"a1\"}");
    SdkHttpResponse response = seen.get(0);
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.header("content-type")).contains("application/json");
    assertThat(response.metadata()).isEqualTo(ResponseMetadata.of(201, "req-123"));
  }

  @Test
  void aDecoderIOExceptionBecomesAClientExceptionNamingTheOperation() {
    server.enqueue(ok("{\"items\": [tru"));
    ClientRuntime runtime = runtime(b -> {});
    IOException parseFailure = new IOException("Unexpected end of input in items");

    SdkClientException thrown =
        catchThrowableOfType(
            SdkClientException.class,
            () ->
                runtime.invoke(
                    "GetRoutes",
                    HttpRequestSpec.builder("GET", "/v2/apis/a1/routes").build(),
                    response -> {
                      throw parseFailure;
                    }));

    assertThat(thrown)
        .hasMessageStartingWith("GetRoutes: the response body could not be decoded: ")
        .hasMessageContaining("Unexpected end of input in items")
        .hasCause(parseFailure);
  }

  @Test
  void aDecoderRuntimeExceptionBecomesAClientExceptionNamingTheOperation() {
    server.enqueue(ok("{}"));
    ClientRuntime runtime = runtime(b -> {});
    IllegalStateException missingMember =
        new IllegalStateException("Route.routeKey is required but was not set");

    SdkClientException thrown =
        catchThrowableOfType(
            SdkClientException.class,
            () ->
                runtime.invoke(
                    "GetRoute",
                    HttpRequestSpec.builder("GET", "/v2/apis/a1/routes/r1").build(),
                    response -> {
                      throw missingMember;
                    }));

    assertThat(thrown)
        .hasMessageStartingWith("GetRoute: the response body could not be decoded: ")
        .hasMessageContaining("Route.routeKey is required")
        .hasCause(missingMember);
  }

  @Test
  void anErrorStatusGoesThroughTheErrorFactory() {
    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .addHeader("x-amzn-RequestId", "req-404")
            .addHeader("X-Amzn-ErrorType", "NotFoundException")
            .body("{\"message\":\"Invalid API identifier specified\"}")
            .build());
    ClientRuntime runtime = runtime(b -> {});

    ServiceException thrown =
        catchThrowableOfType(
            ServiceException.class,
            () ->
                runtime.invoke(
                    "GetApi", HttpRequestSpec.builder("GET", "/v2/apis/nope").build(), BODY_TEXT));

    assertThat(thrown).isInstanceOf(TestNotFoundException.class);
    assertThat(thrown.statusCode()).isEqualTo(404);
    assertThat(thrown.errorCode()).contains("NotFoundException");
    assertThat(thrown.errorMessage()).contains("Invalid API identifier specified");
    assertThat(thrown.requestId()).contains("req-404");
    assertThat(factoryCalls).hasSize(1);
  }

  @Test
  void aRedirectIsAnErrorNotFollowed() {
    server.enqueue(
        new MockResponse.Builder()
            .code(307)
            .addHeader("Location", "http://127.0.0.1:1/elsewhere")
            .build());
    ClientRuntime runtime = runtime(b -> {});

    ServiceException thrown =
        catchThrowableOfType(
            ServiceException.class,
            () ->
                runtime.invoke(
                    "GetApis", HttpRequestSpec.builder("GET", "/v2/apis").build(), BODY_TEXT));

    assertThat(thrown.statusCode()).isEqualTo(307);
    assertThat(thrown.attempts()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void responsesAreFullyReadAndReleasedOnEveryPath() throws Exception {
    server.enqueue(ok("not json"));
    server.enqueue(new MockResponse.Builder().code(500).body("<html>oops</html>").build());
    server.enqueue(ok("{}"));
    OkHttpClient client = new OkHttpClient();
    ClientRuntime runtime = runtime(b -> b.httpClient(client).retryStrategy(RetryStrategy.none()));
    HttpRequestSpec request = HttpRequestSpec.builder("GET", "/v2/apis").build();

    assertThatThrownBy(
            () ->
                runtime.invoke(
                    "GetApis",
                    request,
                    response -> {
                      throw new IOException("bad");
                    }))
        .isInstanceOf(SdkClientException.class);
    assertThatThrownBy(() -> runtime.invoke("GetApis", request, BODY_TEXT))
        .isInstanceOf(ServiceException.class);
    runtime.invoke("GetApis", request, BODY_TEXT);

    // One connection served all three exchanges: each response was read to the end and released.
    assertThat(server.takeRequest().getExchangeIndex()).isZero();
    assertThat(server.takeRequest().getExchangeIndex()).isEqualTo(1);
    RecordedRequest third = server.takeRequest();
    assertThat(third.getExchangeIndex()).isEqualTo(2);
    assertThat(third.getConnectionIndex()).isZero();
    assertThat(client.connectionPool().connectionCount()).isEqualTo(1);
    assertThat(client.connectionPool().idleConnectionCount()).isEqualTo(1);
  }

  @Test
  void aRefusedConnectionIsAClientExceptionNamingTheOperation() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closedPort = socket.getLocalPort();
    }
    ClientRuntime runtime =
        runtime(
            b ->
                b.endpoint(URI.create("http://127.0.0.1:" + closedPort))
                    .retryStrategy(RetryStrategy.none()));

    SdkClientException thrown =
        catchThrowableOfType(
            SdkClientException.class,
            () ->
                runtime.invoke(
                    "GetApis", HttpRequestSpec.builder("GET", "/v2/apis").build(), BODY_TEXT));

    assertThat(thrown)
        .hasMessageStartingWith("GetApis: the request failed: ")
        .hasCauseInstanceOf(ConnectException.class);
  }

  @Test
  void aReadTimeoutIsAClientExceptionNamingTheOperation() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    OkHttpClient client =
        new OkHttpClient.Builder().readTimeout(200, TimeUnit.MILLISECONDS).build();
    ClientRuntime runtime = runtime(b -> b.httpClient(client).retryStrategy(RetryStrategy.none()));

    SdkClientException thrown =
        catchThrowableOfType(
            SdkClientException.class,
            () ->
                runtime.invoke(
                    "GetApis", HttpRequestSpec.builder("GET", "/v2/apis").build(), BODY_TEXT));

    assertThat(thrown)
        .hasMessageStartingWith("GetApis: the request timed out: ")
        .hasCauseInstanceOf(SocketTimeoutException.class);
  }

  @Test
  void aFailingCredentialsProviderIsAClientExceptionWithoutSecretsAndNothingIsSent() {
    ClientRuntime runtime =
        runtime(
            b ->
                b.credentialsProvider(
                    EnvironmentCredentialsProvider.create(
                        Map.of("AWS_SECRET_ACCESS_KEY", "very-secret-value")::get)));

    SdkClientException thrown =
        catchThrowableOfType(
            SdkClientException.class,
            () ->
                runtime.invoke(
                    "GetApis", HttpRequestSpec.builder("GET", "/v2/apis").build(), BODY_TEXT));

    assertThat(thrown)
        .hasMessageStartingWith("GetApis: could not resolve credentials: ")
        .hasMessageContaining("AWS_ACCESS_KEY_ID")
        .hasMessageNotContaining("very-secret-value");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aForeignProviderFailureIsReportedByTypeOnly() {
    ClientRuntime runtime =
        runtime(
            b ->
                b.credentialsProvider(
                    () -> {
                      throw new IllegalStateException("token file held secret-xyz");
                    }));

    SdkClientException thrown =
        catchThrowableOfType(
            SdkClientException.class,
            () ->
                runtime.invoke(
                    "GetApis", HttpRequestSpec.builder("GET", "/v2/apis").build(), BODY_TEXT));

    assertThat(thrown)
        .hasMessage(
            "GetApis: could not resolve credentials: the credentials provider failed with "
                + "java.lang.IllegalStateException")
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void aProviderReturningNullIsAClientException() {
    ClientRuntime runtime = runtime(b -> b.credentialsProvider(() -> null));

    assertThatThrownBy(
            () ->
                runtime.invoke(
                    "GetApis", HttpRequestSpec.builder("GET", "/v2/apis").build(), BODY_TEXT))
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("GetApis: could not resolve credentials")
        .hasMessageContaining("returned null");
  }

  @Test
  void closeLeavesACallerSuppliedClientRunning() throws Exception {
    server.enqueue(ok("{}"));
    server.enqueue(ok("{}"));
    OkHttpClient client = new OkHttpClient();
    ClientRuntime runtime = runtime(b -> b.httpClient(client));
    runtime.invoke("GetApis", HttpRequestSpec.builder("GET", "/v2/apis").build(), BODY_TEXT);

    runtime.close();

    assertThat(client.dispatcher().executorService().isShutdown()).isFalse();
    assertThat(client.connectionPool().connectionCount()).isEqualTo(1);
    try (okhttp3.Response response =
        client
            .newCall(new okhttp3.Request.Builder().url(endpoint() + "/still-works").build())
            .execute()) {
      assertThat(response.code()).isEqualTo(200);
    }
  }

  @Test
  void callsAfterCloseFailAndCloseIsIdempotent() {
    ClientRuntime runtime = runtime(b -> {});

    runtime.close();
    runtime.close();

    assertThat(runtime.isClosed()).isTrue();
    assertThatThrownBy(
            () ->
                runtime.invoke(
                    "GetApis", HttpRequestSpec.builder("GET", "/v2/apis").build(), BODY_TEXT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is closed");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void serviceMetadataNamesAMissingPart() {
    ErrorFactory factory = (details, fields) -> new ServiceException(details);

    assertThatThrownBy(() -> ServiceMetadata.of("C", null, "apigateway", factory))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("signingName must not be null");
    assertThatThrownBy(() -> ServiceMetadata.of("C", "apigateway", " ", factory))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("endpointPrefix must not be blank");
    assertThatThrownBy(() -> ServiceMetadata.of("C", "apigateway", "apigateway", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("errorFactory must not be null");
  }

  @Test
  void builderRejectsBadSettingsNamingThem() {
    TestClient.Builder builder =
        TestClient.builder((details, fields) -> new ServiceException(details));

    assertThatThrownBy(() -> builder.region(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("region must not be blank");
    assertThatThrownBy(() -> builder.region("us east 1"))
        .hasMessageContaining("region 'us east 1' is not valid");
    assertThatThrownBy(() -> builder.endpoint(null)).hasMessage("endpoint must not be null");
    assertThatThrownBy(() -> builder.endpoint(URI.create("ftp://example.com")))
        .hasMessageStartingWith("endpoint must be an absolute http or https URI");
    assertThatThrownBy(() -> builder.endpoint(URI.create("apigateway.us-east-1.amazonaws.com")))
        .hasMessageStartingWith("endpoint must be an absolute http or https URI");
    assertThatThrownBy(() -> builder.endpoint(URI.create("http://user:pw@127.0.0.1:1")))
        .hasMessage("endpoint must not contain user info");
    assertThatThrownBy(() -> builder.endpoint(URI.create("http://127.0.0.1:1/p?x=1")))
        .hasMessageStartingWith("endpoint must not have a query or fragment");
    assertThatThrownBy(() -> builder.credentialsProvider(null))
        .hasMessage("credentialsProvider must not be null");
    assertThatThrownBy(() -> builder.credentials(null)).hasMessage("credentials must not be null");
    assertThatThrownBy(() -> builder.httpClient(null)).hasMessage("httpClient must not be null");
    assertThatThrownBy(() -> builder.clock(null)).hasMessage("clock must not be null");
    assertThatThrownBy(() -> builder.retryStrategy(null))
        .hasMessage("retryStrategy must not be null");
    assertThatThrownBy(() -> builder.apiCallTimeout(null))
        .hasMessage("apiCallTimeout must not be null");
    assertThatThrownBy(() -> builder.apiCallTimeout(Duration.ZERO))
        .hasMessage("apiCallTimeout must be positive: PT0S");
    assertThatThrownBy(() -> builder.apiCallAttemptTimeout(Duration.ofMillis(-1)))
        .hasMessage("apiCallAttemptTimeout must be positive: PT-0.001S");
    assertThatThrownBy(() -> builder.userAgent(null)).hasMessage("userAgent must not be null");
    assertThatThrownBy(() -> builder.userAgent(" ")).hasMessage("userAgent must not be blank");
    assertThatThrownBy(() -> builder.userAgent("app\n/1"))
        .hasMessageStartingWith("userAgent must be printable ASCII");
  }

  @Test
  void thePipelineRunsItsStagesInTheDocumentedOrder() {
    ClientRuntime runtime = runtime(b -> {});
    TestClient inLambda =
        TestClient.builder((details, fields) -> new ServiceException(details))
            .region(REGION)
            .endpoint(URI.create(endpoint()))
            .credentialsProvider(CredentialsProvider.of(CREDENTIALS))
            .buildWith(
                Environment.of(
                    Map.of(
                        "AWS_LAMBDA_FUNCTION_NAME", "orders-handler",
                        "HOME", "/nonexistent-home-of-this-test"),
                    Map.of()));
    runtimes.add(inLambda.runtime());
    String stages =
        "retry (3 attempts, RetryQuota{500 of 500 tokens})"
            + " → attempt timeout 30000 ms → error translation → user agent"
            + " → interceptors: modify request"
            + " → signing SigV4Signer{signingName=apigateway, region=us-east-1, contentSha256Header=true}"
            + " → interceptors: transmission → transmit over OkHttp}";

    assertThat(runtime.pipelineDescription()).isEqualTo("Pipeline{" + stages);
    assertThat(inLambda.runtime().pipelineDescription())
        .isEqualTo("Pipeline{lambda trace id → " + stages);
  }

  @Test
  void invokeRejectsNullArgumentsNamingThem() {
    ClientRuntime runtime = runtime(b -> {});
    HttpRequestSpec request = HttpRequestSpec.builder("GET", "/v2/apis").build();

    assertThatThrownBy(() -> runtime.invoke(null, request, BODY_TEXT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("operationName must not be null");
    assertThatThrownBy(() -> runtime.invoke("GetApis", null, BODY_TEXT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("request must not be null");
    assertThatThrownBy(() -> runtime.invoke("GetApis", request, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decoder must not be null");
  }

  @Test
  void retriedCallsLogEachAttemptAndRetryWithoutSecrets() {
    ch.qos.logback.classic.Logger root =
        (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("dev.apigw");
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> lines =
        new ch.qos.logback.core.read.ListAppender<>();
    ch.qos.logback.classic.Level previous = root.getLevel();
    root.setLevel(ch.qos.logback.classic.Level.DEBUG);
    lines.start();
    root.addAppender(lines);
    try {
      server.enqueue(new MockResponse.Builder().code(503).body("{\"message\":\"busy\"}").build());
      server.enqueue(ok("{}"));
      ClientRuntime runtime =
          runtime(
              b ->
                  b.credentials(SESSION_CREDENTIALS)
                      .retryStrategy(
                          RetryStrategy.standard()
                              .withBackoff(Duration.ZERO, Duration.ZERO, Duration.ZERO)));

      runtime.invoke("GetApis", HttpRequestSpec.builder("GET", "/v2/apis").build(), BODY_TEXT);
    } finally {
      root.detachAppender(lines);
      root.setLevel(previous);
    }

    List<String> logged = new ArrayList<>();
    lines.list.stream()
        // The wire log, which shows the credential scope, has its own tests (WireLogSecretsTest).
        .filter(event -> !event.getLoggerName().equals("dev.apigw.wire"))
        .forEach(event -> logged.add(event.getFormattedMessage()));
    assertThat(logged).hasSize(3);
    assertThat(logged.get(0)).matches("GetApis attempt 1 of 3: HTTP 503 in \\d+ ms");
    assertThat(logged.get(1)).isEqualTo("GetApis: retrying after HTTP 503 (transient) in 0 ms");
    assertThat(logged.get(2)).matches("GetApis attempt 2 of 3: HTTP 200 in \\d+ ms");
    assertThat(String.join("\n", logged))
        .doesNotContain(
            SESSION_CREDENTIALS.secretAccessKey(),
            SESSION_CREDENTIALS.sessionToken().orElseThrow(),
            "Signature=",
            "Credential=");
  }

  @Test
  void aDecodeFailureAfterRetriesTellsTheAttemptsAndTheEarlierFailures() {
    server.enqueue(new MockResponse.Builder().code(503).build());
    server.enqueue(ok("{\"items\": [tru"));
    ClientRuntime runtime =
        runtime(
            b ->
                b.retryStrategy(
                    RetryStrategy.standard()
                        .withBackoff(Duration.ZERO, Duration.ZERO, Duration.ZERO)));

    SdkClientException thrown =
        catchThrowableOfType(
            SdkClientException.class,
            () ->
                runtime.invoke(
                    "GetRoutes",
                    HttpRequestSpec.builder("GET", "/v2/apis/a1/routes").build(),
                    response -> {
                      throw new IOException("Unexpected end of input");
                    }));

    assertThat(thrown).hasMessageStartingWith("GetRoutes: the response body could not be decoded");
    assertThat(thrown.retryable()).isFalse();
    assertThat(thrown.attempts()).isEqualTo(2);
    assertThat(thrown.getSuppressed()).hasSize(1).hasOnlyElementsOfType(ServiceException.class);
    assertThat(server.getRequestCount())
        .as("a body that does not decode is not retried")
        .isEqualTo(2);
  }

  @Test
  void timeoutsTooLongToCountAreNoLimitAndDoNotBreakTheClient() {
    server.enqueue(ok("{}"));
    ClientRuntime runtime =
        runtime(
            b ->
                b.apiCallTimeout(Duration.ofSeconds(Long.MAX_VALUE))
                    .apiCallAttemptTimeout(Duration.ofDays(Long.MAX_VALUE / 86_400 - 1))
                    .retryStrategy(
                        RetryStrategy.standard()
                            .withBackoff(
                                Duration.ofSeconds(Long.MAX_VALUE),
                                Duration.ofSeconds(Long.MAX_VALUE),
                                Duration.ofSeconds(Long.MAX_VALUE))));

    assertThat(
            runtime.invoke(
                "GetApis", HttpRequestSpec.builder("GET", "/v2/apis").build(), BODY_TEXT))
        .isEqualTo("{}");
    assertThat(runtime.toString()).contains("apiCallTimeout=9223372036854 ms");
  }

  @Test
  void toStringShowsNoCredentials() {
    ClientRuntime runtime = runtime(b -> {});

    assertThat(runtime.toString())
        .contains("apigateway", "us-east-1", "127.0.0.1", "standard", "apiCallTimeout=120000 ms")
        .doesNotContain("AKIDEXAMPLE", "wJalrXUtnFEMI");
  }

  @Test
  void itsOwnOkHttpClientKeepsTheConnectionsOfEightConcurrentCallsForTheNextEight()
      throws Exception {
    int threads = 8;
    CountDownLatch allArrived = new CountDownLatch(threads);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            allArrived.countDown();
            // Hold every answer of the first round until all its calls are in flight together.
            allArrived.await(10, TimeUnit.SECONDS);
            return ok("{}");
          }
        });
    ClientRuntime runtime = runtime(b -> b.retryStrategy(RetryStrategy.none()));
    HttpRequestSpec request = HttpRequestSpec.builder("GET", "/v2/apis").build();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 2; round++) {
        List<Future<String>> calls = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          calls.add(pool.submit(() -> runtime.invoke("GetApis", request, BODY_TEXT)));
        }
        for (Future<String> call : calls) {
          assertThat(call.get(10, TimeUnit.SECONDS)).isEqualTo("{}");
        }
      }
    } finally {
      pool.shutdownNow();
    }

    // OkHttp on its own keeps 5 idle connections; the client keeps 50, as the AWS SDK does.
    assertThat(runtime.ownedClient().connectionPool().idleConnectionCount()).isEqualTo(threads);
    for (int i = 0; i < 2 * threads; i++) {
      assertThat(server.takeRequest().getConnectionIndex()).isLessThan(threads);
    }
  }

  private ClientRuntime runtime(Consumer<TestClient.Builder> customize) {
    TestClient.Builder builder =
        TestClient.builder(
                (details, fields) -> {
                  factoryCalls.add(details);
                  return "NotFoundException".equals(details.errorCode())
                      ? new TestNotFoundException(details)
                      : new ServiceException(details);
                })
            .region(REGION)
            .endpoint(URI.create(endpoint()))
            .credentialsProvider(CredentialsProvider.of(CREDENTIALS))
            .clock(Clock.fixed(SIGNING_TIME, ZoneOffset.UTC));
    customize.accept(builder);
    ClientRuntime runtime = builder.build().runtime();
    runtimes.add(runtime);
    return runtime;
  }

  private String endpoint() {
    return "http://127.0.0.1:" + server.getPort();
  }

  private static MockResponse ok(String body) {
    return new MockResponse.Builder().code(200).body(body).build();
  }

  static final class TestNotFoundException extends ServiceException {
    private static final long serialVersionUID = 1L;

    TestNotFoundException(ErrorDetails details) {
      super(details);
    }
  }

  /** A clock that moves forward by a fixed step every time it is read. */
  static final class TickingClock extends Clock {
    private final Duration step;
    private Instant next;

    TickingClock(Instant start, Duration step) {
      this.next = start;
      this.step = step;
    }

    @Override
    public synchronized Instant instant() {
      Instant now = next;
      next = next.plus(step);
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
