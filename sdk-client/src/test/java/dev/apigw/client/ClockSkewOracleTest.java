package dev.apigw.client;

import static dev.apigw.client.ClockSkewTest.error;
import static dev.apigw.client.ClockSkewTest.ok;
import static dev.apigw.client.ClockSkewTest.signedAt;
import static dev.apigw.client.ClockSkewTest.within;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.apigw.core.auth.Credentials;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkGlobalTime;
import software.amazon.awssdk.retries.api.BackoffStrategy;

/**
 * The AWS SDK for Java v2 2.41.18 as the oracle of clock-skew recovery: the same responses, from a
 * server whose clock is an hour ahead, served to both SDKs (the AWS SDK without backoff delays, so
 * the table runs fast). Both retry each of the six skew codes, at 400 and at 403, and sign the
 * retry and the next call at the server's time.
 *
 * <p>Where they differ on purpose, pinned here and listed in the README: without a {@code Date}, or
 * with one under 4 minutes off, the AWS SDK still retries its three definite skew codes, where we
 * leave the decision to the retry strategy (which does not retry a 400 or 403); the AWS SDK also
 * takes any 401 or 403 with a distant {@code Date} as a skew error, where we take only the six
 * codes; and it seeds every new client with the offset the last client learned (a process-wide
 * {@code SdkGlobalTime}), where ours stays with the client that learned it. We also retry at once
 * and without retry-quota cost, where the AWS SDK backs off and pays as for any retry.
 */
class ClockSkewOracleTest {
  /** The AWS SDK's definite skew codes, which it retries even without a {@code Date}. */
  static final Set<String> DEFINITE =
      Set.of("RequestTimeTooSkewed", "RequestExpired", "RequestInTheFuture");

  private static final Duration HOUR = Duration.ofHours(1);

  private final List<MockWebServer> servers = new ArrayList<>();

  @BeforeEach
  @AfterEach
  void forgetTheAwsSdksProcessWideOffset() {
    SdkGlobalTime.setGlobalTimeOffset(0);
  }

  @AfterEach
  void stopServers() {
    servers.forEach(MockWebServer::close);
  }

