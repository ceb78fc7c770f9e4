package dev.apigw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.model.GetApiResult;
import dev.apigw.opentelemetry.ApiGatewayV2Telemetry;
import dev.apigw.testkit.ApiGatewayV2Emulator;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's OpenTelemetry snippets on the emulator, into an in-memory OpenTelemetry SDK.
 */
class TelemetryUsageExampleTest {
  private final ApiGatewayV2Emulator local = ApiGatewayV2Emulator.start();
  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  private final OpenTelemetrySdk openTelemetry =
      OpenTelemetrySdk.builder()
          .setTracerProvider(
              SdkTracerProvider.builder()
                  .addSpanProcessor(SimpleSpanProcessor.create(spans))
                  .build())
          .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
          .build();

  @AfterEach
  void stop() {
    local.close();
    openTelemetry.close();
  }

  @Test
  void everyCallOfATracedClientIsASpanAndIsMeasured() {
    try (ApiGatewayV2Client client =
        TelemetryUsage.createTracedClient(
            openTelemetry, local.endpoint(), "AKIDEXAMPLE", "example-secret")) {
      client.getApis(b -> {});
    }

    assertThat(spans.getFinishedSpanItems())
        .extracting(SpanData::getName)
        .containsExactly("ApiGatewayV2.GetApis");
    assertThat(metrics.collectAllMetrics())
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
        TelemetryUsage.getApiTraced(client, ApiGatewayV2Telemetry.create(openTelemetry), apiId);

    assertThat(api.apiId()).contains(apiId);
    assertThat(spans.getFinishedSpanItems())
        .extracting(SpanData::getName)
        .containsExactly("ApiGatewayV2.GetApi");
  }
}
