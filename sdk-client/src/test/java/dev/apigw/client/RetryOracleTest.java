package dev.apigw.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.exception.SdkException;
import dev.apigw.core.retry.RetryStrategy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * The AWS SDK for Java v2 as the oracle of what is retried: the same fault sequence, served to both
 * SDKs in their standard mode (with no backoff delay, so the table runs fast), must make the same
 * number of attempts.
 *
 * <p>Three codes differ on purpose: {@code LimitExceededException} (a throttling code in botocore's
 * standard mode) and {@code InternalFailure} and {@code ServiceUnavailable} (transient codes of the
 * AWS SDKs' retry specification) are retried by us and, at HTTP 400, not by the AWS SDK for Java v2
 * 2.41.18. The README says so.
 */
class RetryOracleTest {
  private static final String OK = "{\"items\":[]}";

  /**
   * Codes we retry and the AWS SDK for Java v2 does not, when they come with a status it does not
   * retry.
   */
  static final Set<String> RETRIED_ONLY_BY_US =
      Set.of("LimitExceededException", "InternalFailure", "ServiceUnavailable");

  static Stream<Arguments> faultSequences() {
    List<Arguments> cases = new ArrayList<>();
    cases.add(Arguments.of("503, 503, 200", seq(status(503), status(503), ok()), 3));
    cases.add(Arguments.of("500 x3", seq(status(500), status(500), status(500)), 3));
    cases.add(Arguments.of("502 then 200", seq(html(502), ok()), 2));
    cases.add(Arguments.of("504 then 200", seq(status(504), ok()), 2));
    cases.add(Arguments.of("429 then 200", seq(status(429), ok()), 2));
    cases.add(Arguments.of("400", seq(coded(400, "BadRequestException")), 1));
    cases.add(Arguments.of("403", seq(coded(403, "AccessDeniedException")), 1));
    cases.add(Arguments.of("404", seq(coded(404, "NotFoundException")), 1));
    cases.add(Arguments.of("409", seq(coded(409, "ConflictException")), 1));
    cases.add(Arguments.of("501", seq(status(501)), 1));
    cases.add(Arguments.of("307", seq(status(307)), 1));
    for (String code :
        List.of(
            "Throttling",
            "ThrottlingException",
            "ThrottledException",
            "RequestThrottledException",
            "TooManyRequestsException",
            "ProvisionedThroughputExceededException",
            "TransactionInProgressException",
            "RequestLimitExceeded",
            "BandwidthLimitExceeded",
            "LimitExceededException",
            "RequestThrottled",
            "SlowDown",
            "PriorRequestNotComplete",
            "EC2ThrottledException",
            "RequestTimeout",
            "RequestTimeoutException",
            "InternalError",
            "InternalFailure",
            "ServiceUnavailable")) {
      cases.add(
          Arguments.of(
              "400 " + code + " x3", seq(coded(400, code), coded(400, code), coded(400, code)), 3));
      cases.add(Arguments.of("503 " + code + " then 200", seq(coded(503, code), ok()), 2));
    }
    cases.add(
        Arguments.of(
            "disconnect at start, then 200",
            seq(
                () ->
                    new MockResponse.Builder()
                        .onRequestStart(
                            new mockwebserver3.SocketEffect.CloseSocket(true, false, false))
                        .build(),
                ok()),
            2));
    cases.add(
        Arguments.of("200 with a body cut short, x3", seq(cutShort(), cutShort(), cutShort()), 3));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faultSequences")
  void bothSdksMakeTheSameNumberOfAttempts(
      String name, List<Supplier<MockResponse>> sequence, int expected) throws IOException {
    int ours;
    try (MockWebServer server = serve(sequence);
        ApiGatewayV2Client client = ours(URI.create(server.url("/").toString()))) {
      catchThrowable(() -> client.getApis(b -> {}));
      ours = server.getRequestCount();
    }
    int aws;
    try (MockWebServer server = serve(sequence);
        software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client client =
            aws(URI.create(server.url("/").toString()))) {
      catchThrowable(() -> client.getApis(b -> {}));
      aws = server.getRequestCount();
    }

    assertThat(ours).as("our attempts").isEqualTo(expected);
    boolean knownDifference =
        RETRIED_ONLY_BY_US.stream().anyMatch(code -> name.equals("400 " + code + " x3"));
    assertThat(aws).as("the AWS SDK's attempts").isEqualTo(knownDifference ? 1 : expected);
  }

  @Test
  void aRefusedConnectionIsTriedAsOftenByBoth() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closedPort = socket.getLocalPort();
    }
    URI endpoint = URI.create("http://127.0.0.1:" + closedPort);
    Throwable oursThrown;
    try (ApiGatewayV2Client client = ours(endpoint)) {
      oursThrown = catchThrowable(() -> client.getApis(b -> {}));
    }
    Throwable awsThrown;
    try (software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client client = aws(endpoint)) {
      awsThrown = catchThrowable(() -> client.getApis(b -> {}));
    }

    assertThat(((SdkException) oursThrown).attempts()).isEqualTo(3);
    assertThat(((software.amazon.awssdk.core.exception.SdkException) awsThrown).numAttempts())
        .isEqualTo(3);
  }

  private static ApiGatewayV2Client ours(URI endpoint) {
    return ApiGatewayV2Client.builder()
        .region("us-east-1")
        .credentials(Credentials.of("AKID", "SECRET"))
        .endpoint(endpoint)
        .retryStrategy(
            RetryStrategy.standard().withBackoff(Duration.ZERO, Duration.ZERO, Duration.ZERO))
        .build();
  }

  private static software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client aws(URI endpoint) {
    return AwsSdkClients.client(
        endpoint,
        AwsRetryStrategy.standardRetryStrategy().toBuilder()
            .backoffStrategy(BackoffStrategy.retryImmediately())
            .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
            .build());
  }

  private static MockWebServer serve(List<Supplier<MockResponse>> sequence) throws IOException {
    MockWebServer server = new MockWebServer();
    for (Supplier<MockResponse> response : sequence) {
      server.enqueue(response.get());
    }
    // Anything beyond the sequence would be an extra attempt: answer it with a 400 that nobody
    // retries.
    for (int i = 0; i < 5; i++) {
      server.enqueue(coded(400, "BadRequestException").get());
    }
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    return server;
  }

  @SafeVarargs
  private static List<Supplier<MockResponse>> seq(Supplier<MockResponse>... responses) {
    List<Supplier<MockResponse>> sequence = new ArrayList<>(responses.length);
    for (Supplier<MockResponse> response : responses) {
      sequence.add(response);
    }
    return sequence;
  }

  private static Supplier<MockResponse> ok() {
    return () ->
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body(OK)
            .build();
  }

  private static Supplier<MockResponse> status(int status) {
    return () -> new MockResponse.Builder().code(status).build();
  }

  private static Supplier<MockResponse> html(int status) {
    return () ->
        new MockResponse.Builder()
            .code(status)
            .addHeader("Content-Type", "text/html")
            .body("<html><body>" + status + "</body></html>")
            .build();
  }

  private static Supplier<MockResponse> coded(int status, String code) {
    return () ->
        new MockResponse.Builder()
            .code(status)
            .addHeader("X-Amzn-ErrorType", code)
            .addHeader("Content-Type", "application/json")
            .body("{\"message\":\"" + code + "\"}")
            .build();
  }

  private static Supplier<MockResponse> cutShort() {
    return () ->
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body("{\"items\":[{\"routeId\":\"r1\",\"routeKey\":\"GET /x\"}]}")
            .onResponseBody(new mockwebserver3.SocketEffect.CloseSocket(true, false, false))
            .build();
  }
}
