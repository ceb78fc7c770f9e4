package dev.apigw.core.internal.retry;

import dev.apigw.core.exception.ErrorDetails;
import dev.apigw.core.exception.SdkException;
import dev.apigw.core.exception.ServiceException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
   * The service's time from the {@code Date} of {@code failure} when it is a clock-skew error; null
   * for any other failure, and for a skew error without a readable {@code Date}.
   */
  static @Nullable Instant serverTime(SdkException failure) {
    if (!(failure instanceof ServiceException)) {
      return null;
    }
    ErrorDetails details = ((ServiceException) failure).details();
    String code = details.errorCode();
    return code != null && CODES.contains(code) ? details.serverTime() : null;
  }

  /**
   * The offset to sign with from now on, {@code serverTime} minus {@code clientNow}, when {@code
   * serverTime} is {@link #THRESHOLD} or more from {@code clientNow} plus {@code offsetUsed} (the
   * offset the attempt was signed with); null when it is nearer.
   */
  static @Nullable Duration correctedOffset(
      Instant serverTime, Instant clientNow, Duration offsetUsed) {
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
