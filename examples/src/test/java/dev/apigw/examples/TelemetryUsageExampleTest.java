package dev.apigw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.model.GetApiResult;
import dev.apigw.opentelemetry.ApiGatewayV2Telemetry;
import dev.apigw.testkit.ApiGatewayV2Emulator;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.junit5.OpenTelemetryExtension;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the README's OpenTelemetry snippets on the emulator, into an in-memory OpenTelemetry SDK.
 */
class TelemetryUsageExampleTest {
  @RegisterExtension static final OpenTelemetryExtension OTEL = OpenTelemetryExtension.create();

  private final ApiGatewayV2Emulator local = ApiGatewayV2Emulator.start();

  @AfterEach
  void stop() {
    local.close();
  }

  @Test
  void everyCallOfATracedClientIsASpanAndIsMeasured() {
    try (ApiGatewayV2Client client =
        TelemetryUsage.createTracedClient(
            OTEL.getOpenTelemetry(), local.endpoint(), "AKIDEXAMPLE", "example-secret")) {
      client.getApis(b -> {});
    }

    assertThat(OTEL.getSpans())
        .extracting(SpanData::getName)
        .containsExactly("ApiGatewayV2.GetApis");
    assertThat(OTEL.getMetrics())
        .extracting(MetricData::getName)
        .contains("rpc.client.call.duration", "apigw.client.attempts", "apigw.client.retries");
  }

  @Test
  void oneCallIsTracedThroughItsOverrides() {
    ApiGatewayV2Client client = local.client();
    String apiId =
        SampleApi.create(
            client, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    GetApiResult api =
        TelemetryUsage.getApiTraced(
            client, ApiGatewayV2Telemetry.create(OTEL.getOpenTelemetry()), apiId);

    assertThat(api.apiId()).contains(apiId);
    assertThat(OTEL.getSpans())
        .extracting(SpanData::getName)
        .containsExactly("ApiGatewayV2.GetApi");
  }
}
