package dev.apigw.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.client.SdkClientBuilder;
import dev.apigw.core.exception.ApiCallAttemptTimeoutException;
import dev.apigw.core.exception.ApiCallTimeoutException;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.SdkException;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.retry.RetryStrategy;
import dev.apigw.model.AuthorizationType;
import dev.apigw.model.BadRequestException;
import dev.apigw.model.CreateRouteResult;
import dev.apigw.model.GetApiResult;
import dev.apigw.model.GetRouteResult;
import dev.apigw.model.NotFoundException;
import dev.apigw.model.TooManyRequestsException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The runtime against a misbehaving network, through a generated client: for each fault, how many
 * requests the server saw, what the call ended with (a result, or the exact exception type and its
 * attempt count), and that it ended within its bound. MockWebServer makes the HTTP-level faults;
 * {@link RawHttpServer} the socket-level ones. {@link FaultMatrixTest} runs these cases on the
 * blocking client and {@link AsyncFaultMatrixTest} on the asynchronous one, each adding what only
 * it has (interrupts, cancellation).
 */
abstract class FaultMatrixCases {
  static final Credentials CREDENTIALS =
      Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
  static final String ROUTE = "{\"routeId\":\"r1\",\"routeKey\":\"GET /pets\"}";

  final MockWebServer server = new MockWebServer();
  private ApiGatewayV2Client client;

  /** A client of the kind under test, seen through the blocking interface, with these settings. */
  abstract ApiGatewayV2Client build(Consumer<SdkClientBuilder<?, ?>> settings);

  @BeforeEach
  void start() throws IOException {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    server.close();
    Thread.interrupted();
  }

