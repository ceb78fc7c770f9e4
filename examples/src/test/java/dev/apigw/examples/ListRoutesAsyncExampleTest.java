package dev.apigw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.client.ApiGatewayV2AsyncClient;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.testkit.ApiGatewayV2Emulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs {@link ListRoutesAsync} and its README snippets against the testkit's emulator. */
class ListRoutesAsyncExampleTest {
  @Test
  void listsTheSampleApisRoutes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        ListRoutesAsync.run(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    List<String> lines = List.of(out.toString(StandardCharsets.UTF_8).split("\\R"));
    assertThat(lines.get(0)).endsWith(": 8 routes");
    assertThat(lines.subList(1, lines.size()))
        .containsExactlyElementsOf(
            SampleApi.ROUTE_KEYS.stream().map(key -> "  " + key).collect(Collectors.toList()));
  }

  @Test
  void existsTellsAMissingApiFromOtherFailures() {
    try (ApiGatewayV2Emulator emulator = ApiGatewayV2Emulator.start()) {
      String apiId =
          SampleApi.create(
              emulator.client(),
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      ApiGatewayV2AsyncClient client = emulator.asyncClient();

      assertThat(ListRoutesAsync.exists(client, apiId).join()).isTrue();
      assertThat(ListRoutesAsync.exists(client, "nope123456").join()).isFalse();
    }
    try (ApiGatewayV2AsyncClient nowhere =
        ListRoutesAsync.createClient(URI.create("http://127.0.0.1:1"), "AKID", "SECRET")) {
      assertThat(ListRoutesAsync.exists(nowhere, "a1"))
          .failsWithin(Duration.ofSeconds(30))
          .withThrowableOfType(ExecutionException.class)
          .withCauseInstanceOf(SdkClientException.class);
    }
  }
}