  static Stream<Arguments> skewErrors() {
    List<Arguments> cases = new ArrayList<>();
    for (String code : ClockSkewTest.SKEW_CODES) {
      cases.add(Arguments.of(code, 400));
      cases.add(Arguments.of(code, 403));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{1} {0}")
  @MethodSource("skewErrors")
  void bothRetryASkewErrorAtTheServersTimeAndSignTheNextCallRight(String code, int status)
      throws Exception {
    for (Sdk sdk : Sdk.values()) {
      Instant serverNow = Instant.now().plus(HOUR);
      MockWebServer server = serve(error(status, code, serverNow), ok(serverNow), ok(serverNow));
      try (Call call = sdk.client(endpoint(server))) {
        call.getApis();
        call.getApis();
      }

      assertThat(server.getRequestCount()).as(sdk + " requests").isEqualTo(3);
      assertThat(signedAt(server.takeRequest())).isCloseTo(Instant.now(), within(5));
      assertThat(signedAt(server.takeRequest())).as(sdk + " retry").isCloseTo(serverNow, within(5));
      assertThat(signedAt(server.takeRequest()))
          .as(sdk + " next call")
          .isCloseTo(serverNow, within(5));
    }
  }

  @ParameterizedTest(name = "403 {0}")
  @MethodSource("skewCodes")
  void withoutADateOnlyTheAwsSdkRetriesItsDefiniteCodes(String code) throws Exception {
    int ours = attempts(Sdk.OURS, error(403, code, null), ok(null));
    int aws = attempts(Sdk.AWS, error(403, code, null), ok(null));

    assertThat(ours).as("ours: the strategy does not retry a 403").isEqualTo(1);
    assertThat(aws).as("the AWS SDK's").isEqualTo(DEFINITE.contains(code) ? 2 : 1);
  }

  static Stream<String> skewCodes() {
    return ClockSkewTest.SKEW_CODES.stream();
  }

  @ParameterizedTest(name = "403 {0}")
  @MethodSource("definiteCodes")
  void underFourMinutesOffOnlyTheAwsSdkRetriesItsDefiniteCodes(String code) throws Exception {
    Instant serverNow = Instant.now().plus(Duration.ofMinutes(2));

    assertThat(attempts(Sdk.OURS, error(403, code, serverNow), ok(serverNow))).isEqualTo(1);
    assertThat(attempts(Sdk.AWS, error(403, code, serverNow), ok(serverNow))).isEqualTo(2);
  }

  static Stream<String> definiteCodes() {
    return DEFINITE.stream().sorted();
  }

  @Test
  void neitherRetriesANonSkew403WithTheRightDate() throws Exception {
    Instant now = Instant.now();
    assertThat(attempts(Sdk.OURS, error(403, "AccessDeniedException", now), ok(now))).isEqualTo(1);
    assertThat(attempts(Sdk.AWS, error(403, "AccessDeniedException", now), ok(now))).isEqualTo(1);
  }

  @Test
  void onlyTheAwsSdkTakesANonSkew403WithADistantDateForASkewError() throws Exception {
    Instant serverNow = Instant.now().plus(HOUR);
    assertThat(attempts(Sdk.OURS, error(403, "AccessDeniedException", serverNow), ok(serverNow)))
        .isEqualTo(1);
    assertThat(attempts(Sdk.AWS, error(403, "AccessDeniedException", serverNow), ok(serverNow)))
        .isEqualTo(2);
  }

  @Test
  void onlyTheAwsSdkHandsTheLearnedOffsetToTheNextClient() throws Exception {
    for (Sdk sdk : Sdk.values()) {
      Instant serverNow = Instant.now().plus(HOUR);
      MockWebServer server =
          serve(error(403, "InvalidSignatureException", serverNow), ok(serverNow), ok(serverNow));
      try (Call learned = sdk.client(endpoint(server))) {
        learned.getApis();
      }
      try (Call fresh = sdk.client(endpoint(server))) {
        fresh.getApis();
      }
      server.takeRequest();
      server.takeRequest();

      assertThat(signedAt(server.takeRequest()))
          .as(sdk + ": a new client's first request")
          .isCloseTo(sdk == Sdk.AWS ? serverNow : Instant.now(), within(5));
    }
  }

  private int attempts(Sdk sdk, MockResponse... responses) throws IOException {
    MockWebServer server = serve(responses);
    try (Call call = sdk.client(endpoint(server))) {
      catchThrowable(call::getApis);
    }
    return server.getRequestCount();
  }

  private MockWebServer serve(MockResponse... responses) throws IOException {
    MockWebServer server = new MockWebServer();
    servers.add(server);
    for (MockResponse response : responses) {
      server.enqueue(response);
    }
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    return server;
  }

  private static URI endpoint(MockWebServer server) {
    return URI.create(server.url("/").toString());
  }

  /** One GetApis call and closing the client, whichever SDK makes it. */
  interface Call extends AutoCloseable {
    void getApis();

    @Override
    void close();
  }

  /** The two SDKs, each in its standard retry mode. */
  enum Sdk {
    OURS(
        endpoint -> {
          ApiGatewayV2Client client =
              ApiGatewayV2Client.builder()
                  .region("us-east-1")
                  .credentials(Credentials.of("AKID", "SECRET"))
                  .endpoint(endpoint)
                  .build();
          return call(() -> client.getApis(b -> {}), client::close);
        }),
    AWS(
        endpoint -> {
          software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client client =
              AwsSdkClients.client(
                  endpoint,
                  AwsRetryStrategy.standardRetryStrategy().toBuilder()
                      .backoffStrategy(BackoffStrategy.retryImmediately())
                      .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                      .build());
          return call(() -> client.getApis(b -> {}), client::close);
        });

    private final Function<URI, Call> factory;

    Sdk(Function<URI, Call> factory) {
      this.factory = factory;
    }

    Call client(URI endpoint) {
      return factory.apply(endpoint);
    }

    private static Call call(Runnable getApis, Runnable close) {
      return new Call() {
        @Override
        public void getApis() {
          getApis.run();
        }

        @Override
        public void close() {
          close.run();
        }
      };
    }
  }
}
