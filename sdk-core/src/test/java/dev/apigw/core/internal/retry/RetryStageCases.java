package dev.apigw.core.internal.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.apigw.core.exception.ApiCallAttemptTimeoutException;
import dev.apigw.core.exception.ErrorDetails;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.SdkException;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.http.SdkHttpResponse;
import dev.apigw.core.internal.FakeTime;
import dev.apigw.core.internal.pipeline.CallContext;
import dev.apigw.core.internal.pipeline.CallStage;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The retry stage's cases, which {@link RetryStageTest} runs through its blocking form and {@link
 * AsyncRetryStageTest} through its asynchronous form, each adding what only that form has.
 */
abstract class RetryStageCases {
  private static final long MS = 1_000_000L;
  static final Request REQUEST = new Request.Builder().url("http://127.0.0.1:1/v2/apis").build();

  final FakeTime time = new FakeTime();
  private final Deque<Supplier<SdkHttpResponse>> script = new ArrayDeque<>();
  final List<CallContext> attempts = new ArrayList<>();
  private final Logger log = (Logger) LoggerFactory.getLogger("dev.apigw.retry");
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
  private Level previousLevel;

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
    Thread.interrupted();
  }

  @Test
  void aSuccessAtTheFirstAttemptIsReturnedAndAddsATokenToTheQuota() {
    RetryQuota quota = RetryQuota.create();
    quota.acquireForRetry(false);
    respond(200);

    SdkHttpResponse response = run(stage(3, quota, null), "GetApis");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(attempts).hasSize(1);
    assertThat(quota.available()).isEqualTo(496);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void transientFailuresAreRetriedWithFullJitterBackoffAndEachAttemptKnowsItsNumber() {
    RetryQuota quota = RetryQuota.create();
    respond(503);
    respond(503);
    respond(200);

    SdkHttpResponse response = run(stage(3, quota, null), "GetApis");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(attempts).extracting(CallContext::attempt).containsExactly(1, 2, 3);
    assertThat(attempts).extracting(CallContext::maxAttempts).containsOnly(3);
    // random 0.5: half of 100 ms, then half of 200 ms
    assertThat(time.sleeps()).containsExactly(50 * MS, 100 * MS);
    assertThat(quota.available()).as("the retried success gave its 10 tokens back").isEqualTo(500);
  }

  @Test
  void theLastFailureEndsTheCallWithTheAttemptCountAndTheEarlierFailuresSuppressed() {
    respond(500);
    respond(502);
    respond(504);

    ServiceException thrown =
        catchThrowableOfType(
            ServiceException.class, () -> run(stage(3, RetryQuota.create(), null), "GetApis"));

    assertThat(thrown.statusCode()).isEqualTo(504);
    assertThat(thrown.attempts()).isEqualTo(3);
    assertThat(thrown.getMessage()).endsWith("(3 attempts)");
    assertThat(thrown.getSuppressed())
        .extracting(t -> ((ServiceException) t).statusCode())
        .containsExactly(500, 502);
  }

  @Test
  void aFailureThatIsNotRetryableEndsTheCallAtOnce() {
    respond(404);

    ServiceException thrown =
        catchThrowableOfType(
            ServiceException.class, () -> run(stage(3, RetryQuota.create(), null), "GetApi"));

    assertThat(thrown.attempts()).isEqualTo(1);
    assertThat(thrown.getMessage()).doesNotContain("attempt");
    assertThat(attempts).hasSize(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void throttlingBacksOffFromOneSecond() {
    respond(429);
    respond(400, "ThrottlingException");
    respond(200);

    run(stage(3, RetryQuota.create(), null), "GetApis");

    assertThat(time.sleeps()).containsExactly(500 * MS, 1000 * MS);
  }

  @Test
  void aRetryAfterATimeoutCostsTenTokens() {
    RetryQuota quota = RetryQuota.create();
    script.add(
        () -> {
          throw new ApiCallAttemptTimeoutException(
              "GetApis", Duration.ofSeconds(1), new InterruptedIOException("timeout"));
        });
    respond(503);
    respond(503);

    catchThrowableOfType(ServiceException.class, () -> run(stage(3, quota, null), "GetApis"));

    assertThat(quota.available()).isEqualTo(500 - 10 - 5);
  }

  @Test
  void anEmptyQuotaFailsTheCallAtOnceSaysSoAndWarnsOnce() {
    RetryQuota quota = RetryQuota.withCapacity(7);
    CallStage stage = stage(3, quota, null);
    respond(503);
    respond(503);
    respond(503);
    respond(503);

    ServiceException first =
        catchThrowableOfType(ServiceException.class, () -> run(stage, "GetApis"));
    ServiceException second =
        catchThrowableOfType(ServiceException.class, () -> run(stage, "GetApis"));

    assertThat(first.attempts()).isEqualTo(2);
    assertThat(first.getMessage())
        .contains(
            "(2 attempts; not retried: the client's retry quota is exhausted (2 tokens"
                + " left, a retry takes 5))");
    assertThat(second.attempts()).isEqualTo(1);
    assertThat(second.getMessage()).contains("retry quota is exhausted");
    assertThat(attempts).hasSize(3);
    assertThat(
            lines.list.stream()
                .filter(e -> e.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage))
        .containsExactly(
            "GetApis: the retry quota of this client is exhausted; failed calls are not retried until "
                + "successful calls refill it");
  }

  @Test
  void noRetryStartsWhoseBackoffWouldEndAfterTheCallDeadline() {
    respond(503);
    respond(200);
    CallContext context = CallContext.start("GetApis", time.nanoTime(), Duration.ofMillis(30));

    RetryQuota quota = RetryQuota.create();
    ServiceException thrown =
        catchThrowableOfType(ServiceException.class, () -> run(stage(3, quota, null), context));

    assertThat(thrown.attempts()).isEqualTo(1);
    assertThat(thrown.getMessage())
        .contains(
            "not retried: the backoff of 50 ms would end after the apiCallTimeout of " + "30 ms");
    assertThat(time.sleeps()).isEmpty();
    assertThat(quota.available())
        .as("no tokens are spent on a retry that does not happen")
        .isEqualTo(500);
  }

  @Test
  void theCallRecordKnowsTheAttemptsBehindASuccess() {
    respond(503);
    respond(502);
    respond(200);
    CallContext context = CallContext.start("GetApis", time.nanoTime(), Duration.ofMinutes(2));

    run(stage(3, RetryQuota.create(), null), context);
    SdkClientException later =
        context.record().finish(new SdkClientException("GetApis: could not decode"));

    assertThat(later.attempts()).isEqualTo(3);
    assertThat(later.getSuppressed())
        .extracting(t -> ((ServiceException) t).statusCode())
        .containsExactly(503, 502);
  }

  @Test
  void oneAttemptMeansNoRetry() {
    respond(503);

    ServiceException thrown =
        catchThrowableOfType(ServiceException.class, () -> run(stage(1, null, null), "GetApis"));

    assertThat(thrown.attempts()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void transportFailuresAreRetriedWhenTheySayTheyMayBe() {
    script.add(
        () -> {
          throw new SdkClientException(
              "GetApis: the request failed: refused", new ConnectException("refused"), true);
        });
    script.add(
        () -> {
          throw new SdkClientException("GetApis: the response could not be decoded", null, false);
        });

    SdkClientException thrown =
        catchThrowableOfType(
            SdkClientException.class, () -> run(stage(5, RetryQuota.create(), null), "GetApis"));

    assertThat(thrown).hasMessageStartingWith("GetApis: the response could not be decoded");
    assertThat(thrown.attempts()).isEqualTo(2);
    assertThat(thrown.getSuppressed()).hasSize(1);
  }

  @Test
  void logsOneDebugLinePerAttemptAndOnePerRetry() {
    respond(503);
    respond(200);

    run(stage(3, RetryQuota.create(), null), "GetRoutes");

    List<String> debug =
        lines.list.stream()
            .filter(e -> e.getLevel() == Level.DEBUG)
            .map(ILoggingEvent::getFormattedMessage)
            .collect(Collectors.toList());
    assertThat(debug).hasSize(3);
    assertThat(debug.get(0))
        .matches("GetRoutes attempt 1 of 3: HTTP 503 ServiceUnavailableException in \\d+ ms");
    assertThat(debug.get(1))
        .isEqualTo(
            "GetRoutes: retrying after HTTP 503 ServiceUnavailableException (transient) in 50 ms");
    assertThat(debug.get(2)).matches("GetRoutes attempt 2 of 3: HTTP 200 in \\d+ ms");
  }

  @Test
  void adaptiveModeTellsTheRateLimiterAboutThrottling() {
    ClientRateLimiter limiter = ClientRateLimiter.create(time, time);
    respond(429);
    respond(200);

    run(stage(3, RetryQuota.create(), limiter), "GetApis");

    assertThat(limiter.enabled()).isTrue();
  }

  CallStage stage(int maxAttempts, RetryQuota quota, ClientRateLimiter limiter) {
    return new RetryStage(
        maxAttempts,
        backoff(),
        quota,
        limiter,
        ClockOffset.on(Clock.systemUTC()),
        time,
        time,
        time);
  }

  static Backoff backoff() {
    return Backoff.of(
        Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(20), () -> 0.5);
  }

  SdkHttpResponse run(CallStage stage, String operation) {
    return run(stage, CallContext.start(operation, time.nanoTime(), Duration.ofMinutes(2)));
  }

  /** Runs the stage, in the form under test, with the scripted responses as the rest. */
  abstract SdkHttpResponse run(CallStage stage, CallContext context);

  SdkHttpResponse next(Request request, CallContext context) {
    attempts.add(context);
    time.advanceMillis(3);
    return script.removeFirst().get();
  }

  void respond(int status) {
    respond(status, status == 503 ? "ServiceUnavailableException" : null);
  }

  private void respond(int status, String code) {
    script.add(
        () -> {
          if (status >= 300) {
            SdkException failure =
                new ServiceException(ErrorDetails.of(status, code, "failed", "req", ""));
            throw failure;
          }
          return SdkHttpResponse.of(status, List.of(), new byte[0]);
        });
  }
}
