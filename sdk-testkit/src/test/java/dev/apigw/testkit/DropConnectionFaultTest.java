package dev.apigw.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.apigw.client.ApiGatewayV2AsyncClient;
import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.retry.RetryStrategy;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Fault#dropConnection()}: the emulator reads the request and closes its connection without
 * an answer; the client sees an I/O failure, which the standard retry strategy retries.
 */
class DropConnectionFaultTest {
  @Test
  void aDroppedConnectionFailsAnAttemptWithAnIoError() {
    try (ApiGatewayV2Emulator emulator = ApiGatewayV2Emulator.start();
        ApiGatewayV2Client client =
            emulator.clientBuilder().retryStrategy(RetryStrategy.none()).build()) {
      emulator.inject("GetApis", 1, Fault.dropConnection());

      SdkClientException failure =
          catchThrowableOfType(SdkClientException.class, () -> client.getApis(b -> {}));

      assertThat(failure).hasRootCauseInstanceOf(IOException.class);
      assertThat(client.getApis(b -> {}).items()).isEmpty();
      assertThat(emulator.operationCounts()).isEqualTo(Map.of("GetApis", 2));
    }
  }

  @Test
  void bothClientsRetryADroppedConnection() {
    try (ApiGatewayV2Emulator emulator = ApiGatewayV2Emulator.start()) {
      ApiGatewayV2Client client = emulator.client();
      ApiGatewayV2AsyncClient asyncClient = emulator.asyncClient();
      emulator.inject("GetApis", 1, Fault.dropConnection());
      emulator.inject("GetVpcLinks", 1, Fault.dropConnection());

      assertThat(client.getApis(b -> {}).items()).isEmpty();
      assertThat(asyncClient.getVpcLinks(b -> {}).join().items()).isEmpty();
      assertThat(emulator.operationCounts()).isEqualTo(Map.of("GetApis", 2, "GetVpcLinks", 2));
    }
  }

  @Test
  void itSaysWhatItDoes() {
    Fault fault = Fault.dropConnection();

    assertThat(fault.dropsConnection()).isTrue();
    assertThat(fault.isError()).isFalse();
    assertThat(fault).hasToString("Fault{connection dropped}");
    assertThat(Fault.throttling().dropsConnection()).isFalse();
  }
}
