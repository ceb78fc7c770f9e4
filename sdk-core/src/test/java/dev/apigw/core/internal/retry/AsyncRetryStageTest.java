package dev.apigw.core.internal.retry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.SdkException;
import dev.apigw.core.http.SdkHttpResponse;
import dev.apigw.core.internal.pipeline.CallCancellation;
import dev.apigw.core.internal.pipeline.CallContext;
import dev.apigw.core.internal.pipeline.CallMeter;
import dev.apigw.core.internal.pipeline.CallStage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Every case of {@link RetryStageCases} through the stage's asynchronous form, whose backoffs are
 * tasks on the scheduler: the same attempts, delays, quota and exceptions. And what only it has:
 * cancellation during a backoff.
 */
class AsyncRetryStageTest extends RetryStageCases {
  @Override
  SdkHttpResponse run(CallStage stage, CallContext context) {
    CompletableFuture<SdkHttpResponse> future =
        stage.executeAsync(
            REQUEST,
            context,
            (request, attemptContext) -> {
              try {
                return CompletableFuture.completedFuture(next(request, attemptContext));
              } catch (SdkException e) {
                return CompletableFuture.failedFuture(e);
              }
            });
    assertThat(future).as("the fake clock runs every attempt at once").isDone();
    try {
      return future.join();
    } catch (CompletionException e) {
      assertThat(e.getCause()).isInstanceOf(SdkException.class);
      throw (SdkException) e.getCause();
    }
  }

  @Test
  void cancellingDuringABackoffCancelsTheRetryAndReturnsItsCostToTheQuota() {
    RetryQuota quota = RetryQuota.create();
    quota.acquireForRetry(false);
    List<Future<?>> scheduled = new ArrayList<>();
    List<Runnable> tasks = new ArrayList<>();
    CallCancellation cancellation = CallCancellation.create();
    RetryStage stage =
        new RetryStage(
            3,
            Backoff.of(
                Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(20), () -> 0.5),
            quota,
            null,
            ClockOffset.on(Clock.systemUTC()),
            time,
            (task, delayNanos) -> {
              CompletableFuture<Void> pending = new CompletableFuture<>();
              scheduled.add(pending);
              tasks.add(task);
              return pending;
            },
            time);
    List<Integer> sent = new ArrayList<>();

    CompletableFuture<SdkHttpResponse> future =
        stage.executeAsync(
            REQUEST,
            CallContext.start(
                "GetApis", time.nanoTime(), Duration.ofMinutes(2), cancellation, CallMeter.NONE),
            (request, context) -> {
              sent.add(context.attempt());
              return CompletableFuture.failedFuture(
                  new SdkClientException("GetApis: the request failed: reset", null, true));
            });

    assertThat(sent).containsExactly(1);
    assertThat(scheduled).hasSize(1);
    assertThat(quota.available()).isEqualTo(490);
    assertThat(future).isNotDone();

    cancellation.cancel();

    assertThat(scheduled.get(0).isCancelled()).as("the waiting retry is cancelled").isTrue();
    assertThat(sent).as("no second attempt").containsExactly(1);
    assertThat(quota.available()).as("the retry's cost is given back").isEqualTo(495);
    assertThat(future).isCompletedExceptionally();
    assertThat(future.handle((response, failure) -> failure).join())
        .isInstanceOf(SdkClientException.class)
        .hasMessageStartingWith("GetApis: the call was cancelled")
        .satisfies(failure -> assertThat(failure.getSuppressed()).hasSize(1));

    // Had the task started anyway (cancelled too late), it would see the cancellation and send
    // nothing; the cost is not given back twice.
    tasks.get(0).run();
    assertThat(sent).containsExactly(1);
    assertThat(quota.available()).isEqualTo(495);
  }
}
