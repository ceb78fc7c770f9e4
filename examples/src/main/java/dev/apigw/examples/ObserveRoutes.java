package dev.apigw.examples;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.micrometer.MicrometerMetricPublisher;
import dev.apigw.opentelemetry.ApiGatewayV2Telemetry;
import dev.apigw.testkit.ApiGatewayV2Emulator;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Lists the sample API's routes page by page on the testkit's emulator, with OpenTelemetry tracing
 * and Micrometer metrics on the client, then prints the spans the listing made and the meters it
 * left: one span and one timer record per page. Runs anywhere: no AWS account, no network.
 *
 * <pre>
 * ObserveRoutes
 * </pre>
 */
public final class ObserveRoutes {
  private ObserveRoutes() {}

  public static void main(String[] args) {
    int status = run(System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the program: prints to {@code out} and {@code err} and returns the exit status. */
  public static int run(PrintStream out, PrintStream err) {
    List<SpanData> spans = new ArrayList<>();
    SdkTracerProvider tracing =
        SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(into(spans)))
            .build();
    try (OpenTelemetrySdk openTelemetry =
            OpenTelemetrySdk.builder().setTracerProvider(tracing).build();
        ApiGatewayV2Emulator emulator = ApiGatewayV2Emulator.start()) {
      MeterRegistry meterRegistry = new SimpleMeterRegistry();
      URI endpoint = emulator.endpoint();
      err.println("Started the API Gateway V2 emulator at " + endpoint);
      String apiId = SampleApi.create(emulator.client(), err);

      int status;
      try (ApiGatewayV2Client client = observedClient(openTelemetry, meterRegistry, emulator)) {
        Tracer tracer = openTelemetry.getTracer("dev.apigw.examples");
        Span listing = tracer.spanBuilder("list the sample API's routes").startSpan();
        Scope current = listing.makeCurrent();
        try {
          status = ListRoutes.listRoutes(client, apiId, "3", out, err);
        } finally {
          current.close();
          listing.end();
        }
      }
      out.println();
      printSpans(spans, out);
      out.println();
      printMeters(meterRegistry, out);
      return status;
    }
  }

  /** A client on the emulator whose calls are traced and measured. */
  static ApiGatewayV2Client observedClient(
      OpenTelemetry openTelemetry, MeterRegistry meterRegistry, ApiGatewayV2Emulator emulator) {
    // README-BEGIN Trace with OpenTelemetry and measure with Micrometer
    ApiGatewayV2Client client =
        ApiGatewayV2Telemetry.create(openTelemetry)
            .configure(emulator.clientBuilder())
            .addMetricPublisher(MicrometerMetricPublisher.create(meterRegistry))
            .build();
    // README-END
    return client;
  }

  private static void printSpans(List<SpanData> spans, PrintStream out) {
    out.println("Spans (" + spans.size() + "):");
    List<SpanData> byStart = new ArrayList<>(spans);
    byStart.sort(Comparator.comparingLong(SpanData::getStartEpochNanos));
    for (SpanData span : byStart) {
      boolean child = span.getParentSpanContext().isValid();
      out.println(
          (child ? "    " : "  ")
              + span.getName()
              + " ["
              + span.getKind()
              + ", "
              + TimeUnit.NANOSECONDS.toMicros(span.getEndEpochNanos() - span.getStartEpochNanos())
              + " µs]"
              + (child
                  ? " "
                      + span.getAttributes().asMap().entrySet().stream()
                          .map(e -> e.getKey().getKey() + "=" + e.getValue())
                          .sorted()
                          .collect(Collectors.joining(", ", "{", "}"))
                  : ""));
    }
  }

  private static void printMeters(MeterRegistry registry, PrintStream out) {
    out.println("Meters:");
    List<Meter> meters = new ArrayList<>(registry.getMeters());
    meters.sort(Comparator.comparing(m -> m.getId().getName() + m.getId().getTags()));
    for (Meter meter : meters) {
      String tags =
          meter.getId().getTags().stream()
              .map(tag -> tag.getKey() + "=" + tag.getValue())
              .collect(Collectors.joining(", ", "{", "}"));
      String value;
      if (meter instanceof Timer) {
        Timer timer = (Timer) meter;
        value =
            timer.count()
                + " recorded, total "
                + Math.round(timer.totalTime(TimeUnit.MICROSECONDS))
                + " µs";
      } else if (meter instanceof Counter) {
        value = Math.round(((Counter) meter).count()) + " counted";
      } else {
        continue;
      }
      out.println("  " + meter.getId().getName() + " " + tags + ": " + value);
    }
  }

  /** An exporter that keeps every span it is given. */
  private static SpanExporter into(List<SpanData> spans) {
    return new SpanExporter() {
      @Override
      public CompletableResultCode export(Collection<SpanData> batch) {
        synchronized (spans) {
          spans.addAll(batch);
        }
        return CompletableResultCode.ofSuccess();
      }

      @Override
      public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
      }

      @Override
      public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
      }
    };
  }
}
