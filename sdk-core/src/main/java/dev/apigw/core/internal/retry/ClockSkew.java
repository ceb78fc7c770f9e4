package dev.apigw.core.internal.retry;

import dev.apigw.core.Nullable;
import dev.apigw.core.exception.ErrorDetails;
import dev.apigw.core.exception.SdkException;
import dev.apigw.core.exception.ServiceException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Whether a failed attempt was signed with a clock too far from the service's, by the AWS SDKs'
 * rule: the service answered with one of their clock-skew error codes, and the response's {@code
 * Date} is {@link #THRESHOLD} or more from the time the attempt was signed with. Nothing else
 * counts: not another error with a distant {@code Date}, not a skew error without one.
 */
final class ClockSkew {
  /**
   * The AWS SDKs' clock-skew error codes: the three that name a wrong signing time, and the three
   * that a wrong signing time can cause.
   */
  static final Set<String> CODES =
      Set.of(
          "RequestTimeTooSkewed",
          "RequestExpired",
          "RequestInTheFuture",
          "InvalidSignatureException",
          "SignatureDoesNotMatch",
          "AuthFailure");

  /** How far the service's time must be from the signing time before the client corrects it. */
  static final Duration THRESHOLD = Duration.ofMinutes(4);

  private ClockSkew() {}

  /**
   * The offset to sign with from now on, the service's time minus {@code clientNow}, when {@code
   * failure} is a clock-skew error and its server time is {@link #THRESHOLD} or more from {@code
   * clientNow} plus {@code offsetUsed} (the offset the attempt was signed with); null otherwise.
   */
  static @Nullable Duration correctedOffset(
      SdkException failure, Instant clientNow, Duration offsetUsed) {
    if (!(failure instanceof ServiceException)) {
      return null;
    }
    ErrorDetails details = ((ServiceException) failure).details();
    Instant serverTime = details.serverTime();
    String code = details.errorCode();
    if (serverTime == null || code == null || !CODES.contains(code)) {
      return null;
    }
    Duration skew = Duration.between(clientNow.plus(offsetUsed), serverTime);
    return skew.abs().compareTo(THRESHOLD) < 0 ? null : Duration.between(clientNow, serverTime);
  }

  /** A length of time in whole seconds for a log line, such as {@code 1 h 0 min 3 s}. */
  static String describe(Duration duration) {
    long seconds = Math.abs(duration.getSeconds());
    StringBuilder text = new StringBuilder();
    if (seconds >= 3600) {
      text.append(seconds / 3600).append(" h ");
    }
    if (seconds >= 60) {
      text.append(seconds % 3600 / 60).append(" min ");
    }
    return text.append(seconds % 60).append(" s").toString();
  }
}
