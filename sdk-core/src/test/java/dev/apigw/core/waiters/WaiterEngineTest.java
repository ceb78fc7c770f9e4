package dev.apigw.core.waiters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.exception.ErrorDetails;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.internal.FakeTime;
import dev.apigw.core.internal.Scheduler;
import dev.apigw.core.waiters.WaiterAcceptor.Comparison;
import dev.apigw.core.waiters.WaiterFailureException.Reason;
import dev.apigw.core.waiters.internal.WaiterEngine;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class WaiterEngineTest {
  /** A result with a status and a status message; null status for "absent". */
  private static final class Status {
    final String value;
    final String message;

    Status(String value, String message) {
      this.value = value;
      this.message = message;
    }
  }

  private static final WaiterDefinition<Status> AVAILABLE =
      WaiterDefinition.<Status>builder("ThingAvailable")
          .delay(Duration.ofSeconds(5))
          .maxAttempts(10)
          .statusMessage(s -> Optional.ofNullable(s.message))
          .acceptor(
              WaiterAcceptor.onPath(
                  WaiterState.SUCCESS, WaiterEngineTest::path, Comparison.EQUALS, "AVAILABLE"))
          .acceptor(
              WaiterAcceptor.onPath(
                  WaiterState.FAILURE, WaiterEngineTest::path, Comparison.EQUALS, "FAILED"))
          .build();

  private static final WaiterDefinition<Status> DELETED =
      WaiterDefinition.<Status>builder("ThingDeleted")
          .delay(Duration.ofSeconds(5))
          .acceptor(WaiterAcceptor.onError(WaiterState.SUCCESS, "NotFoundException"))
          .build();

  private final FakeTime time = new FakeTime();

  private static List<String> path(Status status) {
    return status.value == null ? List.of() : List.of(status.value);
  }

  private WaiterEngine engine(double jitter) {
    return new WaiterEngine(time, time, time, () -> jitter);
  }

  private static Supplier<Status> answers(Object... outcomes) {
    Deque<Object> queue = new ArrayDeque<>(List.of(outcomes));
    return () -> {
      Object next = queue.size() > 1 ? queue.poll() : queue.peek();
      if (next instanceof RuntimeException) {
        throw (RuntimeException) next;
      }
      return next instanceof String ? new Status((String) next, null) : (Status) next;
    };
  }

  private static ServiceException notFound() {
    return new ServiceException(ErrorDetails.of(404, "NotFoundException", "gone", "r-1", "{}"));
  }

  @Test
  void succeedsAfterPollsWithDelaysBetweenHalfAndAllOfTheDelay() {
    WaiterResult<Status> result =
        engine(1.0)
            .run(AVAILABLE, answers("PENDING", "PENDING", "AVAILABLE"), WaiterOverrides.none());

    assertThat(result.attempts()).isEqualTo(3);
    assertThat(result.matched().value).isEqualTo("AVAILABLE");
    assertThat(time.sleeps()).containsExactly(5_000_000_000L, 5_000_000_000L);
    assertThat(result.elapsed()).isEqualTo(Duration.ofSeconds(10));

    FakeTime other = new FakeTime();
    new WaiterEngine(other, other, other, () -> 0.0)
        .run(AVAILABLE, answers("PENDING", "AVAILABLE"), WaiterOverrides.none());
    assertThat(other.sleeps()).containsExactly(2_500_000_000L);
  }

  @Test
  void aFailureStateEndsTheWaitWithTheLastResultAndItsStatusMessage() {
    Status failed = new Status("FAILED", "subnet gone");
    assertThatThrownBy(
            () -> engine(0.5).run(AVAILABLE, answers("PENDING", failed), WaiterOverrides.none()))
        .isInstanceOfSatisfying(
            WaiterFailureException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.FAILURE_STATE);
              assertThat(e.lastResult(Status.class)).containsSame(failed);
              assertThat(e.statusMessage()).contains("subnet gone");
              assertThat(e.polls()).isEqualTo(2);
              assertThat(e.getMessage()).contains("ThingAvailable", "subnet gone");
            });
  }

  @Test
  void runsOutOfAttemptsAndOfTime() {
    assertThatThrownBy(
            () ->
                engine(1.0)
                    .run(
                        AVAILABLE,
                        answers("PENDING"),
                        WaiterOverrides.builder().maxAttempts(3).build()))
        .isInstanceOfSatisfying(
            WaiterFailureException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.MAX_ATTEMPTS);
              assertThat(e.polls()).isEqualTo(3);
            });
    assertThat(time.sleeps()).hasSize(2);

    FakeTime other = new FakeTime();
    assertThatThrownBy(
            () ->
                new WaiterEngine(other, other, other, () -> 1.0)
                    .run(
                        AVAILABLE,
                        answers("PENDING"),
                        WaiterOverrides.builder()
                            .delay(Duration.ofSeconds(4))
                            .timeout(Duration.ofSeconds(10))
                            .build()))
        .isInstanceOfSatisfying(
            WaiterFailureException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
              assertThat(e.polls()).isEqualTo(3);
              assertThat(e.elapsed()).isEqualTo(Duration.ofSeconds(8));
            });
  }

  @Test
  void notFoundIsSuccessOnlyWhereARuleSaysSo() {
    WaiterResult<Status> deleted =
        engine(1.0).run(DELETED, answers("DELETING", notFound()), WaiterOverrides.none());
    assertThat(deleted.attempts()).isEqualTo(2);
    assertThat(deleted.matched().value).isEqualTo("DELETING");

    assertThatThrownBy(
            () -> engine(1.0).run(AVAILABLE, answers(notFound()), WaiterOverrides.none()))
        .isInstanceOfSatisfying(
            WaiterFailureException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.ERROR);
              assertThat(e.getCause()).isInstanceOf(ServiceException.class);
              assertThat(e.lastResult(Status.class)).isEmpty();
            });
  }

  @Test
  void asyncWaitPollsOnTheSchedulerAndFailsLikeTheBlockingOne() {
    Supplier<Status> answers = answers("PENDING", "PENDING", "AVAILABLE");
    WaiterResult<Status> result =
        engine(1.0)
            .runAsync(
                AVAILABLE,
                () -> CompletableFuture.completedFuture(answers.get()),
                WaiterOverrides.none())
            .join();
    assertThat(result.attempts()).isEqualTo(3);
    assertThat(time.sleeps()).containsExactly(5_000_000_000L, 5_000_000_000L);

    CompletableFuture<WaiterResult<Status>> failed =
        engine(1.0)
            .runAsync(
                AVAILABLE,
                () -> CompletableFuture.failedFuture(new CompletionException(notFound())),
                WaiterOverrides.none());
    assertThatThrownBy(failed::join)
        .hasCauseInstanceOf(WaiterFailureException.class)
        .cause()
        .hasCauseInstanceOf(ServiceException.class);
  }

  @Test
  void cancellingTheAsyncWaitStopsPolling() {
    List<Runnable> queued = new ArrayList<>();
    List<CompletableFuture<Void>> handles = new ArrayList<>();
    Scheduler queueing =
        (task, delayNanos) -> {
          queued.add(task);
          CompletableFuture<Void> handle = new CompletableFuture<>();
          handles.add(handle);
          return handle;
        };
    AtomicInteger polls = new AtomicInteger();
    CompletableFuture<WaiterResult<Status>> wait =
        new WaiterEngine(time, time, queueing, () -> 1.0)
            .runAsync(
                AVAILABLE,
                () -> {
                  polls.incrementAndGet();
                  return CompletableFuture.completedFuture(new Status("PENDING", null));
                },
                WaiterOverrides.none());
    assertThat(polls).hasValue(1);
    assertThat(queued).hasSize(1);

    wait.cancel(true);
    assertThat(handles.get(0)).isCancelled();
    queued.get(0).run();
    assertThat(polls).hasValue(1);
  }

  @Test
  void overridesAreCheckedAsTheyAreSet() {
    assertThatThrownBy(() -> WaiterOverrides.builder().maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAttempts must be at least 1");
    assertThatThrownBy(() -> WaiterOverrides.builder().delay(Duration.ofSeconds(-1)))
        .hasMessageContaining("delay must be zero or more");
    assertThatThrownBy(() -> WaiterOverrides.builder().timeout(Duration.ZERO))
        .hasMessageContaining("timeout must be more than zero");
    assertThatThrownBy(() -> WaiterDefinition.<Status>builder("Empty").build())
        .isInstanceOf(IllegalStateException.class);
  }
}
