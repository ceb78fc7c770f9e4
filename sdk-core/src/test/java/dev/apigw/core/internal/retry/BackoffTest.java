package dev.apigw.core.internal.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {
  private static final long MS = 1_000_000L;

  @ParameterizedTest(name = "retry {0}, throttling {1}: ceiling {2} ms")
  @CsvSource({
    "1, false, 100",
    "2, false, 200",
    "3, false, 400",
    "8, false, 12800",
    "9, false, 20000",
    "40, false, 20000",
    "1, true, 1000",
    "2, true, 2000",
    "5, true, 16000",
    "6, true, 20000",
    "100, true, 20000",
  })
  void theCeilingDoublesFromItsBaseUpToTheCap(int retry, boolean throttling, long ceilingMillis) {
    assertThat(standard(() -> 0.5).ceilingNanos(retry, throttling)).isEqualTo(ceilingMillis * MS);
  }

  @Test
  void theDelayIsDrawnUniformlyFromZeroToTheCeiling() {
    Deque<Double> draws = new ArrayDeque<>(List.of(0.0, 0.25, 0.5, 0.999999999, 0.5));
    Backoff backoff = standard(draws::removeFirst);

    assertThat(backoff.delayNanos(1, false)).isZero();
    assertThat(backoff.delayNanos(1, false)).isEqualTo(25 * MS);
    assertThat(backoff.delayNanos(2, false)).isEqualTo(100 * MS);
    assertThat(backoff.delayNanos(1, false)).isBetween(100 * MS - 1, 100 * MS);
    assertThat(backoff.delayNanos(1, true)).isEqualTo(500 * MS);
  }

  @Test
  void aBrokenRandomSourceFallsBackToNoDelayInsteadOfAnOutOfRangeOne() {
    assertThat(standard(() -> 1.5).delayNanos(3, false)).isZero();
    assertThat(standard(() -> Double.NaN).delayNanos(3, false)).isZero();
    assertThat(standard(() -> -0.1).delayNanos(3, false)).isZero();
  }

  @Test
  void zeroBasesRetryAtOnce() {
    Backoff backoff = Backoff.of(Duration.ZERO, Duration.ZERO, Duration.ofSeconds(20), () -> 0.9);

    assertThat(backoff.delayNanos(5, false)).isZero();
    assertThat(backoff.delayNanos(5, true)).isZero();
  }

  @Test
  void retriesAreCountedFromOne() {
    assertThatThrownBy(() -> standard(() -> 0).ceilingNanos(0, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retry must be at least 1: 0");
  }

  private static Backoff standard(java.util.function.DoubleSupplier random) {
    return Backoff.of(
        Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(20), random);
  }
}
