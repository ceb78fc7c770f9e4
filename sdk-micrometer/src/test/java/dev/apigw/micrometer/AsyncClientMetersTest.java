package dev.apigw.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.apigw.client.ApiGatewayV2AsyncClient;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.retry.RetryStrategy;
import dev.apigw.model.NotFoundException;
import dev.apigw.testkit.ApiGatewayV2Emulator;
import dev.apigw.testkit.ApiGatewayV2EmulatorExtension;
import dev.apigw.testkit.Fault;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an asynchronous client's calls on the emulator leave in the registry: the same meters as a
 * blocking client's, there by the time the call's future completes.
 */
@ExtendWith(ApiGatewayV2EmulatorExtension.class)
class AsyncClientMetersTest {
  private final MeterRegistry registry = new SimpleMeterRegistry();
  private final RecordedMeters meters = new RecordedMeters(registry);
  private ApiGatewayV2Emulator emulator;
  private ApiGatewayV2AsyncClient client;

  @BeforeEach
  void buildClient(ApiGatewayV2Emulator emulator) {
    this.emulator = emulator;
    this.client =
        emulator
            .asyncClientBuilder()
            .retryStrategy(ClientMetersTest.RETRY_AT_ONCE)
            .addMetricPublisher(MicrometerMetricPublisher.create(registry))
            .build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void twoUnavailableAnswersThenSuccessAreOneSuccessfulCallOfThreeAttempts() {
    emulator.inject("GetApis", 2, Fault.serviceUnavailable());

    client.getApis(b -> {}).join();

    meters.assertOneSuccessAfterTwoUnavailable("GetApis");
  }

  @Test
  void aNotFoundIsAClientErrorNamedAfterItsException() {
    Throwable failure = catchThrowable(() -> client.getApi(b -> b.apiId("nope")).join());

    assertThat(failure).isInstanceOf(CompletionException.class);
    assertThat(failure.getCause()).isInstanceOf(NotFoundException.class);
    meters.assertOneCallOfOneAttempt("GetApi", "client_error", "404", "NotFoundException");
  }

  @Test
  void aRefusedConnectionIsAFailureWithoutStatus() throws IOException {
    try (ApiGatewayV2AsyncClient refused =
        emulator
            .asyncClientBuilder()
            .endpoint(ClientMetersTest.closedPort())
            .retryStrategy(RetryStrategy.none())
            .addMetricPublisher(MicrometerMetricPublisher.create(registry))
            .build()) {
      Throwable failure = catchThrowable(() -> refused.getApis(b -> {}).join()).getCause();

      assertThat(failure).isInstanceOf(SdkClientException.class);
      meters.assertOneCallOfOneAttempt(
          "GetApis", "failure", "none", failure.getClass().getSimpleName());
    }
  }

  @Test
  void aCallsOwnPublisherRecordsBesideTheClients() {
    MeterRegistry callRegistry = new SimpleMeterRegistry();
    MicrometerMetricPublisher callPublisher = MicrometerMetricPublisher.create(callRegistry);

    client.getApis(b -> b.overrideConfiguration(o -> o.addMetricPublisher(callPublisher))).join();
    client.getApis(b -> {}).join();

    assertThat(meters.callCount("GetApis")).isEqualTo(2);
    assertThat(new RecordedMeters(callRegistry).callCount("GetApis")).isEqualTo(1);
  }
}
