package dev.apigw.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.metrics.AttemptMetrics;
import dev.apigw.core.metrics.CallMetrics;
import dev.apigw.core.metrics.Outcome;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The meters one call's metrics, built by hand, turn into. */
class MicrometerMetricPublisherTest {
  private final MeterRegistry registry = new SimpleMeterRegistry();
  private final MicrometerMetricPublisher publisher = MicrometerMetricPublisher.create(registry);
  private final RecordedMeters meters = new RecordedMeters(registry);

  @Test
  void aSuccessfulCallIsTimedWithItsOperationOutcomeAndStatus() {
    publisher.publish(
        call("GetRoutes")
            .apiCallDuration(Duration.ofMillis(40))
            .addAttempt(attempt(200, Duration.ofMillis(30)))
            .build());

    Timer calls = registry.get(MicrometerMetricPublisher.CALLS).timer();
    assertThat(calls.getId().getTags())
        .containsExactlyInAnyOrder(
            Tag.of("service", "ApiGatewayV2"),
            Tag.of("operation", "GetRoutes"),
            Tag.of("outcome", "success"),
            Tag.of("status", "200"),
            Tag.of("error", "none"));
    assertThat(calls.count()).isEqualTo(1);
    assertThat(calls.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(40);
    Timer attempts = registry.get(MicrometerMetricPublisher.ATTEMPTS).timer();
    assertThat(attempts.getId().getTags())
        .containsExactlyInAnyOrder(
            Tag.of("service", "ApiGatewayV2"),
            Tag.of("operation", "GetRoutes"),
            Tag.of("outcome", "success"),
            Tag.of("status", "200"));
    assertThat(attempts.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(30);
  }

  @Test
  void eachAttemptIsTimedUnderItsOwnOutcomeAndStatusAndTheRetriesAreCounted() {
    publisher.publish(
        call("GetRoutes")
            .addAttempt(attempt(503, Duration.ofMillis(5)))
            .addAttempt(attempt(503, Duration.ofMillis(6)))
            .addAttempt(attempt(200, Duration.ofMillis(7)))
            .build());

    assertThat(registry.get(MicrometerMetricPublisher.CALLS).timers()).hasSize(1);
    assertThat(meters.calls("GetRoutes", "success", "200", "none").count()).isEqualTo(1);
    Timer serverErrors = meters.attempts("GetRoutes", "server_error", "503");
    assertThat(serverErrors.count()).isEqualTo(2);
    assertThat(serverErrors.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(11);
    assertThat(meters.attempts("GetRoutes", "success", "200").count()).isEqualTo(1);
    assertThat(meters.retries("GetRoutes").count()).isEqualTo(2);
  }

  @Test
  void aCallWithoutRetriesShowsTheRetriesCounterAtZero() {
    publisher.publish(call("GetApis").addAttempt(attempt(200, Duration.ZERO)).build());

    assertThat(meters.retries("GetApis").count()).isZero();
  }

  @Test
  void aFailedCallIsTaggedWithItsLastStatusAndTheExceptionsSimpleName() {
    publisher.publish(
        call("GetRoute")
            .addAttempt(attempt(404, Duration.ZERO))
            .failure(new NotFoundException())
            .build());

    meters.assertOneCallOfOneAttempt("GetRoute", "client_error", "404", "NotFoundException");
  }

  @Test
  void eachOutcomeHasItsOwnSeries() {
    publisher.publish(
        call("GetRoute").addAttempt(attempt(500, Duration.ZERO)).failure(new Failed()).build());
    publisher.publish(
        call("GetRoute")
            .addAttempt(attempt(429, Duration.ZERO))
            .failure(new TooManyRequestsException())
            .build());
    // The runtime classifies a throttling error code as throttled whatever its status.
    publisher.publish(
        call("GetRoute")
            .addAttempt(
                AttemptMetrics.builder()
                    .statusCode(400)
                    .errorCode("ThrottlingException")
                    .outcome(Outcome.THROTTLED)
                    .build())
            .failure(new ThrottlingException())
            .build());

    assertThat(meters.calls("GetRoute", "server_error", "500", "Failed").count()).isEqualTo(1);
    assertThat(meters.calls("GetRoute", "throttled", "429", "TooManyRequestsException").count())
        .isEqualTo(1);
    assertThat(meters.calls("GetRoute", "throttled", "400", "ThrottlingException").count())
        .isEqualTo(1);
    assertThat(meters.attempts("GetRoute", "throttled", "429").count()).isEqualTo(1);
    assertThat(meters.attempts("GetRoute", "throttled", "400").count()).isEqualTo(1);
  }

  @Test
  void aCallThatGotNoResponseHasStatusNone() {
    publisher.publish(
        call("GetRoute")
            .addAttempt(
                AttemptMetrics.builder()
                    .duration(Duration.ofMillis(3))
                    .failure(new SdkClientException("Connection refused"))
                    .build())
            .failure(new SdkClientException("Connection refused"))
            .build());

    meters.assertOneCallOfOneAttempt("GetRoute", "failure", "none", "SdkClientException");
  }

  @Test
  void aCallThatFailedBeforeItsFirstAttemptIsTimedWithoutAttempts() {
    publisher.publish(call("GetRoute").failure(new SdkClientException("no credentials")).build());

    assertThat(meters.calls("GetRoute", "failure", "none", "SdkClientException").count())
        .isEqualTo(1);
    assertThat(registry.find(MicrometerMetricPublisher.ATTEMPTS).timers()).isEmpty();
    assertThat(meters.retries("GetRoute").count()).isZero();
  }

  @Test
  void callsWithTheSameTagsShareOneTimer() {
    for (int i = 0; i < 3; i++) {
      publisher.publish(call("GetRoutes").addAttempt(attempt(200, Duration.ZERO)).build());
    }

    assertThat(registry.get(MicrometerMetricPublisher.CALLS).timers()).hasSize(1);
    assertThat(meters.calls("GetRoutes", "success", "200", "none").count()).isEqualTo(3);
  }

  @Test
  void noTagCarriesTheRequestIdOrAMessage() {
    publisher.publish(
        call("GetRoute")
            .addAttempt(
                AttemptMetrics.builder()
                    .statusCode(404)
                    .errorCode("NotFoundException")
                    .requestId("req-1234")
                    .failure(new NotFoundException())
                    .build())
            .failure(new NotFoundException())
            .build());

    for (Meter meter : registry.getMeters()) {
      assertThat(meter.getId().getTags())
          .extracting(Tag::getValue)
          .doesNotContain("req-1234", NotFoundException.MESSAGE);
    }
  }

  @Test
  void everyMeterIsDescribedAndTimersKeepNoPercentilesOrHistogram() {
    publisher.publish(
        call("GetRoutes")
            .apiCallDuration(Duration.ofMillis(9))
            .addAttempt(attempt(200, Duration.ofMillis(8)))
            .build());

    assertThat(registry.getMeters()).hasSize(3);
    for (Meter meter : registry.getMeters()) {
      assertThat(meter.getId().getDescription()).as(meter.getId().getName()).isNotBlank();
    }
    for (Timer timer : registry.find("apigw.client").timers()) {
      HistogramSnapshot snapshot = timer.takeSnapshot();
      assertThat(snapshot.percentileValues()).isEmpty();
      assertThat(snapshot.histogramCounts()).isEmpty();
    }
  }

  @Test
  void extraTagsGoOnEveryMeter() {
    MicrometerMetricPublisher billing =
        MicrometerMetricPublisher.create(registry, Tags.of("client", "billing"));

    billing.publish(call("GetRoutes").addAttempt(attempt(200, Duration.ZERO)).build());

    assertThat(registry.getMeters()).hasSize(3);
    for (Meter meter : registry.getMeters()) {
      assertThat(meter.getId().getTag("client")).as(meter.getId().getName()).isEqualTo("billing");
      assertThat(meter.getId().getTag("operation")).isEqualTo("GetRoutes");
    }
  }

  @Test
  void closingThePublisherLeavesTheRegistryOpen() {
    publisher.close();

    assertThat(registry.isClosed()).isFalse();
  }

  @Test
  void argumentsAreChecked() {
    assertThatThrownBy(() -> MicrometerMetricPublisher.create(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("registry");
    assertThatThrownBy(() -> MicrometerMetricPublisher.create(registry, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("extraTags");
    assertThatThrownBy(
            () -> MicrometerMetricPublisher.create(registry, Arrays.asList(Tag.of("a", "b"), null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("extraTags");
    for (String own : List.of("service", "operation", "outcome", "status", "error")) {
      assertThatThrownBy(() -> MicrometerMetricPublisher.create(registry, Tags.of(own, "x")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("extraTags")
          .hasMessageContaining(own);
    }
    assertThatThrownBy(() -> publisher.publish(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("metrics");
  }

  private static CallMetrics.Builder call(String operation) {
    return CallMetrics.builder().serviceId("ApiGatewayV2").operationName(operation);
  }

  private static AttemptMetrics attempt(int status, Duration duration) {
    return AttemptMetrics.builder().statusCode(status).duration(duration).build();
  }

  /** Stand-ins for the service's exceptions: only their simple names reach the tags. */
  private static final class NotFoundException extends RuntimeException {
    static final String MESSAGE = "Route abc not found";

    NotFoundException() {
      super(MESSAGE);
    }
  }

  private static final class TooManyRequestsException extends RuntimeException {}

  private static final class ThrottlingException extends RuntimeException {}

  private static final class Failed extends RuntimeException {}
}
