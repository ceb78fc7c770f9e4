package dev.apigw.core.internal.retry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.core.exception.ErrorDetails;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.ServiceException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The AWS SDKs' clock-skew rule: which failures teach the client an offset, and which offset. */
class ClockSkewTest {
  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "RequestTimeTooSkewed",
        "RequestExpired",
        "RequestInTheFuture",
        "InvalidSignatureException",
        "SignatureDoesNotMatch",
        "AuthFailure"
      })
  void eachSkewCodeWithADistantDateGivesTheServiceTimeMinusTheClock(String code) {
    assertThat(corrected(code, NOW.plus(Duration.ofHours(1)), Duration.ZERO))
        .isEqualTo(Duration.ofHours(1));
    assertThat(corrected(code, NOW.minus(Duration.ofMinutes(7)), Duration.ZERO))
        .isEqualTo(Duration.ofMinutes(-7));
  }

  @Test
  void fourMinutesOrMoreFromTheSigningTimeCountsAndLessDoesNot() {
    String code = "InvalidSignatureException";
    assertThat(corrected(code, NOW.plus(Duration.ofMinutes(4)), Duration.ZERO))
        .isEqualTo(Duration.ofMinutes(4));
    assertThat(corrected(code, NOW.minus(Duration.ofMinutes(4)), Duration.ZERO))
        .isEqualTo(Duration.ofMinutes(-4));
    assertThat(corrected(code, NOW.plus(Duration.ofSeconds(239)), Duration.ZERO)).isNull();
    assertThat(corrected(code, NOW.minus(Duration.ofSeconds(239)), Duration.ZERO)).isNull();
  }

  @Test
  void theDistanceIsFromTheTimeTheAttemptWasSignedWith() {
    String code = "RequestTimeTooSkewed";
    Instant server = NOW.plus(Duration.ofHours(1));

    assertThat(corrected(code, server, Duration.ofHours(1)))
        .as("signed with the right offset already")
        .isNull();
    assertThat(corrected(code, server, Duration.ofMinutes(50)))
        .as("the new offset replaces the old one")
        .isEqualTo(Duration.ofHours(1));
  }

  @Test
  void otherErrorsAndSkewErrorsWithoutADateGiveNothing() {
    Instant distant = NOW.plus(Duration.ofHours(1));
    assertThat(corrected("AccessDeniedException", distant, Duration.ZERO)).isNull();
    assertThat(corrected("ServiceUnavailable", distant, Duration.ZERO)).isNull();
    assertThat(corrected(null, distant, Duration.ZERO)).isNull();
    assertThat(corrected("InvalidSignatureException", null, Duration.ZERO)).isNull();
    assertThat(ClockSkew.serverTime(new SdkClientException("GetApis: refused", null, true)))
        .isNull();
  }

  @Test
  void describesALengthInHoursMinutesAndSeconds() {
    assertThat(ClockSkew.describe(Duration.ofSeconds(3603))).isEqualTo("1 h 0 min 3 s");
    assertThat(ClockSkew.describe(Duration.ofSeconds(-300))).isEqualTo("5 min 0 s");
    assertThat(ClockSkew.describe(Duration.ofMillis(42_900))).isEqualTo("42 s");
  }

  private static Duration corrected(String code, Instant serverTime, Duration offsetUsed) {
    ServiceException failure =
        new ServiceException(ErrorDetails.of(403, code, "m", "req", "{}", serverTime));
    Instant server = ClockSkew.serverTime(failure);
    return server == null ? null : ClockSkew.correctedOffset(server, NOW, offsetUsed);
  }
}
