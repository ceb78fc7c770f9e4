package dev.apigw.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.client.SdkClientBuilder;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.retry.RetryStrategy;
import dev.apigw.model.AccessDeniedException;
import dev.apigw.model.ApiGatewayV2Exception;
import dev.apigw.model.BadRequestException;
import dev.apigw.model.ConflictException;
import dev.apigw.model.CreateRouteRequest;
import dev.apigw.model.GetApiRequest;
import dev.apigw.model.GetRoutesRequest;
import dev.apigw.model.GetRoutesResult;
import dev.apigw.model.NotFoundException;
import dev.apigw.model.TooManyRequestsException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Errors through the generated client, against MockWebServer: how error responses become typed
 * exceptions, how unusable responses and failed connections become {@link SdkClientException}s
 * naming the operation, which mistakes are caught before any I/O, and that no secret or signature
 * ends up in a message.
 */
class ClientErrorsTest {
  private static final String SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final String SESSION_TOKEN = "IQoJb3JpZ2luX2VjEXAMPLEsessionTOKEN+/=";
  private static final Credentials CREDENTIALS =
      Credentials.of("ASIAEXAMPLEEXAMPLE", SECRET_ACCESS_KEY, SESSION_TOKEN);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-14T09:26:53Z"), ZoneOffset.UTC);
  private static final String ARN = "arn:aws:apigateway:us-east-1::/apis/a1b2c3";
  private static final String ENCODED_ARN =
      "arn%3Aaws%3Aapigateway%3Aus-east-1%3A%3A%2Fapis%2Fa1b2c3";

  private final MockWebServer server = new MockWebServer();
  private ApiGatewayV2Client client;

  @BeforeEach
  void start() throws IOException {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    client = clientFor(URI.create("http://127.0.0.1:" + server.getPort()));
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  // ---- typed service errors
  // ------------------------------------------------------------------------------------

  /**
   * Each typed exception, with the status the model gives it, and the three places its code may
   * come from.
   */
  static Stream<Arguments> typedErrors() {
    List<Arguments> cases = new ArrayList<>();
    Object[][] errors = {
      {NotFoundException.class, "NotFoundException", 404},
      {BadRequestException.class, "BadRequestException", 400},
      {ConflictException.class, "ConflictException", 409},
      {TooManyRequestsException.class, "TooManyRequestsException", 429},
      {AccessDeniedException.class, "AccessDeniedException", 403},
    };
    for (Object[] error : errors) {
      String code = (String) error[1];
      cases.add(
          Arguments.of(
              error[0],
              code,
              error[2],
              "header " + code + ":http://internal.amazon.com/",
              code + ":http://internal.amazon.com/",
              "{\"message\":\"it went wrong\"}"));
      cases.add(
          Arguments.of(
              error[0],
              code,
              error[2],
              "body code",
              null,
              "{\"message\":\"it went wrong\",\"code\":\"" + code + "\"}"));
      cases.add(
          Arguments.of(
              error[0],
              code,
              error[2],
              "body __type with a namespace",
              null,
              "{\"__type\":\"com.amazonaws.apigatewayv2#"
                  + code
                  + "\",\"message\":\"it went wrong\"}"));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{1} from the {3}")
  @MethodSource("typedErrors")
  void anErrorResponseBecomesItsTypedException(
      Class<? extends ServiceException> type,
      String code,
      int status,
      String where,
      String header,
      String body)
      throws Exception {
    MockResponse.Builder response =
        new MockResponse.Builder()
            .code(status)
            .addHeader("x-amzn-RequestId", "req-" + status)
            .addHeader("Content-Type", "application/json")
            .body(body);
    if (header != null) {
      response.addHeader("X-Amzn-ErrorType", header);
    }
    server.enqueue(response.build());

    Throwable thrown = catchThrowable(() -> client.getApi(b -> b.apiId("a1")));

    assertThat(thrown).isExactlyInstanceOf(type);
    ServiceException e = (ServiceException) thrown;
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.errorCode()).hasValue(code);
    assertThat(e.errorMessage()).hasValue("it went wrong");
    assertThat(e.requestId()).hasValue("req-" + status);
    assertThat(e.getMessage())
        .contains(code, String.valueOf(status), "it went wrong", "req-" + status);
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v2/apis/a1");
  }

  @Test
  void tooManyRequestsCarriesTheLimitTypeFromTheBody() {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .addHeader("X-Amzn-ErrorType", "TooManyRequestsException")
            .addHeader("x-amzn-RequestId", "req-429")
            .body("{\"message\":\"Too Many Requests\",\"limitType\":\"ApiRequestsPerSecond\"}")
            .build());

    TooManyRequestsException e =
        catchThrowableOfType(
            TooManyRequestsException.class, () -> client.getRoutes(b -> b.apiId("a1")));

    assertThat(e.limitType()).hasValue("ApiRequestsPerSecond");
    assertThat(e.errorMessage()).hasValue("Too Many Requests");
    assertThat(e.statusCode()).isEqualTo(429);
    assertThat(e.requestId()).hasValue("req-429");
  }

  @Test
  void tooManyRequestsWithoutALimitTypeHasNone() {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .body("{\"code\":\"TooManyRequestsException\",\"message\":\"slow down\"}")
            .build());

    TooManyRequestsException e =
        catchThrowableOfType(
            TooManyRequestsException.class, () -> client.getRoutes(b -> b.apiId("a1")));

    assertThat(e.limitType()).isEmpty();
    assertThat(e.requestId()).isEmpty();
  }

