package dev.apigw.testkit.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.core.retry.RetryStrategy;
import dev.apigw.model.ProtocolType;
import dev.apigw.testkit.ApiGatewayV2Emulator;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * 64 client threads call a mix of operations (create, read, list, update, delete) as fast as they
 * can for a minute ({@code -Dapigw.abuse.loadSeconds=N} for another length): every answer is a
 * success, memory after a GC at the end is within {@link #HEAP_GROWTH_BOUND} of what it was after
 * the warm-up, and the emulator serves on. The client does not retry, so that no failed answer is
 * hidden.
 */
class EmulatorUnderLoadTest {
  private static final int THREADS = 64;
  private static final Duration LOAD =
      Duration.ofSeconds(Long.getLong("apigw.abuse.loadSeconds", 60));
  private static final Duration WARM_UP = Duration.ofSeconds(3);

  /**
   * The emulator's state is the same at both ends (every API made is deleted): no more than this.
   */
  private static final long HEAP_GROWTH_BOUND = 32L * 1024 * 1024;

  @Test
  void sixtyFourThreadsGetOnlySuccessesAndMemoryStaysFlat() throws Exception {
    try (ApiGatewayV2Emulator emulator = ApiGatewayV2Emulator.start();
        ApiGatewayV2Client client =
            emulator.clientBuilder().retryStrategy(RetryStrategy.none()).build()) {
      Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
      AtomicLong calls = new AtomicLong();
      ExecutorService threads = Executors.newFixedThreadPool(THREADS);
      CountDownLatch done = new CountDownLatch(THREADS);
      long warmUpEnds = System.nanoTime() + WARM_UP.toNanos();
      long loadEnds = warmUpEnds + LOAD.toNanos();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        threads.execute(
            () -> {
              try {
                for (int round = 0; System.nanoTime() < loadEnds && failures.isEmpty(); round++) {
                  calls.addAndGet(oneRound(client, "t" + thread + "-" + round));
                }
              } catch (RuntimeException | Error e) {
                failures.add(e);
              } finally {
                done.countDown();
              }
            });
      }
      Thread.sleep(WARM_UP.toMillis());
      long afterWarmUp = heapAfterGc();
      assertThat(done.await(LOAD.plusSeconds(60).toSeconds(), TimeUnit.SECONDS)).isTrue();
      threads.shutdown();
      long atEnd = heapAfterGc();

      assertThat(failures).isEmpty();
      assertThat(calls.get()).isGreaterThan(THREADS);
      assertThat(atEnd - afterWarmUp)
          .as("heap after GC: %d after the warm-up, %d at the end", afterWarmUp, atEnd)
          .isLessThan(HEAP_GROWTH_BOUND);
      assertThat(client.getApis(b -> {}).items()).isEmpty();
      System.out.printf(
          "EmulatorUnderLoadTest: %d calls from %d threads in %s; heap %d -> %d bytes%n",
          calls.get(), THREADS, WARM_UP.plus(LOAD), afterWarmUp, atEnd);
    }
  }

  /** An API made, its routes made, read, listed and updated, and the API deleted: 9 calls. */
  private static int oneRound(ApiGatewayV2Client client, String name) {
    String apiId =
        client.createApi(b -> b.name(name).protocolType(ProtocolType.HTTP)).apiId().orElseThrow();
    for (String key : List.of("GET /pets", "POST /pets/{id}")) {
      client.createRoute(b -> b.apiId(apiId).routeKey(key));
    }
    assertThat(client.getRoutes(b -> b.apiId(apiId)).items()).hasSize(2);
    client.getApi(b -> b.apiId(apiId));
    client.updateApi(b -> b.apiId(apiId).description("under load"));
    client.getApis(b -> b.maxResults("5"));
    client.createStage(b -> b.apiId(apiId).stageName("s"));
    client.deleteApi(b -> b.apiId(apiId));
    return 9;
  }

  private static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
