package dev.apigw.core.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryStrategyTest {
  @Test
  void standardIsThreeAttemptsWithTheAwsSdksBackoffAndQuota() {
    RetryStrategy standard = RetryStrategy.standard();

    assertThat(standard.mode()).isEqualTo(RetryStrategy.Mode.STANDARD);
    assertThat(standard.maxAttempts()).isEqualTo(3);
    assertThat(standard.baseDelay()).isEqualTo(Duration.ofMillis(100));
    assertThat(standard.throttlingBaseDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(standard.maxBackoff()).isEqualTo(Duration.ofSeconds(20));
    assertThat(standard.retryQuota()).isEqualTo(500);
  }

  @Test
  void adaptiveIsStandardWithARateLimiter() {
    RetryStrategy adaptive = RetryStrategy.adaptive();

    assertThat(adaptive.mode()).isEqualTo(RetryStrategy.Mode.ADAPTIVE);
    assertThat(adaptive.maxAttempts()).isEqualTo(3);
    assertThat(adaptive.retryQuota()).isEqualTo(500);
    assertThat(adaptive).isNotEqualTo(RetryStrategy.standard());
  }

  @Test
  void noneIsOneAttempt() {
    assertThat(RetryStrategy.none().maxAttempts()).isEqualTo(1);
    assertThat(RetryStrategy.none().mode()).isEqualTo(RetryStrategy.Mode.NONE);
    assertThat(RetryStrategy.none().withMaxAttempts(1)).isEqualTo(RetryStrategy.none());
    assertThat(RetryStrategy.none().withMaxAttempts(4).mode())
        .isEqualTo(RetryStrategy.Mode.STANDARD);
  }

  @Test
  void withMaxAttemptsKeepsTheModeAndChecksItsArgument() {
    assertThat(RetryStrategy.standard().withMaxAttempts(5).maxAttempts()).isEqualTo(5);
    assertThat(RetryStrategy.adaptive().withMaxAttempts(1).mode())
        .isEqualTo(RetryStrategy.Mode.ADAPTIVE);
    assertThatThrownBy(() -> RetryStrategy.standard().withMaxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxAttempts must be at least 1: 0");
    assertThatThrownBy(() -> RetryStrategy.adaptive().withMaxAttempts(-3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void backoffAndQuotaCanBeChangedAndAreChecked() {
    RetryStrategy quick =
        RetryStrategy.standard()
            .withBackoff(Duration.ZERO, Duration.ofMillis(5), Duration.ofMillis(50))
            .withRetryQuota(20);

    assertThat(quick.baseDelay()).isZero();
    assertThat(quick.throttlingBaseDelay()).isEqualTo(Duration.ofMillis(5));
    assertThat(quick.maxBackoff()).isEqualTo(Duration.ofMillis(50));
    assertThat(quick.retryQuota()).isEqualTo(20);
    assertThat(quick.withMaxAttempts(4).retryQuota()).isEqualTo(20);
    assertThatThrownBy(
            () -> RetryStrategy.standard().withBackoff(null, Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseDelay must not be null");
    assertThatThrownBy(
            () ->
                RetryStrategy.standard()
                    .withBackoff(Duration.ZERO, Duration.ofMillis(-1), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("throttlingBaseDelay must not be negative");
    assertThatThrownBy(() -> RetryStrategy.standard().withRetryQuota(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tokens must not be negative: -1");
  }

  @Test
  void equalStrategiesAreEqualAndShowTheirSettings() {
    assertThat(RetryStrategy.standard().withMaxAttempts(5))
        .isEqualTo(RetryStrategy.standard().withMaxAttempts(5))
        .hasSameHashCodeAs(RetryStrategy.standard().withMaxAttempts(5));
    assertThat(RetryStrategy.standard().withMaxAttempts(5)).isNotEqualTo(RetryStrategy.standard());
    assertThat(RetryStrategy.standard().toString())
        .isEqualTo(
            "RetryStrategy{standard, maxAttempts=3, baseDelay=100 ms,"
                + " throttlingBaseDelay=1000 ms, maxBackoff=20000 ms, retryQuota=500}");
  }
}
