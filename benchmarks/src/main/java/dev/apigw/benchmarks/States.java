package dev.apigw.benchmarks;

import dev.apigw.benchmarks.server.CannedResponses;
import dev.apigw.benchmarks.server.LoopbackServer;
import dev.apigw.opentelemetry.ApiGatewayV2Telemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.IOException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The JMH states: the loopback server, and one state per subject holding one client that every
 * benchmark thread shares ({@link Scope#Benchmark}), built once per trial (fork) against that
 * server.
 */
public final class States {
  private States() {}

  /**
   * The loopback server of the fork, started before the subjects and stopped after them; it prints
   * how many requests it answered on how many connections (in JMH's output), which shows a client
   * that reconnects.
   */
  @State(Scope.Benchmark)
  public static class Server {
    public LoopbackServer server;

    @Setup(Level.Trial)
    public void start() throws IOException {
      server = LoopbackServer.start(CannedResponses.create());
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
      System.out.println(
          "loopback server: "
              + server.requestCount()
              + " requests on "
              + server.connectionCount()
              + " connections");
      server.close();
    }
  }

  /** Shared by the subject states. */
  public abstract static class SubjectState {
    public Subject subject;

    @TearDown(Level.Trial)
    public void close() {
      subject.close();
    }
  }

  /** apigw-java's client. */
  @State(Scope.Benchmark)
  public static class Ours extends SubjectState {
    @Setup(Level.Trial)
    public void start(Server server) {
      subject = new OursSubject(server.server.endpoint());
    }
  }

  /**
   * apigw-java's client with {@code sdk-opentelemetry} on, over an OpenTelemetry SDK that samples
   * every span (dropped by an exporter that does nothing) and aggregates every metric (read by an
   * in-memory reader): the cost a service pays for tracing and measuring each call.
   */
  @State(Scope.Benchmark)
  public static class OursTelemetry extends SubjectState {
    private OpenTelemetrySdk openTelemetry;

    @Setup(Level.Trial)
    public void start(Server server) {
      openTelemetry =
          OpenTelemetrySdk.builder()
              .setTracerProvider(
                  SdkTracerProvider.builder()
                      .addSpanProcessor(SimpleSpanProcessor.create(SpanExporter.composite()))
                      .build())
              .setMeterProvider(
                  SdkMeterProvider.builder()
                      .registerMetricReader(InMemoryMetricReader.create())
                      .build())
              .build();
      ApiGatewayV2Telemetry telemetry = ApiGatewayV2Telemetry.create(openTelemetry);
      subject = new OursSubject(server.server.endpoint(), telemetry::configure);
    }

    @TearDown(Level.Trial)
    public void shutDown() {
      openTelemetry.close();
    }
  }

  /** The AWS SDK for Java v2 with its default HTTP client, Apache. */
  @State(Scope.Benchmark)
  public static class AwsApache extends SubjectState {
    @Setup(Level.Trial)
    public void start(Server server) {
      subject = new AwsSubject(server.server.endpoint(), AwsSubject.Http.APACHE);
    }
  }

  /** The AWS SDK for Java v2 with {@code UrlConnectionHttpClient}. */
  @State(Scope.Benchmark)
  public static class AwsUrlConnection extends SubjectState {
    @Setup(Level.Trial)
    public void start(Server server) {
      subject = new AwsSubject(server.server.endpoint(), AwsSubject.Http.URL_CONNECTION);
    }
  }

  /** Raw OkHttp + Jackson tree, reads unsigned. */
  @State(Scope.Benchmark)
  public static class RawTree extends SubjectState {
    @Setup(Level.Trial)
    public void start(Server server) {
      subject = new RawTreeSubject(server.server.endpoint(), false);
    }
  }

  /** Raw OkHttp + Jackson tree, reads signed too. */
  @State(Scope.Benchmark)
  public static class RawTreeSigned extends SubjectState {
    @Setup(Level.Trial)
    public void start(Server server) {
      subject = new RawTreeSubject(server.server.endpoint(), true);
    }
  }

  /** Raw OkHttp + jackson-core streaming, reads unsigned. */
  @State(Scope.Benchmark)
  public static class RawStreaming extends SubjectState {
    @Setup(Level.Trial)
    public void start(Server server) {
      subject = new RawStreamingSubject(server.server.endpoint());
    }
  }
}