  @Test
  void notFoundCarriesTheResourceTypeFromTheBody() {
    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .addHeader("X-Amzn-ErrorType", "NotFoundException")
            .body(
                "{\"message\":\"Invalid API identifier specified 123:nope\",\"resourceType\":\"Api\"}")
            .build());

    NotFoundException e =
        catchThrowableOfType(NotFoundException.class, () -> client.getApi(b -> b.apiId("nope")));

    assertThat(e.resourceType()).hasValue("Api");
    assertThat(e.errorMessage()).hasValue("Invalid API identifier specified 123:nope");
  }

  @Test
  void anUnknownErrorCodeIsExactlyTheServiceBaseException() {
    server.enqueue(
        new MockResponse.Builder()
            .code(500)
            .addHeader("X-Amzn-ErrorType", "InternalServerErrorException")
            .addHeader("x-amzn-RequestId", "req-500")
            .body("{\"message\":\"Internal server error\"}")
            .build());

    Throwable thrown = catchThrowable(() -> client.getApis(b -> {}));

    assertThat(thrown).isExactlyInstanceOf(ApiGatewayV2Exception.class);
    ApiGatewayV2Exception e = (ApiGatewayV2Exception) thrown;
    assertThat(e.errorCode()).hasValue("InternalServerErrorException");
    assertThat(e.statusCode()).isEqualTo(500);
    assertThat(e.errorMessage()).hasValue("Internal server error");
    assertThat(e.requestId()).hasValue("req-500");
  }

  @Test
  void anErrorInsideAnEnvelopeIsStillTyped() {
    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .addHeader("x-amzn-RequestId", "req-env")
            .body(
                "{\"success\":false,\"error\":{\"code\":\"NotFoundException\",\"message\":\"No such route\"}}")
            .build());

    Throwable thrown = catchThrowable(() -> client.getRoute(b -> b.apiId("a1").routeId("r1")));

    assertThat(thrown).isExactlyInstanceOf(NotFoundException.class);
    NotFoundException e = (NotFoundException) thrown;
    assertThat(e.errorCode()).hasValue("NotFoundException");
    assertThat(e.errorMessage()).hasValue("No such route");
    assertThat(e.statusCode()).isEqualTo(404);
    assertThat(e.requestId()).hasValue("req-env");
  }

  @Test
  void anHtmlPageFromAProxyIsAServiceExceptionWithAShortExcerpt() {
    String html =
        "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>"
            + "<p>"
            + "The proxy could not reach the upstream server. ".repeat(40)
            + "</p></body></html>";
    server.enqueue(
        new MockResponse.Builder()
            .code(502)
            .addHeader("Content-Type", "text/html")
            .body(html)
            .build());

    ServiceException e =
        catchThrowableOfType(ServiceException.class, () -> client.getApis(b -> {}));

    assertThat(e.statusCode()).isEqualTo(502);
    assertThat(e.errorCode()).isEmpty();
    assertThat(e.rawBodyExcerpt()).startsWith("<html><head><title>502 Bad Gateway</title>");
    assertThat(e.rawBodyExcerpt().length()).isLessThan(html.length()).isLessThanOrEqualTo(1024);
    assertThat(e.getMessage()).contains("502").hasSizeLessThan(html.length());
  }

  @Test
  void anEmpty500IsAServiceException() {
    server.enqueue(
        new MockResponse.Builder().code(500).addHeader("x-amzn-RequestId", "req-empty").build());

    ServiceException e =
        catchThrowableOfType(ServiceException.class, () -> client.getApis(b -> {}));

    assertThat(e.statusCode()).isEqualTo(500);
    assertThat(e.errorCode()).isEmpty();
    assertThat(e.errorMessage()).isEmpty();
    assertThat(e.requestId()).hasValue("req-empty");
    assertThat(e.rawBodyExcerpt()).isEmpty();
  }

  // ---- unusable successful responses
  // ---------------------------------------------------------------------------

  @ParameterizedTest(name = "body {0}")
  @ValueSource(
      strings = {
        "{\"items\":[",
        "{\"items\": 5}",
        "[]",
        "not json",
        "{\"items\":[]} trailing",
        "{\"nextToken\":{\"a\":1}}"
      })
  void aMalformedSuccessfulBodyIsAClientExceptionNamingTheOperation(String body) {
    server.enqueue(new MockResponse.Builder().code(200).body(body).build());

    SdkClientException e =
        catchThrowableOfType(SdkClientException.class, () -> client.getRoutes(b -> b.apiId("a1")));

    assertThat(e).hasMessageStartingWith("GetRoutes:");
  }

  @Test
  void aSuccessfulBodyMissingAMemberTheModelCallsRequiredStillDecodes() {
    // Route.RouteKey is required in the model, but a response that leaves it out is decoded, as
    // every AWS SDK does.
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("{\"items\":[{\"routeId\":\"r1\",\"target\":\"integrations/abc\"}]}")
            .build());

    GetRoutesResult result = client.getRoutes(b -> b.apiId("a1"));

    assertThat(result.items()).hasSize(1);
    assertThat(result.items().get(0).routeKey()).isEmpty();
    assertThat(result.items().get(0).routeId()).hasValue("r1");
  }

  @Test
  void aRefusedConnectionIsAClientExceptionNamingTheOperation() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closedPort = socket.getLocalPort();
    }
    try (ApiGatewayV2Client unreachable = clientFor(URI.create("http://127.0.0.1:" + closedPort))) {

      SdkClientException e =
          catchThrowableOfType(
              SdkClientException.class, () -> unreachable.getRoutes(b -> b.apiId("a1")));

      assertThat(e)
          .hasMessageStartingWith("GetRoutes:")
          .hasRootCauseInstanceOf(ConnectException.class);
    }
  }

  // ---- mistakes caught before any I/O
  // --------------------------------------------------------------------------

  @Test
  void aNullRequestFailsNamingTheOperationWithoutSending() {
    assertThatThrownBy(() -> client.getApi((GetApiRequest) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GetApi")
        .hasMessageContaining("request");
    assertThatThrownBy(() -> client.getApi((Consumer<GetApiRequest.Builder>) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GetApi");
    assertThatThrownBy(() -> client.getRoutesPaginator((GetRoutesRequest) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GetRoutes");

    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aMissingRequiredMemberFailsNamingTypeAndMemberWithoutSending() {
    assertThatThrownBy(() -> client.createRoute(b -> b.apiId("a")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CreateRouteRequest")
        .hasMessageContaining("routeKey");
    assertThatThrownBy(() -> client.createRoute(b -> b.routeKey("GET /pets")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CreateRouteRequest")
        .hasMessageContaining("apiId");
    assertThatThrownBy(() -> client.createRoute(CreateRouteRequest.builder().apiId("a").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("routeKey");

    assertThat(server.getRequestCount()).isZero();
  }

  @ParameterizedTest(name = "apiId \"{0}\"")
  @ValueSource(strings = {"..", ".", ""})
  void aPathLabelThatWouldChangeThePathFailsBeforeIo(String apiId) {
    assertThatThrownBy(() -> client.getApi(b -> b.apiId(apiId)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("apiId");
    assertThatThrownBy(() -> client.getRoute(b -> b.apiId("a1").routeId(apiId)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("routeId");

    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aPathLabelWithSeparatorsTravelsAsOneEncodedSegment() throws Exception {
    server.enqueue(ok("{\"routeKey\":\"GET /\"}"));
    server.enqueue(ok("{}"));

    client.getRoute(b -> b.apiId("a/b?c#d").routeId("%2E%2E"));
    client.getApi(b -> b.apiId("ü x/.."));

    RecordedRequest route = server.takeRequest();
    assertThat(route.getTarget()).isEqualTo("/v2/apis/a%2Fb%3Fc%23d/routes/%252E%252E");
    assertThat(route.getUrl().pathSegments())
        .containsExactly("v2", "apis", "a/b?c#d", "routes", "%2E%2E");
    assertThat(route.getUrl().query()).isNull();
    RecordedRequest api = server.takeRequest();
    assertThat(api.getTarget()).isEqualTo("/v2/apis/%C3%BC%20x%2F..");
    assertThat(api.getUrl().pathSegments()).containsExactly("v2", "apis", "ü x/..");
  }

  @Test
  void tagResourceSendsTheArnAsOneSegment() throws Exception {
    server.enqueue(new MockResponse.Builder().code(201).body("{}").build());

    client.tagResource(b -> b.resourceArn(ARN).putTag("team", "pets"));

    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getMethod()).isEqualTo("POST");
    assertThat(recorded.getTarget()).isEqualTo("/v2/tags/" + ENCODED_ARN);
    assertThat(recorded.getUrl().pathSegments()).containsExactly("v2", "tags", ARN);
    assertThat(recorded.getBody().utf8()).isEqualTo("{\"tags\":{\"team\":\"pets\"}}");
  }

  @Test
  void untagResourceSendsTheArnAsOneSegmentAndRepeatsTagKeys() throws Exception {
    server.enqueue(new MockResponse.Builder().code(204).build());

    client.untagResource(b -> b.resourceArn(ARN).addTagKeys("team", "cost center"));

    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getMethod()).isEqualTo("DELETE");
    assertThat(recorded.getTarget())
        .isEqualTo("/v2/tags/" + ENCODED_ARN + "?tagKeys=team&tagKeys=cost%20center");
    assertThat(recorded.getUrl().pathSegments()).containsExactly("v2", "tags", ARN);
    assertThat(recorded.getUrl().queryParameterValues("tagKeys"))
        .containsExactly("team", "cost center");
  }

  // ---- no secrets in messages
  // ----------------------------------------------------------------------------------

  @Test
  void noMessageAndNoToStringShowsTheAuthorizationOrASecret() throws Exception {
    List<Throwable> thrown = new ArrayList<>();
    server.enqueue(
        new MockResponse.Builder()
            .code(403)
            .addHeader("X-Amzn-ErrorType", "AccessDeniedException")
            .body("{\"message\":\"User is not authorized\"}")
            .build());
    thrown.add(catchThrowable(() -> client.getApis(b -> {})));
    server.enqueue(new MockResponse.Builder().code(502).body("<html>Bad Gateway</html>").build());
    thrown.add(catchThrowable(() -> client.getApis(b -> {})));
    server.enqueue(ok("{\"items\":["));
    thrown.add(catchThrowable(() -> client.getRoutes(b -> b.apiId("a1"))));
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closedPort = socket.getLocalPort();
    }
    try (ApiGatewayV2Client unreachable = clientFor(URI.create("http://127.0.0.1:" + closedPort))) {
      thrown.add(catchThrowable(() -> unreachable.getApis(b -> {})));
      assertThat(unreachable.toString()).doesNotContain(SECRET_ACCESS_KEY, SESSION_TOKEN);
    }
    try (ApiGatewayV2Client failingCredentials =
        ApiGatewayV2Client.builder()
            .region("us-east-1")
            .endpoint(URI.create("http://127.0.0.1:" + server.getPort()))
            .credentialsProvider(
                () -> {
                  throw new IllegalStateException("could not read " + SECRET_ACCESS_KEY);
                })
            .build()) {
      thrown.add(catchThrowable(() -> failingCredentials.getApis(b -> {})));
    }

    List<String> authorizations = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      authorizations.add(server.takeRequest().getHeaders().get("Authorization"));
    }
    assertThat(authorizations).doesNotContainNull();
    assertThat(thrown).hasSize(5).doesNotContainNull();
    // The provider's own exception stays attached as the cause (it is the caller's); the SDK's
    // message names its type only.
    assertThat(thrown.get(4))
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("GetApis")
        .hasMessageContaining(IllegalStateException.class.getName());
    for (Throwable t : thrown) {
      List<Throwable> sdkChain = new ArrayList<>();
      for (Throwable cause = t;
          cause != null && cause != thrown.get(4).getCause();
          cause = cause.getCause()) {
        sdkChain.add(cause);
      }
      for (Throwable cause : sdkChain) {
        String text = cause.getMessage() + " " + cause;
        assertThat(text)
            .as("message of %s", cause.getClass().getName())
            .doesNotContain(SECRET_ACCESS_KEY, SESSION_TOKEN, "Signature=", "AWS4-HMAC-SHA256")
            .doesNotContainIgnoringCase("authorization:");
        for (String authorization : authorizations) {
          assertThat(text).doesNotContain(authorization);
        }
      }
    }
    assertThat(client.toString())
        .contains("127.0.0.1")
        .doesNotContain(SECRET_ACCESS_KEY, SESSION_TOKEN, "ASIAEXAMPLEEXAMPLE", "Signature");
  }

  // ---- helpers
  // -------------------------------------------------------------------------------------------------

  /**
   * One attempt per call: these tests are about what one response becomes; FaultMatrixTest covers
   * retries.
   */
  private ApiGatewayV2Client clientFor(URI endpoint) {
    return build(
        builder ->
            builder
                .region("us-east-1")
                .endpoint(endpoint)
                .credentials(CREDENTIALS)
                .clock(CLOCK)
                .retryStrategy(RetryStrategy.none()));
  }

  /**
   * The client under test, seen through the blocking interface; {@link AsyncClientErrorsTest}
   * overrides it.
   */
  ApiGatewayV2Client build(Consumer<SdkClientBuilder<?, ?>> settings) {
    ApiGatewayV2Client.Builder builder = ApiGatewayV2Client.builder();
    settings.accept(builder);
    return builder.build();
  }

  private static MockResponse ok(String body) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }
}
