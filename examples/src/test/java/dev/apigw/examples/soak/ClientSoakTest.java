package dev.apigw.examples.soak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.client.ApiGatewayV2AsyncClient;
import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.core.retry.RetryStrategy;
import dev.apigw.testkit.ApiGatewayV2Emulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A soak of each client: 32 lanes, each calling one read-only operation of its own {@code
 * soak.calls} times (500 by default) against the emulator, one call in ten meeting a fault drawn
 * from a seed ({@code soak.seed}): a 503, a 500, a 429 throttling error, a connection dropped
 * without an answer or a 200 ms slow answer. Under the standard retry strategy no call fails, every
 * fault that fails an attempt is met exactly once (the emulator counts one more call of its
 * operation for each), and once everything is closed the threads, file descriptors and heap are
 * back where they were.
 *
 * <p>The long form, 32 × 10,000 calls per client:
 *
 * <pre>
 * mvn -B -pl examples -am test -Dtest=ClientSoakTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dsoak.calls=10000
 * </pre>
 */
class ClientSoakTest {
  private static final int LANES = 32;
  private static final int CALLS = Integer.getInteger("soak.calls", 500);
  private static final long SEED = Long.getLong("soak.seed", 20261207L);

  /** Hang guards only: generous, never a measure of speed. */
  private static final Duration SOAK_GUARD = Duration.ofMinutes(5).plusMillis(CALLS * 100L);

  private static final Duration SETTLE_GUARD = Duration.ofSeconds(30);

  /** The pool keeps this many idle connections at most: 32 lanes must not leave more. */
  private static final int MAX_IDLE_CONNECTIONS = 8;

  /** Heap still in use after a full collection once everything is closed, beyond the baseline. */
  private static final long HEAP_GROWTH_BOUND = 16L * 1024 * 1024;

  /**
   * Threads or descriptors that may be there after and not before without a leak: OkHttp's shared
   * task runner starts threads that end only after 60 s idle.
   */
  private static final int SLACK = 2;

  @BeforeAll
  static void warmUp() throws Exception {
    // Loads the classes and starts the JVM's and OkHttp's shared threads once, before any baseline.
    soak(10, ClientSoakTest::blocking);
    soak(10, ClientSoakTest::async);
  }

  @Test
  void blockingClient() throws Exception {
    soakAndCheckForLeaks(ClientSoakTest::blocking);
  }

  @Test
  void asyncClient() throws Exception {
    soakAndCheckForLeaks(ClientSoakTest::async);
  }

  private static Queue<Throwable> blocking(
      ApiGatewayV2Emulator emulator, OkHttpClient http, List<Lane> lanes, int calls)
      throws Exception {
    try (ApiGatewayV2Client client =
        emulator.clientBuilder().httpClient(http).retryStrategy(RetryStrategy.standard()).build()) {
      return BlockingLanes.run(client, lanes, calls, SOAK_GUARD);
    }
  }

  private static Queue<Throwable> async(
      ApiGatewayV2Emulator emulator, OkHttpClient http, List<Lane> lanes, int calls)
      throws Exception {
    try (ApiGatewayV2AsyncClient client =
        emulator
            .asyncClientBuilder()
            .httpClient(http)
            .retryStrategy(RetryStrategy.standard())
            .build()) {
      return AsyncLanes.run(client, lanes, calls, SOAK_GUARD);
    }
  }

  private static void soakAndCheckForLeaks(Driver driver) throws Exception {
    List<String> threadsBefore = ProcessResources.clientAndServerThreads();
    int filesBefore = ProcessResources.canCountOpenFiles() ? ProcessResources.openFiles() : -1;
    long heapBefore = ProcessResources.heapUsedAfterGc();

    soak(CALLS, driver);

    awaitOrFail(
        () -> ProcessResources.clientAndServerThreads().size() <= threadsBefore.size() + SLACK,
        () ->
            "threads left after close: "
                + ProcessResources.clientAndServerThreads()
                + ", before: "
                + threadsBefore);
    if (filesBefore >= 0) {
      awaitOrFail(
          () -> ProcessResources.openFiles() <= filesBefore + SLACK,
          () -> "open files: " + ProcessResources.openFiles() + ", before: " + filesBefore);
    }
    long heapAfter = ProcessResources.heapUsedAfterGc();
    System.out.printf(
        "after close: threads %s (before %s), open files %d (before %d), heap %d KiB (before %d)%n",
        ProcessResources.clientAndServerThreads(),
        threadsBefore,
        filesBefore < 0 ? -1 : ProcessResources.openFiles(),
        filesBefore,
        heapAfter / 1024,
        heapBefore / 1024);
    assertThat(heapAfter - heapBefore)
        .as("heap in use after a full collection grew from %d to %d bytes", heapBefore, heapAfter)
        .isLessThanOrEqualTo(HEAP_GROWTH_BOUND);
  }

