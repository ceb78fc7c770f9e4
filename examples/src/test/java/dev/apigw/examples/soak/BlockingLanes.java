package dev.apigw.examples.soak;

import dev.apigw.client.ApiGatewayV2Client;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs each lane on a thread of its own, calling the blocking client {@code calls} times. */
final class BlockingLanes {
  private BlockingLanes() {}

  /** The calls that failed; waits at most {@code hangGuard} for all of them to end. */
  static Queue<Throwable> run(
      ApiGatewayV2Client client, List<Lane> lanes, int calls, Duration hangGuard) throws Exception {
    Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    AtomicInteger names = new AtomicInteger();
    ExecutorService threads =
        Executors.newFixedThreadPool(
            lanes.size(), task -> new Thread(task, "soak-lane-" + names.incrementAndGet()));
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Lane lane : lanes) {
        running.add(threads.submit(() -> callRepeatedly(client, lane, calls, failures)));
      }
      long deadline = System.nanoTime() + hangGuard.toNanos();
      for (Future<?> lane : running) {
        lane.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
    } finally {
      threads.shutdownNow();
    }
    return failures;
  }

  private static void callRepeatedly(
      ApiGatewayV2Client client, Lane lane, int calls, Queue<Throwable> failures) {
    for (int i = 0; i < calls; i++) {
      lane.prepareNextCall();
      try {
        lane.operation().call(client);
      } catch (RuntimeException e) {
        failures.add(e);
      }
    }
  }
}
