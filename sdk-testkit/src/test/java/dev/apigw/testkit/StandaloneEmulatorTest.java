package dev.apigw.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.model.CreateApiResult;
import dev.apigw.model.ProtocolType;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code java … dev.apigw.testkit.ApiGatewayV2Emulator}: its first line says where it listens, and
 * it serves there.
 */
class StandaloneEmulatorTest {
  @Test
  void servesOnThePortItPrintsWithItsOptions() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    ApiGatewayV2Emulator.class.getName(),
                    "--port",
                    "0",
                    "--region",
                    "eu-central-1",
                    "--credentials",
                    "AKIDSTANDALONE:standalone-secret",
                    "--clock-skew",
                    "PT1H"))
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String first = out.readLine();

      assertThat(first).matches("Listening on http://127\\.0\\.0\\.1:\\d+");
      URI endpoint = URI.create(first.substring("Listening on ".length()));
      try (ApiGatewayV2Client client =
              ApiGatewayV2Client.builder()
                  .region("eu-central-1")
                  .endpoint(endpoint)
                  .credentials(Credentials.of("AKIDSTANDALONE", "standalone-secret"))
                  .build();
          ApiGatewayV2Client stranger =
              ApiGatewayV2Client.builder()
                  .region("eu-central-1")
                  .endpoint(endpoint)
                  .credentials(Credentials.of("AKIDSTRANGER", "x"))
                  .build()) {
        CreateApiResult created =
            client.createApi(b -> b.name("standalone").protocolType(ProtocolType.HTTP));
        String apiId = created.apiId().orElseThrow();
        assertThat(created.createdDate().orElseThrow())
            .as("the service's clock, an hour ahead")
            .isCloseTo(Instant.now().plus(Duration.ofHours(1)), within(1, ChronoUnit.MINUTES));
        assertThat(client.getApi(b -> b.apiId(apiId)).apiEndpoint().orElseThrow())
            .contains("eu-central-1");
        assertThat(
                ((ServiceException)
                        org.assertj.core.api.Assertions.catchThrowable(
                            () -> stranger.getApis(b -> {})))
                    .errorCode())
            .hasValue("UnrecognizedClientException");
      }
    } finally {
      process.destroy();
      assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("it stops when asked").isTrue();
    }
  }

  @Test
  void badOptionsAreRefusedWithUsage() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    ApiGatewayV2Emulator.class.getName(),
                    "--clock-skew",
                    "an hour",
                    "--credentials",
                    "no-colon"))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(output)
        .contains("--clock-skew takes an ISO-8601 duration such as PT1H", "usage:", "--clock-skew");
  }
}
