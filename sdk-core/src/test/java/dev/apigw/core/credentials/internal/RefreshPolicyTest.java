package dev.apigw.core.credentials.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RefreshPolicyTest {
  private static final Instant NOW = Instant.parse("2026-06-01T06:00:00Z");
  private static final RefreshPolicy CONTAINER = RefreshPolicy.container(() -> 0);
  private static final RefreshPolicy INSTANCE = RefreshPolicy.instanceProfile(() -> 0);
  private static final RefreshPolicy PROCESS = RefreshPolicy.process(() -> 0);

  private static Instant at(String time) {
    return Instant.parse("2026-06-01T" + time + "Z");
  }

  static Stream<Arguments> schedulesWithoutJitter() {
    return Stream.of(
        // policy, expiration, prefetch, stale
        Arguments.of(
            "container, 6 h left", CONTAINER, at("12:00:00"), at("07:00:00"), at("11:59:00")),
        Arguments.of(
            "container, 30 min left", CONTAINER, at("06:30:00"), at("06:15:00"), at("06:29:00")),
        Arguments.of(
            "container, 10 min left", CONTAINER, at("06:10:00"), at("05:55:00"), at("06:09:00")),
        Arguments.of("container, no expiration", CONTAINER, null, at("07:00:00"), Instant.MAX),
        Arguments.of(
            "container, already stale", CONTAINER, at("06:00:30"), at("05:45:30"), at("06:00:01")),
        Arguments.of(
            "instance, 6 h left", INSTANCE, at("12:00:00"), at("09:00:00"), at("11:59:59")),
        Arguments.of(
            "instance, 8 min left", INSTANCE, at("06:08:00"), at("06:05:00"), at("06:07:59")),
        Arguments.of(
            "instance, 3 min left", INSTANCE, at("06:03:00"), at("06:02:59"), at("06:02:59")),
        Arguments.of("instance, no expiration", INSTANCE, null, at("07:00:00"), Instant.MAX),
        Arguments.of("instance, expired", INSTANCE, at("05:00:00"), at("06:01:00"), at("06:01:00")),
        Arguments.of("process, 1 h left", PROCESS, at("07:00:00"), at("06:59:45"), at("07:00:00")),
        Arguments.of("process, no expiration", PROCESS, null, Instant.MAX, Instant.MAX),
        Arguments.of("process, expired", PROCESS, at("05:00:00"), at("04:59:45"), at("06:00:01")),
        Arguments.of(
            "before expiry 5/1",
            RefreshPolicy.beforeExpiry(Duration.ofMinutes(5), Duration.ofMinutes(1)),
            at("07:00:00"),
            at("06:55:00"),
            at("06:59:00")),
        Arguments.of(
            "before expiry, 30 s left",
            RefreshPolicy.beforeExpiry(Duration.ofMinutes(5), Duration.ofMinutes(1)),
            at("06:00:30"),
            at("06:00:10"),
            at("06:00:30")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schedulesWithoutJitter")
  void schedulesAsTheSdk(
      String name, RefreshPolicy policy, Instant expiration, Instant prefetch, Instant stale) {
    RefreshPolicy.Schedule schedule = policy.schedule(expiration, NOW);

    assertThat(schedule.prefetchAt).isEqualTo(prefetch);
    assertThat(schedule.staleAt).isEqualTo(stale);
  }

  @Test
  void jitterSpreadsThePrefetchUpToAMinuteBeforeStale() {
    RefreshPolicy almostOne = RefreshPolicy.container(() -> 0.999_999_9);
    RefreshPolicy half = RefreshPolicy.container(() -> 0.5);

    // nominal prefetch 07:00, stale 11:59, so the room is 07:00 .. 11:58
    assertThat(almostOne.schedule(at("12:00:00"), NOW).prefetchAt)
        .isBetween(at("11:57:59"), at("11:58:00"));
    assertThat(half.schedule(at("12:00:00"), NOW).prefetchAt).isEqualTo(at("09:29:00"));
  }

  @Test
  void noJitterWhenThePrefetchIsWithinAMinuteOfStale() {
    RefreshPolicy.Schedule schedule =
        RefreshPolicy.instanceProfile(() -> 0.9).schedule(at("06:03:00"), NOW);

    assertThat(schedule.prefetchAt).isEqualTo(at("06:02:59"));
  }

  @Test
  void instanceCredentialsHandedOutExpiredAreKeptOneToTenMinutes() {
    assertThat(RefreshPolicy.instanceProfile(() -> 0.5).schedule(at("05:00:00"), NOW).staleAt)
        .isEqualTo(at("06:05:30"));
    assertThat(
            RefreshPolicy.instanceProfile(() -> 0.999_999_99).schedule(at("05:00:00"), NOW).staleAt)
        .isBetween(at("06:09:59"), at("06:10:00"));
  }

  @Test
  void onlyTheInstanceProfileKeepsExpiredCredentials() {
    assertThat(INSTANCE.keepsExpiredCredentials()).isTrue();
    assertThat(CONTAINER.keepsExpiredCredentials()).isFalse();
    assertThat(PROCESS.keepsExpiredCredentials()).isFalse();
    assertThat(
            RefreshPolicy.beforeExpiry(Duration.ofMinutes(5), Duration.ofMinutes(1))
                .keepsExpiredCredentials())
        .isFalse();
  }

  @Test
  void theFailureBackoffGrowsTo10Seconds() {
    RefreshPolicy top = RefreshPolicy.instanceProfile(() -> 0.999_999_9);

    assertThat(INSTANCE.nextTryAfterFailure(NOW, 1)).isEqualTo(NOW.plusMillis(1));
    assertThat(top.nextTryAfterFailure(NOW, 1)).isEqualTo(NOW.plusMillis(99));
    assertThat(top.nextTryAfterFailure(NOW, 2)).isEqualTo(NOW.plusMillis(199));
    assertThat(top.nextTryAfterFailure(NOW, 4)).isEqualTo(NOW.plusMillis(799));
    assertThat(top.nextTryAfterFailure(NOW, 8)).isEqualTo(NOW.plusMillis(9_999));
    assertThat(top.nextTryAfterFailure(NOW, 1000)).isEqualTo(NOW.plusMillis(9_999));
  }

  @Test
  void beforeExpiryChecksItsMargins() {
    assertThatThrownBy(
            () -> RefreshPolicy.beforeExpiry(Duration.ofMinutes(1), Duration.ofMinutes(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stale");
    assertThatThrownBy(() -> RefreshPolicy.container(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("random");
  }

  @Test
  void aRandomSourceOutOfRangeCountsAsZero() {
    assertThat(RefreshPolicy.container(() -> 7).schedule(at("12:00:00"), NOW).prefetchAt)
        .isEqualTo(at("07:00:00"));
    assertThat(RefreshPolicy.container(() -> Double.NaN).schedule(at("12:00:00"), NOW).prefetchAt)
        .isEqualTo(at("07:00:00"));
  }
}
