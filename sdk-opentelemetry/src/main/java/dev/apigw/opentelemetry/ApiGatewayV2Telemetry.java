package dev.apigw.opentelemetry;

import dev.apigw.core.client.SdkClientBuilder;
import dev.apigw.core.interceptor.ExecutionInterceptor;
import dev.apigw.core.internal.pipeline.SdkVersion;
import dev.apigw.core.lang.Arguments;
import dev.apigw.core.metrics.MetricPublisher;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.MeterBuilder;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerBuilder;

/**
 * Makes every call of an apigw-java client visible through an {@link OpenTelemetry} of yours: a
 * span per call, and metrics of the calls. {@link #configure} adds both to a client's builder; or
 * add {@link #newExecutionInterceptor()} and {@link #newMetricPublisher()} yourself, to a client or
 * to one request's overrides. Only the OpenTelemetry API is used: the SDK, its exporters and their
 * settings are the application's. Thread-safe; one instance serves any number of clients.
 *
 * <h2>Spans</h2>
 *
 * <p>Each call is one span of kind CLIENT named {@code <service>.<operation>}, such as {@code
 * ApiGatewayV2.GetRoutes}, whatever number of attempts it takes, following OpenTelemetry's
 * conventions for AWS SDK client spans. Its parent is the context current when the call is made (on
 * the caller's thread, for the asynchronous client too). It carries {@code rpc.system} ({@code
 * aws-api}), {@code rpc.service} ({@code ApiGatewayV2}), {@code rpc.method} ({@code GetRoutes}),
 * {@code cloud.region}, and, from the last response, {@code http.response.status_code} and {@code
 * aws.request_id}. Each attempt after the first adds an event {@code retry}, with {@code
 * apigw.attempt} (the attempt about to be sent, from 2) and {@code apigw.previous_status_code} when
 * the attempt before got a response. A failed call sets the status ERROR, records the exception as
 * an event and sets {@code error.type} to the exception's class name, such as {@code
 * dev.apigw.model.NotFoundException} or {@code dev.apigw.core.exception.ApiCallTimeoutException}. A
 * successful call leaves the status unset, as the conventions ask of client spans.
 *
 * <p>During each attempt's exchange the call's span is current on the thread that runs it (the
 * caller's for the blocking client, one of OkHttp's for the asynchronous one), so the application
 * interceptors of an {@code OkHttpClient} given to the client's builder see it as {@code
 * Span.current()}. Each attempt's request is also tagged with the call's {@code
 * io.opentelemetry.context.Context}, where OpenTelemetry's OkHttp instrumentation looks for the
 * parent of its HTTP spans.
 *
 * <h2>Metrics</h2>
 *
 * <ul>
 *   <li>{@code rpc.client.call.duration}, a histogram in seconds of each call from start to result
 *       or failure, backoffs included, with the buckets the conventions advise (5 ms to 10 s). This
 *       is the name and unit of the current RPC conventions, which replaced {@code
 *       rpc.client.duration} in milliseconds; its value matches the span's duration.
 *   <li>{@code apigw.client.attempts}, a counter of the HTTP attempts the calls made.
 *   <li>{@code apigw.client.retries}, a counter of the attempts after each call's first (the
 *       conventions name no instrument for either count).
 * </ul>
 *
 * <p>All three carry {@code rpc.system}, {@code rpc.service}, {@code rpc.method}, {@code
 * cloud.region} when known, {@code error.type} (the exception's class name) when the call failed,
 * and {@code http.response.status_code} of the last attempt when it got a response: only values
 * with few distinct values, never a request id. The attribute names are those of the spans, so that
 * a metric and the spans behind it are filtered alike; the RPC conventions are moving {@code
 * rpc.system} to {@code rpc.system.name}, which the AWS SDK conventions have yet to follow.
 *
 * <p>Spans and instruments come from the instrumentation scope {@value #INSTRUMENTATION_NAME}, at
 * the SDK's version.
 */
public final class ApiGatewayV2Telemetry {
  /** The name of the tracer and the meter, to select this module's telemetry in views. */
  public static final String INSTRUMENTATION_NAME = "dev.apigw.opentelemetry";

  private final Tracer tracer;
  private final Meter meter;

  private ApiGatewayV2Telemetry(Tracer tracer, Meter meter) {
    this.tracer = tracer;
    this.meter = meter;
  }

  /**
   * Telemetry through {@code openTelemetry}. Fails with {@link IllegalArgumentException} naming the
   * argument when it is null.
   */
  public static ApiGatewayV2Telemetry create(OpenTelemetry openTelemetry) {
    Arguments.requireNonNull(openTelemetry, "openTelemetry");
    String version = SdkVersion.version();
    TracerBuilder tracer = openTelemetry.tracerBuilder(INSTRUMENTATION_NAME);
    MeterBuilder meter = openTelemetry.meterBuilder(INSTRUMENTATION_NAME);
    if (!version.equals("unknown")) {
      tracer.setInstrumentationVersion(version);
      meter.setInstrumentationVersion(version);
    }
    return new ApiGatewayV2Telemetry(tracer.build(), meter.build());
  }

  /**
   * A new interceptor that traces each call it runs in. Added to a client and again to a request's
   * overrides, it still makes one span for that call.
   */
  public ExecutionInterceptor newExecutionInterceptor() {
    return new TracingInterceptor(tracer);
  }

  /**
   * A new publisher that records each call's metrics. Its {@code close()} does nothing: the
   * instruments outlive it.
   */
  public MetricPublisher newMetricPublisher() {
    return new OpenTelemetryMetricPublisher(meter);
  }

  /**
   * Adds a {@link #newExecutionInterceptor()} and a {@link #newMetricPublisher()} to {@code
   * builder}, after what it has, and returns it, so that the chain goes on with its own type:
   * {@code telemetry.configure(ApiGatewayV2Client.builder()).region("eu-west-1").build()}. Fails
   * with {@link IllegalArgumentException} naming the argument when it is null.
   *
   * @param <B> the builder's own type
   */
  public <B extends SdkClientBuilder<B, ?>> B configure(B builder) {
    Arguments.requireNonNull(builder, "builder");
    return builder
        .addExecutionInterceptor(newExecutionInterceptor())
        .addMetricPublisher(newMetricPublisher());
  }
}