  /** One soak with its own emulator and OkHttp client, both closed before it returns. */
  private static void soak(int calls, Driver driver) throws Exception {
    OkHttpClient http = httpClient();
    try (ApiGatewayV2Emulator emulator = ApiGatewayV2Emulator.start()) {
      List<SoakOperation> operations = SoakOperations.create(emulator.client(), emulator.region());
      assertThat(operations).hasSize(LANES);
      List<Lane> lanes = new ArrayList<>();
      for (int i = 0; i < LANES; i++) {
        lanes.add(new Lane(operations.get(i), new FaultSchedule(SEED * 31 + i), emulator));
      }
      Map<String, Integer> countsBefore = emulator.operationCounts();
      long start = System.nanoTime();

      Queue<Throwable> failures = driver.run(emulator, http, lanes, calls);

      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      System.out.printf("soak: %d lanes x %d calls, seed %d, %d ms%n", LANES, calls, SEED, millis);
      if (!failures.isEmpty()) {
        throw new AssertionError(
            failures.size() + " calls failed (seed " + SEED + "); the first:", failures.peek());
      }
      assertThat(callsSince(countsBefore, emulator.operationCounts()))
          .as(
              "calls each operation's lane made, one more for each failed attempt injected (seed %d)",
              SEED)
          .isEqualTo(expectedCalls(lanes, calls));
      if (calls >= 100) {
        assertEveryKindOfFaultWasInjected(lanes);
      }
      awaitOrFail(
          () ->
              http.connectionPool().connectionCount() == http.connectionPool().idleConnectionCount()
                  && http.connectionPool().connectionCount() <= MAX_IDLE_CONNECTIONS,
          () ->
              "connections: "
                  + http.connectionPool().connectionCount()
                  + ", idle: "
                  + http.connectionPool().idleConnectionCount());
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  private static void assertEveryKindOfFaultWasInjected(List<Lane> lanes) {
    for (int kind = 0; kind < FaultSchedule.KINDS.size(); kind++) {
      int injected = 0;
      for (Lane lane : lanes) {
        injected += lane.schedule().injected(kind);
      }
      assertThat(injected).as("%s injected", FaultSchedule.KINDS.get(kind)).isPositive();
    }
  }

  private static Map<String, Integer> expectedCalls(List<Lane> lanes, int calls) {
    Map<String, Integer> expected = new TreeMap<>();
    for (Lane lane : lanes) {
      expected.put(lane.operation().name(), calls + lane.schedule().failedAttemptsInjected());
    }
    return expected;
  }

  private static Map<String, Integer> callsSince(
      Map<String, Integer> before, Map<String, Integer> after) {
    Map<String, Integer> since = new TreeMap<>();
    after.forEach(
        (operation, count) -> {
          int made = count - before.getOrDefault(operation, 0);
          if (made > 0) {
            since.put(operation, made);
          }
        });
    return since;
  }

  private static OkHttpClient httpClient() {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(LANES * 2);
    dispatcher.setMaxRequestsPerHost(LANES * 2);
    return new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectionPool(new ConnectionPool(MAX_IDLE_CONNECTIONS, 5, TimeUnit.MINUTES))
        .build();
  }

  private static void awaitOrFail(BooleanSupplier condition, Supplier<String> state)
      throws InterruptedException {
    long deadline = System.nanoTime() + SETTLE_GUARD.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not settled within " + SETTLE_GUARD + ": " + state.get());
      }
      Thread.sleep(50);
    }
  }

  /** Builds a client of one kind on {@code http}, runs the lanes through it and closes it. */
  @FunctionalInterface
  private interface Driver {
    Queue<Throwable> run(
        ApiGatewayV2Emulator emulator, OkHttpClient http, List<Lane> lanes, int calls)
        throws Exception;
  }
}
