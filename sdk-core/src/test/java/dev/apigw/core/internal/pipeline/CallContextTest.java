package dev.apigw.core.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallContextTest {
  private static final long MS = 1_000_000L;

  @Test
  void theAttemptDeadlineIsTheAttemptTimeoutWhenItEndsFirst() {
    CallContext call = CallContext.start("GetApis", 0, Duration.ofSeconds(10));

    CallContext attempt =
        call.forAttempt(2, 3).withAttemptTimeout(1_000 * MS, Duration.ofSeconds(2));

    assertThat(attempt.attempt()).isEqualTo(2);
    assertThat(attempt.attemptDeadlineNanos()).isEqualTo(3_000 * MS);
    assertThat(attempt.apiCallAttemptTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(attempt.attemptNanosLeft(2_500 * MS)).isEqualTo(500 * MS);
    assertThat(attempt.callNanosLeft(2_500 * MS)).isEqualTo(7_500 * MS);
  }

  @Test
  void theCallDeadlineWinsWhenItComesFirstAndThenNamesNoAttemptTimeout() {
    CallContext call = CallContext.start("GetApis", 0, Duration.ofSeconds(3));

    CallContext attempt =
        call.forAttempt(1, 3).withAttemptTimeout(2_000 * MS, Duration.ofSeconds(2));

    assertThat(attempt.attemptDeadlineNanos()).isEqualTo(3_000 * MS);
    assertThat(attempt.apiCallAttemptTimeout()).isNull();
    assertThat(attempt.apiCallTimeout()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void noCallTimeoutMeansNoCallDeadlineEvenForHugeLimits() {
    CallContext call = CallContext.start("GetApis", Long.MAX_VALUE - 10, null);
    CallContext attempt =
        call.forAttempt(1, 1).withAttemptTimeout(Long.MAX_VALUE - 5, Duration.ofDays(365_000));

    assertThat(call.callDeadlineNanos()).isEqualTo(CallContext.NO_DEADLINE);
    assertThat(call.callNanosLeft(0)).isEqualTo(Long.MAX_VALUE);
    assertThat(attempt.attemptNanosLeft(0)).isEqualTo(Long.MAX_VALUE);
  }
}
