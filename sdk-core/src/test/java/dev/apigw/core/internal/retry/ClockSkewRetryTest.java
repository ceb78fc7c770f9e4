package dev.apigw.core.internal.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.apigw.core.exception.ErrorDetails;
import dev.apigw.core.exception.SdkException;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.http.SdkHttpResponse;
import dev.apigw.core.internal.FakeTime;
import dev.apigw.core.internal.pipeline.CallContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Clock-skew recovery in the retry stage, through its blocking and its asynchronous form alike: a
 * skew error teaches the client its offset and is retried at once, without backoff or quota cost;
 * anything else teaches nothing.
 */
class ClockSkewRetryTest {
  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Request REQUEST =
      new Request.Builder().url("http://127.0.0.1:1/v2/apis").build();

  private final FakeTime time = new FakeTime();
  private final ClockOffset offset = ClockOffset.on(Clock.fixed(NOW, ZoneOffset.UTC));
  private final Deque<Supplier<SdkHttpResponse>> script = new ArrayDeque<>();
  private final List<CallContext> attempts = new ArrayList<>();
  private final Logger log = (Logger) org.slf4j.LoggerFactory.getLogger("dev.apigw.retry");
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
  private Level previousLevel;

  /** The two forms of the stage. */
  enum Form {
    BLOCKING,
    ASYNC
  }

  @BeforeEach
  void captureLogs() {
    previousLevel = log.getLevel();
    log.setLevel(Level.DEBUG);
    lines.start();
    log.addAppender(lines);
  }

