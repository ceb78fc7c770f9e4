package dev.apigw.examples.soak;

import dev.apigw.client.ApiGatewayV2AsyncClient;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs each lane as a chain of asynchronous calls: the next call starts when the previous one
 * completes, from a small pool of the test's threads, none of which waits on a call.
 */
final class AsyncLanes {
  private static final int STARTING_THREADS = 4;

  private AsyncLanes() {}

  /** The calls that failed; waits at most {@code hangGuard} for all of them to end. */
  static Queue<Throwable> run(
      ApiGatewayV2AsyncClient client, List<Lane> lanes, int calls, Duration hangGuard)
      throws Exception {
    Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    AtomicInteger names = new AtomicInteger();
    ExecutorService starters =
        Executors.newFixedThreadPool(
            STARTING_THREADS, task -> new Thread(task, "soak-async-" + names.incrementAndGet()));
    try {
      CompletableFuture<?>[] running = new CompletableFuture<?>[lanes.size()];
      for (int i = 0; i < lanes.size(); i++) {
        Chain chain = new Chain(client, lanes.get(i), calls, failures, starters);
        starters.execute(chain::callNext);
        running[i] = chain.done;
      }
      CompletableFuture.allOf(running).get(hangGuard.toNanos(), TimeUnit.NANOSECONDS);
    } finally {
      starters.shutdownNow();
    }
    return failures;
  }

  /** One lane's calls, one after another. */
  private static final class Chain {
    private final ApiGatewayV2AsyncClient client;
    private final Lane lane;
    private final int calls;
    private final Queue<Throwable> failures;
    private final Executor starter;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private int made;

    Chain(
        ApiGatewayV2AsyncClient client,
        Lane lane,
        int calls,
        Queue<Throwable> failures,
        Executor starter) {
      this.client = client;
      this.lane = lane;
      this.calls = calls;
      this.failures = failures;
      this.starter = starter;
    }

    void callNext() {
      if (made == calls) {
        done.complete(null);
        return;
      }
      made++;
      CompletableFuture<?> result;
      try {
        lane.prepareNextCall();
        result = lane.operation().call(client);
      } catch (RuntimeException e) {
        done.completeExceptionally(e);
        return;
      }
      // On the starter, so that a call already complete cannot grow the stack by a frame per call.
      result.whenCompleteAsync(
          (value, failure) -> {
            if (failure != null) {
              failures.add(failure);
            }
            callNext();
          },
          starter);
    }
  }
}