  @Test
  void twoServiceUnavailablesThenSuccess() {
    enqueue(503, "{\"message\":\"Service Unavailable\"}");
    enqueue(503, "");
    enqueue(200, ROUTE);

    GetRouteResult result =
        within(
            Duration.ofSeconds(2),
            () -> client(b -> {}).getRoute(b -> b.apiId("a1").routeId("r1")));

    assertThat(result.routeKey()).hasValue("GET /pets");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void threeInternalErrorsFailAfterThreeAttempts() {
    enqueue(500, "");
    enqueue(500, "");
    enqueue(500, "");

    SdkException thrown = failure(Duration.ofSeconds(2), () -> client(b -> {}).getApis(b -> {}));

    assertThat(thrown).isExactlyInstanceOf(ServiceException.class);
    assertThat(((ServiceException) thrown).statusCode()).isEqualTo(500);
    assertThat(thrown.attempts()).isEqualTo(3);
    assertThat(thrown.getSuppressed()).hasSize(2);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void tooManyRequestsStatusThenSuccess() {
    enqueue(429, "");
    enqueue(200, ROUTE);

    GetRouteResult result =
        within(
            Duration.ofMillis(2500),
            () -> client(b -> {}).getRoute(b -> b.apiId("a").routeId("r")));

    assertThat(result.routeId()).hasValue("r1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aTooManyRequestsExceptionBodyThenSuccess() {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("X-Amzn-ErrorType", "TooManyRequestsException")
            .body("{\"message\":\"Too Many Requests\",\"limitType\":\"rate\"}")
            .build());
    enqueue(200, ROUTE);

    GetRouteResult result =
        within(
            Duration.ofMillis(2500),
            () -> client(b -> {}).getRoute(b -> b.apiId("a").routeId("r")));

    assertThat(result.routeId()).hasValue("r1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void adaptiveModeRetriesThrottlingAndThenPacesTheClient() {
    enqueue(429, "");
    enqueue(200, ROUTE);
    enqueue(200, ROUTE);
    ApiGatewayV2Client adaptive =
        client(
            b ->
                b.retryStrategy(
                    RetryStrategy.adaptive()
                        .withBackoff(Duration.ZERO, Duration.ZERO, Duration.ZERO)));

    GetRouteResult first =
        within(Duration.ofSeconds(5), () -> adaptive.getRoute(b -> b.apiId("a").routeId("r")));
    GetRouteResult second =
        within(Duration.ofSeconds(5), () -> adaptive.getRoute(b -> b.apiId("a").routeId("r")));

    assertThat(first.routeId()).hasValue("r1");
    assertThat(second.routeId()).hasValue("r1");
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(adaptive.toString()).contains("RetryStrategy{adaptive");
  }

  @Test
  void aBadRequestIsNotRetried() {
    server.enqueue(
        new MockResponse.Builder()
            .code(400)
            .addHeader("X-Amzn-ErrorType", "BadRequestException")
            .body("{\"message\":\"bad\"}")
            .build());

    SdkException thrown = failure(Duration.ofSeconds(1), () -> client(b -> {}).getApis(b -> {}));

    assertThat(thrown).isExactlyInstanceOf(BadRequestException.class);
    assertThat(thrown.attempts()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aNotFoundIsNotRetried() {
    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .addHeader("X-Amzn-ErrorType", "NotFoundException")
            .body("{\"message\":\"no such API\"}")
            .build());

    SdkException thrown =
        failure(Duration.ofSeconds(1), () -> client(b -> {}).getApi(b -> b.apiId("nope")));

    assertThat(thrown).isExactlyInstanceOf(NotFoundException.class);
    assertThat(thrown.attempts()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aResetBeforeTheResponseIsRetried() throws IOException {
    try (RawHttpServer raw = new RawHttpServer()) {
      raw.then(RawHttpServer.reset()).then(RawHttpServer.respond(200, ROUTE));

      GetRouteResult result =
          within(
              Duration.ofSeconds(2),
              () ->
                  client(b -> b.endpoint(URI.create(raw.url())))
                      .getRoute(b -> b.apiId("a").routeId("r")));

      assertThat(result.routeId()).hasValue("r1");
      assertThat(raw.requestCount()).isEqualTo(2);
    }
  }

  @Test
  void aDisconnectMidBodyIsRetried() throws IOException {
    try (RawHttpServer raw = new RawHttpServer()) {
      raw.then(RawHttpServer.disconnectMidBody()).then(RawHttpServer.respond(200, ROUTE));

      GetRouteResult result =
          within(
              Duration.ofSeconds(2),
              () ->
                  client(b -> b.endpoint(URI.create(raw.url())))
                      .getRoute(b -> b.apiId("a").routeId("r")));

      assertThat(result.routeId()).hasValue("r1");
      assertThat(raw.requestCount()).isEqualTo(2);
    }
  }

  @Test
  void aBodyShorterThanItsContentLengthIsRetried() throws IOException {
    try (RawHttpServer raw = new RawHttpServer()) {
      raw.then(RawHttpServer.truncated(200, "{\"routeId\":\"r1\""))
          .then(RawHttpServer.truncated(200, "{"))
          .then(RawHttpServer.truncated(200, ""));

      SdkException thrown =
          failure(
              Duration.ofSeconds(2),
              () ->
                  client(b -> b.endpoint(URI.create(raw.url())))
                      .getRoute(b -> b.apiId("a").routeId("r")));

      assertThat(thrown)
          .isExactlyInstanceOf(SdkClientException.class)
          .hasMessageStartingWith("GetRoute: the request failed: ")
          .hasCauseInstanceOf(IOException.class);
      assertThat(((SdkClientException) thrown).retryable()).isTrue();
      assertThat(thrown.attempts()).isEqualTo(3);
      assertThat(raw.requestCount()).isEqualTo(3);
    }
  }

  @Test
  void aRefusedConnectionIsRetriedThenFails() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closedPort = socket.getLocalPort();
    }

    SdkException thrown =
        failure(
            Duration.ofSeconds(2),
            () ->
                client(b -> b.endpoint(URI.create("http://127.0.0.1:" + closedPort)))
                    .getApis(b -> {}));

    assertThat(thrown)
        .isExactlyInstanceOf(SdkClientException.class)
        .hasCauseInstanceOf(ConnectException.class);
    assertThat(thrown.attempts()).isEqualTo(3);
    assertThat(thrown.getSuppressed())
        .hasSize(2)
        .allSatisfy(t -> assertThat(t).hasCauseInstanceOf(ConnectException.class));
  }

  @Test
  void anHtmlBadGatewayThenSuccess() {
    server.enqueue(
        new MockResponse.Builder()
            .code(502)
            .addHeader("Content-Type", "text/html")
            .body("<html><body><h1>502 Bad Gateway</h1></body></html>")
            .build());
    enqueue(200, ROUTE);

    GetRouteResult result =
        within(
            Duration.ofSeconds(2), () -> client(b -> {}).getRoute(b -> b.apiId("a").routeId("r")));

    assertThat(result.routeId()).hasValue("r1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aBodyStalledPastTheAttemptTimeoutIsRetried() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(ROUTE)
            .throttleBody(1, 10, TimeUnit.SECONDS)
            .build());
    enqueue(200, ROUTE);

    GetRouteResult result =
        within(
            Duration.ofSeconds(2),
            () ->
                client(b -> b.apiCallAttemptTimeout(Duration.ofMillis(400)))
                    .getRoute(b -> b.apiId("a").routeId("r")));

    assertThat(result.routeId()).hasValue("r1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void attemptsThatAllStallFailWithTheAttemptTimeout() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse.Builder()
              .code(200)
              .body(ROUTE)
              .throttleBody(1, 10, TimeUnit.SECONDS)
              .build());
    }

    SdkException thrown =
        failure(
            Duration.ofSeconds(3),
            () ->
                client(b -> b.apiCallAttemptTimeout(Duration.ofMillis(300)))
                    .getRoute(b -> b.apiId("a").routeId("r")));

    assertThat(thrown)
        .isExactlyInstanceOf(ApiCallAttemptTimeoutException.class)
        .hasMessageStartingWith(
            "GetRoute: an attempt did not complete within its apiCallAttemptTimeout of 300 ms");
    assertThat(thrown.attempts()).isEqualTo(3);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aStallPastTheCallTimeoutIsNotRetried() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(ROUTE)
            .throttleBody(1, 10, TimeUnit.SECONDS)
            .build());
    enqueue(200, ROUTE);

    SdkException thrown =
        failure(
            Duration.ofMillis(1500),
            () ->
                client(b -> b.apiCallTimeout(Duration.ofMillis(600)))
                    .getRoute(b -> b.apiId("a").routeId("r")));

    assertThat(thrown)
        .isExactlyInstanceOf(ApiCallTimeoutException.class)
        .hasMessageStartingWith(
            "GetRoute: the call did not complete within its apiCallTimeout of 600 ms");
    assertThat(((ApiCallTimeoutException) thrown).timeout()).isEqualTo(Duration.ofMillis(600));
    assertThat(thrown.attempts()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void theDefaultsBoundEveryCall() {
    // A body that trickles a byte every few seconds never trips a socket read timeout; these limits
    // end it.
    assertThat(SdkClientBuilder.DEFAULT_API_CALL_ATTEMPT_TIMEOUT).isEqualTo(Duration.ofSeconds(30));
    assertThat(SdkClientBuilder.DEFAULT_API_CALL_TIMEOUT).isEqualTo(Duration.ofMinutes(2));
    assertThat(SdkClientBuilder.DEFAULT_CONNECT_TIMEOUT).isEqualTo(Duration.ofSeconds(2));
    assertThat(client(b -> {}).toString())
        .contains("apiCallTimeout=120000 ms", "apiCallAttemptTimeout=30000 ms");
  }

  @Test
  void theTimeoutsHoldOnACallersOwnOkHttpClientThatHasNone() {
    OkHttpClient unbounded =
        new OkHttpClient.Builder()
            .readTimeout(Duration.ZERO)
            .writeTimeout(Duration.ZERO)
            .callTimeout(Duration.ZERO)
            .build();
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(ROUTE)
            .throttleBody(1, 10, TimeUnit.SECONDS)
            .build());
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(ROUTE)
            .throttleBody(1, 10, TimeUnit.SECONDS)
            .build());

    // The first attempt times out at 300 ms; the second starts within 100 ms and is cut by the call
    // deadline.
    SdkException thrown =
        failure(
            Duration.ofMillis(1500),
            () ->
                client(
                        b ->
                            b.httpClient(unbounded)
                                .apiCallAttemptTimeout(Duration.ofMillis(300))
                                .apiCallTimeout(Duration.ofMillis(500)))
                    .getRoute(b -> b.apiId("a").routeId("r")));

    assertThat(thrown).isExactlyInstanceOf(ApiCallTimeoutException.class);
    assertThat(thrown.attempts()).isEqualTo(2);
    assertThat(thrown.getSuppressed())
        .hasSize(1)
        .hasOnlyElementsOfType(ApiCallAttemptTimeoutException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
    unbounded.dispatcher().executorService().shutdown();
  }

  @Test
  void noneMakesOneAttempt() {
    enqueue(503, "");
    enqueue(200, ROUTE);

    SdkException thrown =
        failure(
            Duration.ofSeconds(1),
            () -> client(b -> b.retryStrategy(RetryStrategy.none())).getApis(b -> {}));

    assertThat(thrown).isExactlyInstanceOf(ServiceException.class);
    assertThat(thrown.attempts()).isEqualTo(1);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void withMaxAttemptsFiveMakesUpToFiveAttempts() {
    for (int i = 0; i < 4; i++) {
      enqueue(503, "");
    }
    enqueue(200, ROUTE);

    GetRouteResult result =
        within(
            Duration.ofSeconds(3),
            () ->
                client(b -> b.retryStrategy(RetryStrategy.standard().withMaxAttempts(5)))
                    .getRoute(b -> b.apiId("a").routeId("r")));

    assertThat(result.routeId()).hasValue("r1");
    assertThat(server.getRequestCount()).isEqualTo(5);
  }

  @Test
  void aRetriedCreateRouteSendsTheSameBodySignedAfresh() throws Exception {
    enqueue(503, "");
    server.enqueue(new MockResponse.Builder().code(201).body(ROUTE).build());
    Clock ticking = new TickingClock(Instant.parse("2026-03-14T09:26:53Z"));

    CreateRouteResult result =
        within(
            Duration.ofSeconds(2),
            () ->
                client(b -> b.clock(ticking))
                    .createRoute(
                        b -> b.apiId("a1").routeKey("GET /pets").target("integrations/i1")));

    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertThat(result.routeId()).hasValue("r1");
    assertThat(second.getBody().utf8())
        .isEqualTo(first.getBody().utf8())
        .isEqualTo("{\"routeKey\":\"GET /pets\",\"target\":\"integrations/i1\"}");
    assertThat(first.getHeaders().get("X-Amz-Date")).isEqualTo("20260314T092653Z");
    assertThat(second.getHeaders().get("X-Amz-Date")).isEqualTo("20260314T092654Z");
    assertThat(second.getHeaders().get("Authorization"))
        .isNotEqualTo(first.getHeaders().get("Authorization"));
  }

  @Test
  void anEmptyRetryQuotaFailsAtOnceAndSaysSo() {
    ApiGatewayV2Client smallQuota =
        client(b -> b.retryStrategy(RetryStrategy.standard().withRetryQuota(5)));
    for (int i = 0; i < 3; i++) {
      enqueue(503, "");
    }

    SdkException first = failure(Duration.ofSeconds(1), () -> smallQuota.getApis(b -> {}));
    SdkException second = failure(Duration.ofSeconds(1), () -> smallQuota.getApis(b -> {}));

    assertThat(first.attempts()).isEqualTo(2);
    assertThat(first.getMessage()).contains("not retried: the client's retry quota is exhausted");
    assertThat(second.attempts()).isEqualTo(1);
    assertThat(second.getMessage()).contains("retry quota is exhausted");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aRouteWithoutItsRequiredRouteKeyStillDecodes() {
    enqueue(
        200,
        "{\"routeId\":\"r1\",\"unknownMember\":{\"x\":[1,2]},\"authorizationType\":\"SOMETHING_NEW\","
            + "\"target\":null}");

    GetRouteResult result = client(b -> {}).getRoute(b -> b.apiId("a").routeId("r1"));

    assertThat(result.routeKey()).isEmpty();
    assertThat(result.routeId()).hasValue("r1");
    assertThat(result.target()).isEmpty();
    assertThat(result.authorizationType()).hasValue(AuthorizationType.UNKNOWN_TO_SDK);
    assertThat(result.authorizationTypeAsString()).hasValue("SOMETHING_NEW");
  }

  @Test
  void anApiWithoutItsRequiredNameStillDecodes() {
    enqueue(200, "{\"apiId\":\"a1\"}");

    GetApiResult result = client(b -> {}).getApi(b -> b.apiId("a1"));

    assertThat(result.name()).isEmpty();
    assertThat(result.protocolType()).isEmpty();
    assertThat(result.apiId()).hasValue("a1");
  }

  @Test
  void aPaginatorRetriesPageByPage() {
    enqueue(200, "{\"items\":[" + ROUTE + "],\"nextToken\":\"t1\"}");
    enqueue(503, "");
    enqueue(200, "{\"items\":[{\"routeId\":\"r2\",\"routeKey\":\"GET /b\"}]}");

    List<String> ids =
        within(
            Duration.ofSeconds(2),
            () ->
                client(b -> {})
                    .getRoutesPaginator(b -> b.apiId("a1"))
                    .itemStream()
                    .map(route -> route.routeId().orElseThrow())
                    .collect(Collectors.toList()));

    assertThat(ids).containsExactly("r1", "r2");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aTypedThrottlingErrorThatNeverClearsEndsAsItsOwnType() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse.Builder()
              .code(429)
              .addHeader("X-Amzn-ErrorType", "TooManyRequestsException")
              .body("{\"message\":\"slow down\",\"limitType\":\"rate\"}")
              .build());
    }
    RetryStrategy quick =
        RetryStrategy.standard()
            .withBackoff(Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofMillis(10));

    SdkException thrown =
        failure(Duration.ofSeconds(1), () -> client(b -> b.retryStrategy(quick)).getApis(b -> {}));

    assertThat(thrown).isExactlyInstanceOf(TooManyRequestsException.class);
    assertThat(((TooManyRequestsException) thrown).limitType()).hasValue("rate");
    assertThat(thrown.attempts()).isEqualTo(3);
  }

  ApiGatewayV2Client client(Consumer<SdkClientBuilder<?, ?>> customize) {
    if (client != null) {
      client.close();
    }
    client =
        build(
            builder -> {
              builder
                  .region("us-east-1")
                  .endpoint(URI.create("http://127.0.0.1:" + server.getPort()))
                  .credentials(CREDENTIALS);
              customize.accept(builder);
            });
    return client;
  }

  void enqueue(int status, String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(status)
            .addHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  static <T> T within(Duration bound, java.util.function.Supplier<T> call) {
    long start = System.nanoTime();
    T result = call.get();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time taken").isLessThan(bound);
    return result;
  }

  static SdkException failure(Duration bound, Runnable call) {
    long start = System.nanoTime();
    Throwable thrown = catchThrowable(call::run);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time taken").isLessThan(bound);
    assertThat(thrown).isInstanceOf(SdkException.class);
    return (SdkException) thrown;
  }
}