  @AfterEach
  void releaseLogs() {
    log.detachAppender(lines);
    log.setLevel(previousLevel);
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void aSkewErrorIsRetriedAtOnceForFreeAndEveryLaterCallSignsWithTheOffset(Form form) {
    RetryQuota quota = RetryQuota.create();
    RetryStage stage = stage(3, quota);
    skewError("InvalidSignatureException", NOW.plus(HOUR));
    ok();
    ok();

    run(form, stage, call());
    run(form, stage, call());

    assertThat(attempts)
        .extracting(CallContext::clockOffset)
        .containsExactly(Duration.ZERO, HOUR, HOUR);
    assertThat(attempts).extracting(CallContext::attempt).containsExactly(1, 2, 1);
    assertThat(time.sleeps()).as("no backoff").containsOnly(0L);
    assertThat(quota.available())
        .as("no cost, and the second call's success adds none")
        .isEqualTo(500);
    assertThat(offset.current()).isEqualTo(HOUR);
    assertThat(messages(Level.WARN))
        .containsExactly(
            "GetApis failed with InvalidSignatureException: this client's clock is 1 h 0 min 0 s"
                + " behind the service's; its requests are now signed with its clock plus"
                + " 1 h 0 min 0 s");
    assertThat(messages(Level.DEBUG))
        .contains(
            "GetApis: retrying after HTTP 403 InvalidSignatureException (clock skew) at once");
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void aClientClockAheadOfTheServiceIsCorrectedBackwards(Form form) {
    skewError("RequestInTheFuture", NOW.minus(Duration.ofMinutes(10)));
    ok();

    run(form, stage(3, RetryQuota.create()), call());

    assertThat(attempts.get(1).clockOffset()).isEqualTo(Duration.ofMinutes(-10));
    assertThat(messages(Level.WARN))
        .containsExactly(
            "GetApis failed with RequestInTheFuture: this client's clock is 10 min 0 s ahead of"
                + " the service's; its requests are now signed with its clock minus 10 min 0 s");
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void aSkewErrorWithoutADateChangesNothingAndTheStrategyDecides(Form form) {
    skewError("RequestTimeTooSkewed", null);
    ok();

    ServiceException thrown =
        catchThrowableOfType(
            ServiceException.class, () -> run(form, stage(3, RetryQuota.create()), call()));

    assertThat(thrown.errorCode()).hasValue("RequestTimeTooSkewed");
    assertThat(thrown.attempts()).as("a 403 is not retried").isEqualTo(1);
    assertThat(offset.current()).isZero();
    assertThat(messages(Level.WARN)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void anotherErrorWithADistantDateTeachesNothing(Form form) {
    script.add(() -> fail(403, "AccessDeniedException", NOW.plus(HOUR)));
    script.add(() -> fail(503, "ServiceUnavailableException", NOW.plus(HOUR)));
    ok();

    catchThrowableOfType(
        ServiceException.class, () -> run(form, stage(3, RetryQuota.create()), call()));
    run(form, stage(3, RetryQuota.create()), call());

    assertThat(attempts).extracting(CallContext::clockOffset).containsOnly(Duration.ZERO);
    assertThat(time.sleeps()).as("the 503 backs off as usual").containsExactly(50_000_000L);
    assertThat(offset.current()).isZero();
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void theLastAttemptLearnsTheOffsetWithoutRetrying(Form form) {
    RetryStage stage = stage(1, null);
    skewError("SignatureDoesNotMatch", NOW.plus(HOUR));
    ok();

    ServiceException thrown =
        catchThrowableOfType(ServiceException.class, () -> run(form, stage, call()));
    run(form, stage, call());

    assertThat(thrown.attempts()).isEqualTo(1);
    assertThat(attempts).extracting(CallContext::clockOffset).containsExactly(Duration.ZERO, HOUR);
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void noSkewRetryStartsAfterTheCallDeadline(Form form) {
    skewError("RequestExpired", NOW.plus(HOUR));
    ok();
    CallContext context = CallContext.start("GetApis", time.nanoTime(), Duration.ofMillis(2));

    ServiceException thrown =
        catchThrowableOfType(
            ServiceException.class, () -> run(form, stage(3, RetryQuota.create()), context));

    assertThat(thrown.attempts()).isEqualTo(1);
    assertThat(thrown.getMessage()).contains("not retried: the apiCallTimeout of 2 ms has passed");
    assertThat(offset.current()).as("learned all the same").isEqualTo(HOUR);
  }

  @ParameterizedTest
  @EnumSource(Form.class)
  void aSkewRetryCountsAsAnAttemptAndLaterFailuresBackOffAsUsual(Form form) {
    RetryQuota quota = RetryQuota.create();
    skewError("AuthFailure", NOW.plus(HOUR));
    script.add(() -> fail(429, "TooManyRequestsException", NOW.plus(HOUR)));
    script.add(() -> fail(429, "TooManyRequestsException", NOW.plus(HOUR)));

    ServiceException thrown =
        catchThrowableOfType(ServiceException.class, () -> run(form, stage(3, quota), call()));

    assertThat(thrown.attempts()).isEqualTo(3);
    assertThat(thrown.getSuppressed()).hasSize(2);
    assertThat(time.sleeps())
        .as("none after the skew; after the throttle, the backoff of a second retry")
        .containsExactly(0L, 1_000_000_000L);
    assertThat(quota.available()).as("only the throttled retry paid").isEqualTo(495);
  }

  @Test
  void aCallSignedBeforeTheOffsetWasLearnedIsRetriedWithoutLearningOrLoggingAgain() {
    assertThat(offset.learn(skew("InvalidSignatureException", NOW.plus(HOUR)), Duration.ZERO, "A"))
        .isTrue();
    assertThat(
            offset.learn(
                skew("InvalidSignatureException", NOW.plus(HOUR).plusSeconds(2)),
                Duration.ZERO,
                "B"))
        .as("signed with the old offset: worth retrying")
        .isTrue();
    assertThat(offset.learn(skew("InvalidSignatureException", NOW.plus(HOUR)), HOUR, "C"))
        .as("signed with the learned offset: a real signature error")
        .isFalse();

    assertThat(offset.current()).isEqualTo(HOUR);
    assertThat(messages(Level.WARN)).hasSize(1).allMatch(line -> line.startsWith("A failed"));
    assertThat(offset).hasToString("clock offset +1 h 0 min 0 s");
  }

  @Test
  void onlyASkewErrorReadsTheClientsClock() {
    AtomicInteger reads = new AtomicInteger();
    ClockOffset counted =
        ClockOffset.on(
            new Clock() {
              @Override
              public ZoneOffset getZone() {
                return ZoneOffset.UTC;
              }

              @Override
              public Clock withZone(ZoneId zone) {
                return this;
              }

              @Override
              public Instant instant() {
                reads.incrementAndGet();
                return NOW;
              }
            });

    counted.learn(
        new ServiceException(
            ErrorDetails.of(503, "ServiceUnavailable", "m", "req", "{}", NOW.plus(HOUR))),
        Duration.ZERO,
        "GetApis");
    counted.learn(skew("InvalidSignatureException", null), Duration.ZERO, "GetApis");
    assertThat(reads).as("no skew error, no read").hasValue(0);

    counted.learn(skew("InvalidSignatureException", NOW.plus(HOUR)), Duration.ZERO, "GetApis");
    assertThat(reads).hasValue(1);
  }

  private RetryStage stage(int maxAttempts, RetryQuota quota) {
    return new RetryStage(
        maxAttempts,
        Backoff.of(
            Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(20), () -> 0.5),
        quota,
        null,
        offset,
        time,
        time,
        time);
  }

  private CallContext call() {
    return CallContext.start("GetApis", time.nanoTime(), Duration.ofMinutes(2));
  }

  private SdkHttpResponse run(Form form, RetryStage stage, CallContext context) {
    if (form == Form.BLOCKING) {
      return stage.execute(REQUEST, context, this::next);
    }
    CompletableFuture<SdkHttpResponse> future =
        stage.executeAsync(
            REQUEST,
            context,
            (request, attempt) -> {
              try {
                return CompletableFuture.completedFuture(next(request, attempt));
              } catch (SdkException e) {
                return CompletableFuture.failedFuture(e);
              }
            });
    try {
      return future.join();
    } catch (CompletionException e) {
      throw (SdkException) e.getCause();
    }
  }

  private SdkHttpResponse next(Request request, CallContext context) {
    attempts.add(context);
    time.advanceMillis(3);
    return script.removeFirst().get();
  }

  private void ok() {
    script.add(() -> SdkHttpResponse.of(200, List.of(), new byte[0]));
  }

  private void skewError(String code, Instant serverTime) {
    script.add(() -> fail(403, code, serverTime));
  }

  private static SdkHttpResponse fail(int status, String code, Instant serverTime) {
    throw new ServiceException(ErrorDetails.of(status, code, "m", "req", "{}", serverTime));
  }

  private static ServiceException skew(String code, Instant serverTime) {
    return new ServiceException(ErrorDetails.of(403, code, "m", "req", "{}", serverTime));
  }

  private List<String> messages(Level level) {
    return lines.list.stream()
        .filter(e -> e.getLevel() == level)
        .map(ILoggingEvent::getFormattedMessage)
        .collect(Collectors.toList());
  }
}
