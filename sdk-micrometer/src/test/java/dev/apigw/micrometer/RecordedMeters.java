package dev.apigw.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The publisher's meters in a registry, found by the tags a test cares about, and what the tests
 * check alike on them.
 */
final class RecordedMeters {
  private final MeterRegistry registry;

  RecordedMeters(MeterRegistry registry) {
    this.registry = registry;
  }

  /** The calls timer of {@code operation} with these tags; fails when there is none. */
  Timer calls(String operation, String outcome, String status, String error) {
    return registry
        .get(MicrometerMetricPublisher.CALLS)
        .tags("operation", operation, "outcome", outcome, "status", status, "error", error)
        .timer();
  }

  /** The attempts timer of {@code operation} with these tags; fails when there is none. */
  Timer attempts(String operation, String outcome, String status) {
    return registry
        .get(MicrometerMetricPublisher.ATTEMPTS)
        .tags("operation", operation, "outcome", outcome, "status", status)
        .timer();
  }

  /** The retries counter of {@code operation}; fails when there is none. */
  Counter retries(String operation) {
    return registry
        .get(MicrometerMetricPublisher.RETRIES)
        .tags("service", "ApiGatewayV2", "operation", operation)
        .counter();
  }

  /** How many calls of {@code operation} were recorded, whatever their tags. */
  long callCount(String operation) {
    return registry
        .find(MicrometerMetricPublisher.CALLS)
        .tag("operation", operation)
        .timers()
        .stream()
        .mapToLong(Timer::count)
        .sum();
  }

  /** Checks one call of {@code operation} with these tags, made of one attempt. */
  void assertOneCallOfOneAttempt(String operation, String outcome, String status, String error) {
    assertThat(callCount(operation)).isEqualTo(1);
    assertThat(calls(operation, outcome, status, error).count()).isEqualTo(1);
    assertThat(attempts(operation, outcome, status).count()).isEqualTo(1);
  }

  /** Checks what two 503s and then a 200 leave: one successful call, three attempts, 2 retries. */
  void assertOneSuccessAfterTwoUnavailable(String operation) {
    assertThat(callCount(operation)).isEqualTo(1);
    assertThat(calls(operation, "success", "200", "none").count()).isEqualTo(1);
    assertThat(attempts(operation, "server_error", "503").count()).isEqualTo(2);
    assertThat(attempts(operation, "success", "200").count()).isEqualTo(1);
    assertThat(retries(operation).count()).isEqualTo(2);
  }
}
