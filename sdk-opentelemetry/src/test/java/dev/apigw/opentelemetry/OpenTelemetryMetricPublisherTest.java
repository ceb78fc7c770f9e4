package dev.apigw.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.metrics.AttemptMetrics;
import dev.apigw.core.metrics.CallMetrics;
import dev.apigw.core.metrics.MetricPublisher;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The publisher told of calls by hand, as the runtime tells it once a call ended. */
class OpenTelemetryMetricPublisherTest {
  private static final Attributes GET_ROUTES_OK =
      Attributes.builder()
          .put("rpc.system", "aws-api")
          .put("rpc.service", "ApiGatewayV2")
          .put("rpc.method", "GetRoutes")
          .put("cloud.region", "eu-west-1")
          .put("http.response.status_code", 200L)
          .build();

  private final InMemoryTelemetry telemetry = new InMemoryTelemetry();
  private final MetricPublisher publisher =
      ApiGatewayV2Telemetry.create(telemetry.openTelemetry()).newMetricPublisher();

  @AfterEach
  void closeTelemetry() {
    telemetry.close();
  }

  private static CallMetrics.Builder getRoutes() {
    return CallMetrics.builder()
        .serviceId("ApiGatewayV2")
        .operationName("GetRoutes")
        .region("eu-west-1");
  }

  @Test
  void aCallsDurationIsRecordedInSecondsWithTheAdvisedBuckets() {
    publisher.publish(
        getRoutes()
            .apiCallDuration(Duration.ofMillis(250))
            .addAttempt(AttemptMetrics.builder().statusCode(200).requestId("req-1").build())
            .build());

    MetricData duration = telemetry.metrics().get("rpc.client.call.duration");
    assertThat(duration.getUnit()).isEqualTo("s");
    assertThat(duration.getInstrumentationScopeInfo().getName())
        .isEqualTo("dev.apigw.opentelemetry");
    HistogramPointData point = duration.getHistogramData().getPoints().iterator().next();
    assertThat(point.getCount()).isEqualTo(1);
    assertThat(point.getSum()).isEqualTo(0.25);
    assertThat(point.getAttributes()).isEqualTo(GET_ROUTES_OK);
    assertThat(point.getBoundaries())
        .containsExactly(
            0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0);
  }

  @Test
  void attemptsAndRetriesAreCountedWithTheSameAttributes() {
    publisher.publish(
        getRoutes()
            .addAttempt(AttemptMetrics.builder().statusCode(503).build())
            .addAttempt(AttemptMetrics.builder().statusCode(503).build())
            .addAttempt(AttemptMetrics.builder().statusCode(200).build())
            .build());
    publisher.publish(
        getRoutes().addAttempt(AttemptMetrics.builder().statusCode(200).build()).build());

    Map<String, MetricData> metrics = telemetry.metrics();
    assertThat(sums(metrics.get("apigw.client.attempts")))
        .containsExactly(Map.entry(GET_ROUTES_OK, 4L));
    assertThat(sums(metrics.get("apigw.client.retries")))
        .containsExactly(Map.entry(GET_ROUTES_OK, 2L));
    assertThat(metrics.get("apigw.client.attempts").getUnit()).isEqualTo("{attempt}");
    assertThat(metrics.get("apigw.client.retries").getUnit()).isEqualTo("{retry}");
    assertThat(metrics.get("apigw.client.attempts").getLongSumData().isMonotonic()).isTrue();
  }

  @Test
  void aFailedCallCarriesItsErrorTypeAndTheLastStatusButNeverTheRequestId() {
    publisher.publish(
        CallMetrics.builder()
            .serviceId("ApiGatewayV2")
            .operationName("GetApi")
            .region("eu-west-1")
            .addAttempt(AttemptMetrics.builder().statusCode(404).requestId("req-404").build())
            .failure(new SdkClientException("Not found"))
            .build());

    HistogramPointData point =
        telemetry
            .metrics()
            .get("rpc.client.call.duration")
            .getHistogramData()
            .getPoints()
            .iterator()
            .next();
    assertThat(point.getAttributes())
        .isEqualTo(
            Attributes.builder()
                .put("rpc.system", "aws-api")
                .put("rpc.service", "ApiGatewayV2")
                .put("rpc.method", "GetApi")
                .put("cloud.region", "eu-west-1")
                .put("http.response.status_code", 404L)
                .put("error.type", "dev.apigw.core.exception.SdkClientException")
                .build());
  }

  @Test
  void aCallThatFailedBeforeAnyAttemptAndRegionHasNeitherStatusNorRegion() {
    publisher.publish(
        CallMetrics.builder()
            .serviceId("ApiGatewayV2")
            .operationName("GetApis")
            .failure(new SdkClientException("No region"))
            .build());

    Map<String, MetricData> metrics = telemetry.metrics();
    LongPointData attempts =
        metrics.get("apigw.client.attempts").getLongSumData().getPoints().iterator().next();
    assertThat(attempts.getValue()).isZero();
    assertThat(attempts.getAttributes().get(AttributeKey.stringKey("cloud.region"))).isNull();
    assertThat(attempts.getAttributes().get(AttributeKey.longKey("http.response.status_code")))
        .isNull();
    assertThat(attempts.getAttributes().get(AttributeKey.stringKey("error.type")))
        .isEqualTo("dev.apigw.core.exception.SdkClientException");
  }

  @Test
  void closingThePublisherLeavesTheInstrumentsRecording() {
    publisher.close();
    publisher.publish(
        getRoutes().addAttempt(AttemptMetrics.builder().statusCode(200).build()).build());

    assertThat(telemetry.metrics()).containsKey("rpc.client.call.duration");
  }

  private static List<Map.Entry<Attributes, Long>> sums(MetricData metric) {
    return metric.getLongSumData().getPoints().stream()
        .map(point -> Map.entry(point.getAttributes(), point.getValue()))
        .collect(Collectors.toList());
  }
}
