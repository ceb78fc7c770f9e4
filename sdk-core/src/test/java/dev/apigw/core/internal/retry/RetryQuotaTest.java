package dev.apigw.core.internal.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RetryQuotaTest {
  @Test
  void startsFullAt500Tokens() {
    assertThat(RetryQuota.create().available()).isEqualTo(500);
  }

  @Test
  void aRetryTakesFiveAndOneAfterATimeoutTakesTen() {
    RetryQuota quota = RetryQuota.create();

    assertThat(quota.acquireForRetry(false)).isEqualTo(5);
    assertThat(quota.acquireForRetry(true)).isEqualTo(10);
    assertThat(quota.available()).isEqualTo(485);
  }

  @Test
  void aRetriedSuccessGivesItsCostBackAndAFirstAttemptSuccessAddsOneUpToTheCapacity() {
    RetryQuota quota = RetryQuota.create();
    int taken = quota.acquireForRetry(false) + quota.acquireForRetry(true);

    quota.releaseAfterRetriedSuccess(taken);
    assertThat(quota.available()).isEqualTo(500);
    quota.recordFirstAttemptSuccess();
    assertThat(quota.available()).as("never above the capacity").isEqualTo(500);

    quota.acquireForRetry(false);
    quota.recordFirstAttemptSuccess();
    quota.recordFirstAttemptSuccess();
    assertThat(quota.available()).isEqualTo(497);
  }

  @Test
  void anEmptyBucketRefusesRetriesUntilSuccessesRefillIt() {
    RetryQuota quota = RetryQuota.create();
    for (int i = 0; i < 100; i++) {
      assertThat(quota.acquireForRetry(false)).isEqualTo(5);
    }

    assertThat(quota.available()).isZero();
    assertThat(quota.acquireForRetry(false)).isZero();
    assertThat(quota.acquireForRetry(true)).isZero();
    for (int i = 0; i < 5; i++) {
      quota.recordFirstAttemptSuccess();
    }
    assertThat(quota.acquireForRetry(true)).as("a timeout retry needs 10").isZero();
    assertThat(quota.acquireForRetry(false)).isEqualTo(5);
  }

  @Test
  void aDryBucketIsReportedOnceUntilItCanPayAgain() {
    RetryQuota quota = RetryQuota.withCapacity(10);
    quota.acquireForRetry(true);

    assertThat(quota.firstRefusalSinceRefill()).isTrue();
    assertThat(quota.firstRefusalSinceRefill()).isFalse();
    quota.releaseAfterRetriedSuccess(10);
    assertThat(quota.firstRefusalSinceRefill()).isTrue();
  }

  @Test
  void aFewSuccessesAfterADryBucketDoNotReportItAgain() {
    RetryQuota quota = RetryQuota.create();
    while (quota.acquireForRetry(false) > 0) {
      // drain
    }
    assertThat(quota.firstRefusalSinceRefill()).isTrue();
    for (int i = 0; i < 20; i++) {
      quota.recordFirstAttemptSuccess();
    }

    assertThat(quota.acquireForRetry(false)).isEqualTo(5);
    assertThat(quota.firstRefusalSinceRefill()).as("still the same outage").isFalse();
    quota.releaseUnused(240);
    assertThat(quota.available()).isEqualTo(255);
    assertThat(quota.firstRefusalSinceRefill())
        .as("half full again: a new dry spell is reported")
        .isTrue();
  }

  @Test
  void capacityMustNotBeNegative() {
    assertThatThrownBy(() -> RetryQuota.withCapacity(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacity must not be negative: -1");
    assertThat(RetryQuota.withCapacity(0).acquireForRetry(false)).isZero();
  }
}
