package dev.apigw.core.internal.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.http.SdkHttpResponse;
import dev.apigw.core.internal.pipeline.CallContext;
import dev.apigw.core.internal.pipeline.CallStage;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/**
 * The retry stage's cases through its blocking form, and what only a blocking call has: the
 * thread's interrupt ends it.
 */
class RetryStageTest extends RetryStageCases {
  @Override
  SdkHttpResponse run(CallStage stage, CallContext context) {
    return stage.execute(REQUEST, context, this::next);
  }

  @Test
  void anInterruptDuringBackoffEndsTheCallWithTheInterruptFlagSet() {
    respond(503);
    respond(200);
    RetryQuota quota = RetryQuota.create();
    CallStage stage =
        new RetryStage(
            3,
            backoff(),
            quota,
            null,
            ClockOffset.on(Clock.systemUTC()),
            nanos -> {
              throw new InterruptedException("sleep interrupted");
            },
            time,
            time);

    SdkClientException thrown =
        catchThrowableOfType(
            SdkClientException.class,
            () ->
                stage.execute(
                    REQUEST, CallContext.start("GetApis", time.nanoTime(), null), this::next));

    assertThat(thrown)
        .hasMessageStartingWith("GetApis: the call was interrupted while waiting to retry")
        .hasCauseInstanceOf(InterruptedException.class);
    assertThat(thrown.retryable()).isFalse();
    assertThat(thrown.attempts()).isEqualTo(1);
    assertThat(thrown.getSuppressed()).hasSize(1).hasOnlyElementsOfType(ServiceException.class);
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
    assertThat(attempts).hasSize(1);
    assertThat(quota.available())
        .as("the retry that did not happen gave its tokens back")
        .isEqualTo(500);
  }

  @Test
  void anAlreadyInterruptedThreadSendsNothing() {
    respond(200);
    Thread.currentThread().interrupt();

    SdkClientException thrown =
        catchThrowableOfType(
            SdkClientException.class, () -> run(stage(3, RetryQuota.create(), null), "GetApis"));

    assertThat(thrown).hasCauseInstanceOf(InterruptedException.class);
    assertThat(thrown.attempts()).isZero();
    assertThat(attempts).isEmpty();
    assertThat(Thread.currentThread().isInterrupted()).isTrue();
  }
}
