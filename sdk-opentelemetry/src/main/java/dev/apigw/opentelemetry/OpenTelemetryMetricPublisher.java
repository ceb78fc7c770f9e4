package dev.apigw.opentelemetry;

import static dev.apigw.opentelemetry.SemanticConventions.AWS_API;
import static dev.apigw.opentelemetry.SemanticConventions.CLOUD_REGION;
import static dev.apigw.opentelemetry.SemanticConventions.ERROR_TYPE;
import static dev.apigw.opentelemetry.SemanticConventions.HTTP_RESPONSE_STATUS_CODE;
import static dev.apigw.opentelemetry.SemanticConventions.RPC_METHOD;
import static dev.apigw.opentelemetry.SemanticConventions.RPC_SERVICE;
import static dev.apigw.opentelemetry.SemanticConventions.RPC_SYSTEM;

import dev.apigw.core.metrics.AttemptMetrics;
import dev.apigw.core.metrics.CallMetrics;
import dev.apigw.core.metrics.MetricPublisher;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import java.util.List;

/**
 * Records each call's duration, attempts and retries on OpenTelemetry instruments, all three with
 * the same low-cardinality attributes. See {@link ApiGatewayV2Telemetry} for the names. Closing it
 * leaves the instruments and their {@code OpenTelemetry} alone: they are the application's.
 */
final class OpenTelemetryMetricPublisher implements MetricPublisher {
  private static final double NANOS_PER_SECOND = 1_000_000_000.0;

  private final DoubleHistogram callDuration;
  private final LongCounter attempts;
  private final LongCounter retries;

  OpenTelemetryMetricPublisher(Meter meter) {
    this.callDuration =
        meter
            .histogramBuilder(SemanticConventions.CALL_DURATION)
            .setDescription(
                "How long calls took, from start to result or failure, retries included")
            .setUnit("s")
            .setExplicitBucketBoundariesAdvice(SemanticConventions.CALL_DURATION_BUCKETS)
            .build();
    this.attempts =
        meter
            .counterBuilder(SemanticConventions.ATTEMPTS)
            .setDescription("HTTP attempts the calls made, the first included")
            .setUnit("{attempt}")
            .build();
    this.retries =
        meter
            .counterBuilder(SemanticConventions.RETRIES)
            .setDescription("Attempts the calls made after their first")
            .setUnit("{retry}")
            .build();
  }

  @Override
  public void publish(CallMetrics metrics) {
    Attributes attributes = attributes(metrics);
    callDuration.record(metrics.apiCallDuration().toNanos() / NANOS_PER_SECOND, attributes);
    attempts.add(metrics.attempts().size(), attributes);
    retries.add(metrics.retryCount(), attributes);
  }

  /** Never the request id, or anything else that differs from call to call. */
  private static Attributes attributes(CallMetrics metrics) {
    AttributesBuilder attributes =
        Attributes.builder()
            .put(RPC_SYSTEM, AWS_API)
            .put(RPC_SERVICE, metrics.serviceId())
            .put(RPC_METHOD, metrics.operationName());
    metrics.region().ifPresent(region -> attributes.put(CLOUD_REGION, region));
    metrics
        .failure()
        .ifPresent(failure -> attributes.put(ERROR_TYPE, SemanticConventions.errorType(failure)));
    List<AttemptMetrics> attemptList = metrics.attempts();
    if (!attemptList.isEmpty()) {
      attemptList
          .get(attemptList.size() - 1)
          .statusCode()
          .ifPresent(status -> attributes.put(HTTP_RESPONSE_STATUS_CODE, status));
    }
    return attributes.build();
  }
}
