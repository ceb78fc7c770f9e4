package dev.apigw.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An OpenTelemetry SDK that keeps what it is given in memory: spans as they end, metrics when read.
 */
final class InMemoryTelemetry implements AutoCloseable {
  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  private final OpenTelemetrySdk sdk =
      OpenTelemetrySdk.builder()
          .setTracerProvider(
              SdkTracerProvider.builder()
                  .addSpanProcessor(SimpleSpanProcessor.create(spans))
                  .build())
          .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
          .build();

  OpenTelemetry openTelemetry() {
    return sdk;
  }

  /** The spans ended so far, in the order they ended. */
  List<SpanData> spans() {
    return spans.getFinishedSpanItems();
  }

  /** The one span ended so far; fails when there is none or more. */
  SpanData onlySpan() {
    List<SpanData> ended = spans();
    assertThat(ended).hasSize(1);
    return ended.get(0);
  }

  /** The metrics recorded so far, by name. */
  Map<String, MetricData> metrics() {
    return metrics.collectAllMetrics().stream()
        .collect(Collectors.toMap(MetricData::getName, Function.identity()));
  }

  @Override
  public void close() {
    sdk.close();
  }
}
