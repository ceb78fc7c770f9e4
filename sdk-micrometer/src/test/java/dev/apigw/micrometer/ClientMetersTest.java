package dev.apigw.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.core.exception.ApiCallTimeoutException;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.interceptor.ExecutionContext;
import dev.apigw.core.interceptor.ExecutionInterceptor;
import dev.apigw.core.retry.RetryStrategy;
import dev.apigw.model.NotFoundException;
import dev.apigw.model.TooManyRequestsException;
import dev.apigw.testkit.ApiGatewayV2Emulator;
import dev.apigw.testkit.ApiGatewayV2EmulatorExtension;
import dev.apigw.testkit.Fault;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a blocking client's calls on the emulator leave in the registry, for each outcome. */
@ExtendWith(ApiGatewayV2EmulatorExtension.class)
class ClientMetersTest {
  /** The standard retries at once: three attempts in all, no waiting. */
  static final RetryStrategy RETRY_AT_ONCE =
      RetryStrategy.standard().withBackoff(Duration.ZERO, Duration.ZERO, Duration.ZERO);

  private final MeterRegistry registry = new SimpleMeterRegistry();
  private final RecordedMeters meters = new RecordedMeters(registry);
  private ApiGatewayV2Emulator emulator;
  private ApiGatewayV2Client client;

  @BeforeEach
  void buildClient(ApiGatewayV2Emulator emulator) {
    this.emulator = emulator;
    this.client =
        emulator
            .clientBuilder()
            .retryStrategy(RETRY_AT_ONCE)
            .addMetricPublisher(MicrometerMetricPublisher.create(registry))
            .build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void aSuccessfulCallIsOneCallAndOneAttempt() {
    client.getApis(b -> {});

    assertThat(meters.calls("GetApis", "success", "200", "none").count()).isEqualTo(1);
    assertThat(meters.attempts("GetApis", "success", "200").count()).isEqualTo(1);
    assertThat(meters.retries("GetApis").count()).isZero();
    assertThat(meters.calls("GetApis", "success", "200", "none").getId().getTag("service"))
        .isEqualTo("ApiGatewayV2");
  }

  @Test
  void twoUnavailableAnswersThenSuccessAreOneSuccessfulCallOfThreeAttempts() {
    emulator.inject("GetApis", 2, Fault.serviceUnavailable());

    client.getApis(b -> {});

    meters.assertOneSuccessAfterTwoUnavailable("GetApis");
    double attemptsTime =
        meters.attempts("GetApis", "server_error", "503").totalTime(TimeUnit.NANOSECONDS)
            + meters.attempts("GetApis", "success", "200").totalTime(TimeUnit.NANOSECONDS);
    assertThat(attemptsTime)
        .isPositive()
        .isLessThanOrEqualTo(
            meters.calls("GetApis", "success", "200", "none").totalTime(TimeUnit.NANOSECONDS));
  }

  @Test
  void aServerErrorOnEveryAttemptIsAServerError() {
    emulator.inject("GetApis", 3, Fault.error(500, "InternalFailure", "broken"));

    Throwable failure = catchThrowable(() -> client.getApis(b -> {}));

    String error = failure.getClass().getSimpleName();
    assertThat(meters.calls("GetApis", "server_error", "500", error).count()).isEqualTo(1);
    assertThat(meters.attempts("GetApis", "server_error", "500").count()).isEqualTo(3);
    assertThat(meters.retries("GetApis").count()).isEqualTo(2);
  }

  @Test
  void aNotFoundIsAClientErrorNamedAfterItsException() {
    assertThat(catchThrowable(() -> client.getApi(b -> b.apiId("nope"))))
        .isInstanceOf(NotFoundException.class);

    meters.assertOneCallOfOneAttempt("GetApi", "client_error", "404", "NotFoundException");
    assertThat(meters.retries("GetApi").count()).isZero();
  }

  @Test
  void a429IsThrottled() {
    emulator.inject("GetApis", 3, Fault.throttling());

    assertThat(catchThrowable(() -> client.getApis(b -> {})))
        .isInstanceOf(TooManyRequestsException.class);

    assertThat(meters.calls("GetApis", "throttled", "429", "TooManyRequestsException").count())
        .isEqualTo(1);
    assertThat(meters.attempts("GetApis", "throttled", "429").count()).isEqualTo(3);
  }

  @Test
  void aThrottlingErrorCodeIsThrottledWhateverItsStatus() {
    emulator.inject("GetApis", 1, Fault.error(400, "TooManyRequestsException", "slow down"));

    client.getApis(b -> {});

    assertThat(meters.attempts("GetApis", "throttled", "400").count()).isEqualTo(1);
    assertThat(meters.calls("GetApis", "success", "200", "none").count()).isEqualTo(1);
    assertThat(meters.retries("GetApis").count()).isEqualTo(1);
  }

  @Test
  void aRefusedConnectionIsAFailureWithoutStatus() throws IOException {
    try (ApiGatewayV2Client refused =
        emulator
            .clientBuilder()
            .endpoint(closedPort())
            .retryStrategy(RetryStrategy.none())
            .addMetricPublisher(MicrometerMetricPublisher.create(registry))
            .build()) {
      Throwable failure = catchThrowable(() -> refused.getApis(b -> {}));

      assertThat(failure).isInstanceOf(SdkClientException.class);
      meters.assertOneCallOfOneAttempt(
          "GetApis", "failure", "none", failure.getClass().getSimpleName());
    }
  }

  @Test
  void aCallPastItsTimeoutIsAFailureWithoutStatus() {
    emulator.inject("GetApis", 1, Fault.delay(Duration.ofSeconds(2)));

    assertThat(
            catchThrowable(
                () ->
                    client.getApis(
                        b ->
                            b.overrideConfiguration(
                                o -> o.apiCallTimeout(Duration.ofMillis(200))))))
        .isInstanceOf(ApiCallTimeoutException.class);

    assertThat(meters.calls("GetApis", "failure", "none", "ApiCallTimeoutException").count())
        .isEqualTo(1);
  }

  @Test
  void aCallThatFailsInTheClientBeforeSendingHasNoAttempts() {
    ExecutionInterceptor failing =
        new ExecutionInterceptor() {
          @Override
          public void beforeExecution(ExecutionContext context) {
            throw new IllegalStateException("not today");
          }
        };

    Throwable failure =
        catchThrowable(
            () ->
                client.getApis(
                    b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(failing))));

    String error = failure.getClass().getSimpleName();
    assertThat(meters.calls("GetApis", "failure", "none", error).count()).isEqualTo(1);
    assertThat(registry.find(MicrometerMetricPublisher.ATTEMPTS).timers()).isEmpty();
    assertThat(emulator.requestCount()).isZero();
  }

