package dev.apigw.core.internal.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.apigw.core.internal.Sleeper;
import dev.apigw.core.internal.Ticker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientRateLimiterTest {
  private long nowNanos;
  private final List<Long> sleeps = new ArrayList<>();
  private final Ticker ticker = () -> nowNanos;
  private final Sleeper sleeper =
      nanos -> {
        sleeps.add(nanos);
        nowNanos += nanos;
      };
  private final ClientRateLimiter limiter = ClientRateLimiter.create(ticker, sleeper);

  @Test
  void staysOutOfTheWayUntilTheFirstThrottle() throws InterruptedException {
    for (int i = 0; i < 1000; i++) {
      assertThat(limiter.acquire(0)).isTrue();
      limiter.onResponse(false);
    }

    assertThat(limiter.enabled()).isFalse();
    assertThat(sleeps).isEmpty();
  }

  @Test
  void measuresTheSendRateInHalfSecondBucketsSmoothedByEightTenths() {
    sendTenPerSecondForOneSecond();

    // Buckets end at 0.5 s and 1.0 s with 5 attempts each: 10/s, smoothed 0.8 × 10 + 0.2 × 0, then
    // 0.8 × 10 + 0.2 × 8.
    assertThat(limiter.measuredRate()).isCloseTo(9.6, within(1e-9));
  }

  @Test
  void aThrottleCutsTheAllowedRateToSevenTenthsOfTheMeasuredRate() {
    sendTenPerSecondForOneSecond();
    at(1.1);

    limiter.onResponse(true);

    assertThat(limiter.enabled()).isTrue();
    assertThat(limiter.fillRate()).isCloseTo(0.7 * 9.6, within(1e-9));
  }

  @Test
  void onceOnItPacesAttemptsAtTheAllowedRate() throws InterruptedException {
    sendTenPerSecondForOneSecond();
    at(1.1);
    limiter.onResponse(true);
    double rate = limiter.fillRate();
    long start = nowNanos;

    for (int i = 0; i < 100; i++) {
      assertThat(limiter.acquire(Long.MAX_VALUE)).isTrue();
    }

    double seconds = (nowNanos - start) / 1e9;
    // At most a bucket's worth (the rate itself) is taken without waiting; the rest come one per
    // 1/rate seconds.
    assertThat(seconds).isBetween((100 - rate - 1) / rate, 100 / rate + 0.01);
    assertThat(sleeps).isNotEmpty().allSatisfy(nanos -> assertThat(nanos).isPositive());
  }

  @Test
  void refusesWithoutWaitingWhenTheTokenWouldComeTooLate() throws InterruptedException {
    sendTenPerSecondForOneSecond();
    at(1.1);
    limiter.onResponse(true);
    while (limiter.acquire(0)) {
      // drain what is there
    }
    int sleepsBefore = sleeps.size();

    assertThat(limiter.acquire(1_000)).isFalse();
    assertThat(sleeps).hasSize(sleepsBefore);
    assertThat(limiter.acquire(1_000_000_000L)).isTrue();
  }

  @Test
  void successesRaiseTheRateAlongTheCubicCurveButNeverAboveTwiceTheMeasuredRate() {
    sendTenPerSecondForOneSecond();
    at(1.1);
    limiter.onResponse(true);
    double wMax = 9.6;
    double k = Math.cbrt(wMax * (1 - 0.7) / 0.4);

    // Keep sending at 10/s so that the measured rate stays high and the curve itself shows.
    double t = 1.1;
    double lastRate = limiter.fillRate();
    while (t < 1.1 + k + 1.5) {
      t = Math.round((t + 0.1) * 10) / 10.0;
      at(t);
      limiter.onResponse(false);
      double cubic = 0.4 * Math.pow(t - 1.1 - k, 3) + wMax;
      double expected = Math.max(0.5, Math.min(cubic, 2 * limiter.measuredRate()));
      assertThat(limiter.fillRate()).as("rate at %.1f s", t).isCloseTo(expected, within(1e-9));
      if (t > 1.6) {
        assertThat(limiter.fillRate())
            .as("rising at %.1f s", t)
            .isGreaterThanOrEqualTo(lastRate - 1e-9);
      }
      lastRate = limiter.fillRate();
    }
    assertThat(lastRate).as("past K the curve is above Wmax again").isGreaterThan(wMax);
  }

  @Test
  void theAllowedRateNeverFallsBelowHalfAnAttemptPerSecond() {
    at(0.1);
    limiter.onResponse(true);
    at(10);
    limiter.onResponse(true);

    assertThat(limiter.fillRate()).isEqualTo(0.5);
  }

  @Test
  void anInterruptEndsTheWait() {
    ClientRateLimiter interrupted =
        ClientRateLimiter.create(
            ticker,
            nanos -> {
              throw new InterruptedException("stop");
            });
    at(0.1);
    interrupted.onResponse(true);

    assertThatThrownBy(
            () -> {
              while (true) {
                interrupted.acquire(Long.MAX_VALUE);
              }
            })
        .isInstanceOf(InterruptedException.class)
        .hasMessage("stop");
  }

  private void sendTenPerSecondForOneSecond() {
    for (int i = 1; i <= 10; i++) {
      at(i / 10.0);
      limiter.onResponse(false);
    }
  }

  private void at(double seconds) {
    nowNanos = Math.round(seconds * 1e9);
  }
}
