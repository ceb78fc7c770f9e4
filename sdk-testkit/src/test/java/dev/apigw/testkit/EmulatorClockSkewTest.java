package dev.apigw.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.apigw.client.ApiGatewayV2AsyncClient;
import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.retry.RetryStrategy;
import dev.apigw.model.ProtocolType;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The emulator with a skewed clock ({@code clockSkew} on its builder) and with an injected skew
 * error ({@link Fault#clockSkew(Duration)}): the service's error and {@code Date}, and a client of
 * this SDK recovering from them at once, in both call styles.
 */
class EmulatorClockSkewTest {
  private static final Duration HOUR = Duration.ofHours(1);
  private final List<AutoCloseable> closeables = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable closeable : closeables) {
      closeable.close();
    }
  }

  @Test
  void aServiceClockAnHourAheadRefusesAClientOnTimeWithTheServicesSkewError() {
    ApiGatewayV2Emulator emulator = keep(ApiGatewayV2Emulator.builder().clockSkew(HOUR).start());
    ApiGatewayV2Client once =
        keep(emulator.clientBuilder().retryStrategy(RetryStrategy.none()).build());

    ServiceException thrown =
        catchThrowableOfType(ServiceException.class, () -> once.getApis(b -> {}));

    assertThat(thrown.statusCode()).isEqualTo(403);
    assertThat(thrown.errorCode()).hasValue("InvalidSignatureException");
    assertThat(thrown.errorMessage().orElseThrow())
        .matches(
            "Signature expired: \\d{8}T\\d{6}Z is now earlier than \\d{8}T\\d{6}Z"
                + " \\(\\d{8}T\\d{6}Z - 15 min\\.\\)");
    assertThat(thrown.details().serverTime())
        .isCloseTo(Instant.now().plus(HOUR), within(5, ChronoUnit.SECONDS));
  }

  @Test
  void bothClientsRecoverAtOnceAndSignRightFromThen() {
    ApiGatewayV2Emulator emulator = keep(ApiGatewayV2Emulator.builder().clockSkew(HOUR).start());
    ApiGatewayV2Client client = emulator.client();
    ApiGatewayV2AsyncClient async = emulator.asyncClient();

    String apiId =
        client
            .createApi(b -> b.name("skewed").protocolType(ProtocolType.HTTP))
            .apiId()
            .orElseThrow();
    assertThat(emulator.requestCount()).as("refused, then retried at once").isEqualTo(2);
    assertThat(async.getApi(b -> b.apiId(apiId)).join().createdDate().orElseThrow())
        .as("created at the service's time")
        .isCloseTo(Instant.now().plus(HOUR), within(1, ChronoUnit.MINUTES));
    assertThat(emulator.requestCount())
        .as("the asynchronous client learns on its own")
        .isEqualTo(4);

    client.getApi(b -> b.apiId(apiId));
    async.getApi(b -> b.apiId(apiId)).join();

    assertThat(emulator.requestCount()).as("one request each once learned").isEqualTo(6);
    assertThat(emulator.operationCounts())
        .as("refused requests never reach an operation")
        .containsExactlyInAnyOrderEntriesOf(Map.of("CreateApi", 1, "GetApi", 3));
  }

  @Test
  void aServiceClockBehindSaysTheSignatureIsNotYetCurrentAndTheClientRecovers() {
    ApiGatewayV2Emulator emulator =
        keep(ApiGatewayV2Emulator.builder().clockSkew(HOUR.negated()).start());
    ApiGatewayV2Client once =
        keep(emulator.clientBuilder().retryStrategy(RetryStrategy.none()).build());

    ServiceException thrown =
        catchThrowableOfType(ServiceException.class, () -> once.getApis(b -> {}));

    assertThat(thrown.errorMessage().orElseThrow()).startsWith("Signature not yet current: ");
    assertThat(emulator.client().getApis(b -> {}).items()).isEmpty();
    assertThat(emulator.requestCount()).isEqualTo(3);
  }

  @Test
  void aSkewWithinFifteenMinutesIsAcceptedAsByTheService() {
    ApiGatewayV2Emulator emulator =
        keep(ApiGatewayV2Emulator.builder().clockSkew(Duration.ofMinutes(10)).start());

    emulator.client().getApis(b -> {});

    assertThat(emulator.requestCount()).isEqualTo(1);
  }

  @Test
  void withCredentialsTheSignatureIsVerifiedAtTheLearnedTime() {
    Credentials known = Credentials.of("AKIDSKEW", "skew-secret");
    ApiGatewayV2Emulator emulator =
        keep(ApiGatewayV2Emulator.builder().credentials(known).clockSkew(HOUR).start());

    assertThat(emulator.client().getApis(b -> {}).items()).isEmpty();
    assertThat(emulator.requestCount()).isEqualTo(2);
  }

  @Test
  void everyAnswerHasTheServicesTimeInItsDateHeader() throws IOException {
    ApiGatewayV2Emulator emulator = keep(ApiGatewayV2Emulator.builder().clockSkew(HOUR).start());
    OkHttpClient http = new OkHttpClient();
    try (Response unsigned =
        http.newCall(new Request.Builder().url(emulator.endpoint() + "/v2/apis").build())
            .execute()) {
      assertThat(unsigned.code()).isEqualTo(403);
      assertThat(DateTimeFormatter.RFC_1123_DATE_TIME.parse(unsigned.header("Date"), Instant::from))
          .isCloseTo(Instant.now().plus(HOUR), within(5, ChronoUnit.SECONDS));
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  @Test
  void anInjectedSkewErrorIsTheServicesWithItsDateAndTheClientRetriesAtOnce() {
    ApiGatewayV2Emulator emulator = keep(ApiGatewayV2Emulator.start());
    ApiGatewayV2Client once =
        keep(emulator.clientBuilder().retryStrategy(RetryStrategy.none()).build());
    emulator.inject("GetApis", 1, Fault.clockSkew(Duration.ofHours(2)));
    emulator.inject("GetVpcLinks", 1, Fault.clockSkew(Duration.ofMinutes(-20)));

    ServiceException thrown =
        catchThrowableOfType(ServiceException.class, () -> once.getApis(b -> {}));
    emulator.client().getVpcLinks(b -> {});

    assertThat(thrown.statusCode()).isEqualTo(403);
    assertThat(thrown.errorCode()).hasValue("InvalidSignatureException");
    assertThat(thrown.errorMessage().orElseThrow()).startsWith("Signature expired: ");
    assertThat(thrown.details().serverTime())
        .isCloseTo(Instant.now().plus(Duration.ofHours(2)), within(5, ChronoUnit.SECONDS));
    assertThat(emulator.operationCounts())
        .containsExactlyInAnyOrderEntriesOf(Map.of("GetApis", 1, "GetVpcLinks", 2));
  }

  @Test
  void anInjectedSkewMustBeOneTheServiceWouldRefuse() {
    assertThatThrownBy(() -> Fault.clockSkew(Duration.ofMinutes(15)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than 15 minutes");
    assertThatThrownBy(() -> Fault.clockSkew(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ApiGatewayV2Emulator.builder().clockSkew(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("skew must not be null");

    Fault fault = Fault.clockSkew(Duration.ofMinutes(-20));
    assertThat(fault.isError()).isTrue();
    assertThat(fault.status()).isEqualTo(403);
    assertThat(fault.errorType()).isEqualTo("InvalidSignatureException");
    assertThat(fault.message()).isNull();
    assertThat(fault.clockSkew()).isEqualTo(Duration.ofMinutes(-20));
    assertThat(fault).hasToString("Fault{403 InvalidSignatureException, clock skew PT-20M}");
    assertThat(Fault.throttling().clockSkew()).isNull();
  }

  private <T extends AutoCloseable> T keep(T closeable) {
    closeables.add(closeable);
    return closeable;
  }
}