  @Test
  void aCallsOwnPublisherRecordsBesideTheClients() {
    MeterRegistry callRegistry = new SimpleMeterRegistry();
    MicrometerMetricPublisher callPublisher = MicrometerMetricPublisher.create(callRegistry);

    // README-BEGIN Metrics of one call
    client.getApis(b -> b.overrideConfiguration(o -> o.addMetricPublisher(callPublisher)));
    // README-END
    client.getApis(b -> {});

    assertThat(meters.callCount("GetApis")).isEqualTo(2);
    assertThat(new RecordedMeters(callRegistry).callCount("GetApis")).isEqualTo(1);
  }

  @Test
  void closingTheClientLeavesTheRegistryOpen() {
    client.getApis(b -> {});
    client.close();

    assertThat(registry.isClosed()).isFalse();
    assertThat(meters.callCount("GetApis")).isEqualTo(1);
  }

  @Test
  void aClientBuiltAsTheReadmeShowsSendsNothingAndLeavesTheRegistryOpenWhenClosed() {
    MeterRegistry meterRegistry = new SimpleMeterRegistry();

    // README-BEGIN Metrics with Micrometer
    ApiGatewayV2Client client =
        ApiGatewayV2Client.builder()
            .region("us-east-1")
            .addMetricPublisher(MicrometerMetricPublisher.create(meterRegistry))
            .build();
    // README-END
    client.close();

    assertThat(meterRegistry.isClosed()).isFalse();
    assertThat(meterRegistry.getMeters()).isEmpty();
  }

  /** A loopback address where nothing listens. */
  static URI closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }
  }
}
