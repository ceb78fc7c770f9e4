package dev.apigw.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.retry.RetryStrategy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.assertj.core.api.Assertions;
import org.assertj.core.data.TemporalUnitOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Clock-skew recovery through both generated clients against a server whose clock is an hour ahead:
 * the AWS SDKs' six skew codes, at 400 and 403, are retried at once with a signature at the
 * server's time, and the client's later calls are signed right from their first request; nothing
 * else moves a client's clock, and no client learns from another's errors.
 */
class ClockSkewTest {
  static final List<String> SKEW_CODES =
      List.of(
          "RequestTimeTooSkewed",
          "RequestExpired",
          "RequestInTheFuture",
          "InvalidSignatureException",
          "SignatureDoesNotMatch",
          "AuthFailure");
  static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);
  static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final Duration HOUR = Duration.ofHours(1);
  private static final String APIS = "{\"items\":[]}";

  /** The blocking client, and the asynchronous one seen through the blocking interface. */
  enum Style {
    BLOCKING,
    ASYNC;

    ApiGatewayV2Client client(URI endpoint) {
      Credentials credentials = Credentials.of("AKIDEXAMPLE", "skew-secret");
      return this == BLOCKING
          ? ApiGatewayV2Client.builder()
              .region("us-east-1")
              .endpoint(endpoint)
              .credentials(credentials)
              .build()
          : AsyncAsSync.adapt(
              ApiGatewayV2AsyncClient.builder()
                  .region("us-east-1")
                  .endpoint(endpoint)
                  .credentials(credentials)
                  .build());
    }
  }

  private final MockWebServer server = new MockWebServer();
  private final List<ApiGatewayV2Client> clients = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    clients.forEach(ApiGatewayV2Client::close);
    server.close();
  }

  static Stream<Arguments> skewErrors() {
    List<Arguments> cases = new ArrayList<>();
    for (Style style : Style.values()) {
      for (String code : SKEW_CODES) {
        cases.add(Arguments.of(style, code, 400));
        cases.add(Arguments.of(style, code, 403));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {2} {1}")
  @MethodSource("skewErrors")
  void aSkewErrorIsRetriedAtOnceAtTheServersTimeAndLaterCallsAreSignedRight(
      Style style, String code, int status) throws InterruptedException {
    Instant serverNow = Instant.now().plus(HOUR);
    server.enqueue(error(status, code, serverNow));
    server.enqueue(ok(serverNow));
    server.enqueue(ok(serverNow));
    ApiGatewayV2Client client = keep(style.client(endpoint()));

    long start = System.nanoTime();
    client.getApis(b -> {});
    long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    Instant firstSigned = signedAt(server.takeRequest());
    Instant retrySigned = signedAt(server.takeRequest());
    client.getApis(b -> {});
    Instant nextSigned = signedAt(server.takeRequest());

    assertThat(firstSigned).isCloseTo(serverNow.minus(HOUR), within(5));
    assertThat(retrySigned).as("the retry").isCloseTo(serverNow, within(5));
    assertThat(nextSigned).as("the next call's only request").isCloseTo(serverNow, within(5));
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(elapsedMillis).as("no backoff before the retry").isLessThan(1000);
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void aSkewErrorWithoutADateChangesNoOffsetAndIsNotRetriedAt403(Style style)
      throws InterruptedException {
    server.enqueue(error(403, "InvalidSignatureException", null));
    server.enqueue(ok(null));
    ApiGatewayV2Client client = keep(style.client(endpoint()));

    ServiceException thrown =
        catchThrowableOfType(ServiceException.class, () -> client.getApis(b -> {}));
    client.getApis(b -> {});

    assertThat(thrown.errorCode()).hasValue("InvalidSignatureException");
    assertThat(thrown.attempts()).isEqualTo(1);
    server.takeRequest();
    assertThat(signedAt(server.takeRequest())).isCloseTo(Instant.now(), within(5));
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void aSkewCodeWithoutADateAtARetryableStatusIsRetriedByTheStrategyAlone(Style style)
      throws InterruptedException {
    server.enqueue(error(503, "RequestTimeTooSkewed", null));
    server.enqueue(ok(null));
    ApiGatewayV2Client client = keep(style.client(endpoint()));

    client.getApis(b -> {});

    assertThat(signedAt(server.takeRequest())).isCloseTo(Instant.now(), within(5));
    assertThat(signedAt(server.takeRequest())).isCloseTo(Instant.now(), within(5));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void aNonSkew403IsNotRetriedAndMovesNoClockWhateverItsDate(Style style)
      throws InterruptedException {
    Instant serverNow = Instant.now().plus(HOUR);
    server.enqueue(error(403, "AccessDeniedException", serverNow));
    server.enqueue(ok(serverNow));
    ApiGatewayV2Client client = keep(style.client(endpoint()));

    ServiceException thrown =
        catchThrowableOfType(ServiceException.class, () -> client.getApis(b -> {}));
    client.getApis(b -> {});

    assertThat(thrown.errorCode()).hasValue("AccessDeniedException");
    assertThat(thrown.attempts()).isEqualTo(1);
    server.takeRequest();
    assertThat(signedAt(server.takeRequest())).isCloseTo(Instant.now(), within(5));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void aSuccessWithADistantDateMovesNoClock(Style style) throws InterruptedException {
    server.enqueue(ok(Instant.now().plus(HOUR)));
    server.enqueue(ok(Instant.now().plus(HOUR)));
    ApiGatewayV2Client client = keep(style.client(endpoint()));

    client.getApis(b -> {});
    client.getApis(b -> {});

    server.takeRequest();
    assertThat(signedAt(server.takeRequest())).isCloseTo(Instant.now(), within(5));
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void theOffsetNeverLeaksToAnotherClient(Style style) throws InterruptedException {
    Instant serverNow = Instant.now().plus(HOUR);
    server.enqueue(error(403, "InvalidSignatureException", serverNow));
    server.enqueue(ok(serverNow));
    server.enqueue(ok(serverNow));
    server.enqueue(ok(serverNow));
    ApiGatewayV2Client learned = keep(style.client(endpoint()));
    learned.getApis(b -> {});
    server.takeRequest();
    server.takeRequest();

    ApiGatewayV2Client sameStyle = keep(style.client(endpoint()));
    ApiGatewayV2Client otherStyle = keep(Style.values()[1 - style.ordinal()].client(endpoint()));
    sameStyle.getApis(b -> {});
    otherStyle.getApis(b -> {});

    assertThat(signedAt(server.takeRequest())).isCloseTo(Instant.now(), within(5));
    assertThat(signedAt(server.takeRequest())).isCloseTo(Instant.now(), within(5));
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void callsWithARetryStrategyOfTheirOwnShareTheClientsOffset(Style style)
      throws InterruptedException {
    Instant serverNow = Instant.now().plus(HOUR);
    server.enqueue(error(403, "InvalidSignatureException", serverNow));
    server.enqueue(ok(serverNow));
    server.enqueue(ok(serverNow));
    server.enqueue(ok(serverNow));
    ApiGatewayV2Client client = keep(style.client(endpoint()));
    RetryStrategy own = RetryStrategy.standard().withMaxAttempts(2);

    client.getApis(b -> b.overrideConfiguration(o -> o.retryStrategy(own)));
    server.takeRequest();
    Instant retrySigned = signedAt(server.takeRequest());
    client.getApis(b -> {});
    client.getApis(b -> b.overrideConfiguration(o -> o.retryStrategy(own)));

    assertThat(retrySigned)
        .as("the retry of the call with its own strategy")
        .isCloseTo(serverNow, within(5));
    assertThat(signedAt(server.takeRequest()))
        .as("the client's own strategy, next")
        .isCloseTo(serverNow, within(5));
    assertThat(signedAt(server.takeRequest()))
        .as("its own strategy again")
        .isCloseTo(serverNow, within(5));
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  private URI endpoint() {
    return URI.create(server.url("/").toString());
  }

  private ApiGatewayV2Client keep(ApiGatewayV2Client client) {
    clients.add(client);
    return client;
  }

  static MockResponse error(int status, String code, Instant serverNow) {
    MockResponse.Builder response =
        new MockResponse.Builder()
            .code(status)
            .addHeader("X-Amzn-ErrorType", code)
            .addHeader("Content-Type", "application/json")
            .body("{\"message\":\"Signature expired\"}");
    return dated(response, serverNow).build();
  }

  static MockResponse ok(Instant serverNow) {
    MockResponse.Builder response =
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .body(APIS);
    return dated(response, serverNow).build();
  }

  private static MockResponse.Builder dated(MockResponse.Builder response, Instant serverNow) {
    return serverNow == null ? response : response.addHeader("Date", HTTP_DATE.format(serverNow));
  }

  static Instant signedAt(RecordedRequest request) {
    return AMZ_DATE.parse(request.getHeaders().get("X-Amz-Date"), Instant::from);
  }

  static TemporalUnitOffset within(long seconds) {
    return Assertions.within(seconds, ChronoUnit.SECONDS);
  }
}
