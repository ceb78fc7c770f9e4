package dev.apigw.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.apigw.core.client.SdkClientBuilder;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.SdkException;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.retry.RetryStrategy;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * The fault matrix on the blocking client, and what only a blocking call has: the calling thread's
 * interrupt ends it, during a stall or a backoff, and an interrupted thread sends nothing.
 */
class FaultMatrixTest extends FaultMatrixCases {
  @Override
  ApiGatewayV2Client build(Consumer<SdkClientBuilder<?, ?>> settings) {
    ApiGatewayV2Client.Builder builder = ApiGatewayV2Client.builder();
    settings.accept(builder);
    return builder.build();
  }

  @Test
  void anInterruptDuringAStallEndsTheCallAtOnce() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(ROUTE)
            .throttleBody(1, 10, TimeUnit.SECONDS)
            .build());
    ApiGatewayV2Client stalled = client(b -> {});
    AtomicReference<Boolean> flagAfter = new AtomicReference<>();
    AtomicReference<Long> endedAt = new AtomicReference<>();
    CompletableFuture<Throwable> outcome = new CompletableFuture<>();
    Thread caller =
        new Thread(
            () -> {
              try {
                stalled.getRoute(b -> b.apiId("a").routeId("r"));
                outcome.complete(null);
              } catch (Throwable t) {
                endedAt.set(System.nanoTime());
                flagAfter.set(Thread.currentThread().isInterrupted());
                outcome.complete(t);
              }
            });
    caller.start();
    server.takeRequest(2, TimeUnit.SECONDS);
    Thread.sleep(300);

    long interruptedAt = System.nanoTime();
    caller.interrupt();
    Throwable thrown = outcome.get(2, TimeUnit.SECONDS);

    assertThat(TimeUnit.NANOSECONDS.toMillis(endedAt.get() - interruptedAt))
        .as("ms from interrupt to failure")
        .isLessThan(100);
    assertThat(thrown)
        .isExactlyInstanceOf(SdkClientException.class)
        .hasMessageStartingWith("GetRoute: the call was interrupted")
        .hasCauseInstanceOf(InterruptedIOException.class);
    assertThat(((SdkException) thrown).attempts()).isEqualTo(1);
    assertThat(flagAfter.get()).as("the interrupt flag is left set").isTrue();
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anInterruptDuringBackoffEndsTheCallAndStartsNoRetry() throws Exception {
    // The backoff is drawn from [0, 20 s]; a draw too short to catch the thread sleeping is tried
    // again.
    RetryStrategy slow =
        RetryStrategy.standard()
            .withBackoff(Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofSeconds(20));
    for (int tries = 0; tries < 5; tries++) {
      MockWebServer backoffServer = new MockWebServer();
      backoffServer.start(InetAddress.getByName("127.0.0.1"), 0);
      try (ApiGatewayV2Client slowClient =
          client(
              b ->
                  b.retryStrategy(slow)
                      .endpoint(URI.create("http://127.0.0.1:" + backoffServer.getPort())))) {
        backoffServer.enqueue(new MockResponse.Builder().code(503).build());
        backoffServer.enqueue(new MockResponse.Builder().code(200).body(ROUTE).build());
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        AtomicReference<Long> endedAt = new AtomicReference<>();
        Thread caller =
            new Thread(
                () -> {
                  try {
                    slowClient.getRoute(b -> b.apiId("a").routeId("r"));
                    outcome.complete(null);
                  } catch (Throwable t) {
                    endedAt.set(System.nanoTime());
                    outcome.complete(t);
                  }
                });
        caller.start();
        backoffServer.takeRequest(2, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (caller.getState() != Thread.State.TIMED_WAITING
            && !outcome.isDone()
            && System.nanoTime() < deadline) {
          Thread.sleep(5);
        }
        if (outcome.isDone() || caller.getState() != Thread.State.TIMED_WAITING) {
          caller.join(2000);
          continue;
        }
        long interruptedAt = System.nanoTime();
        caller.interrupt();
        Throwable thrown = outcome.get(2, TimeUnit.SECONDS);

        assertThat(TimeUnit.NANOSECONDS.toMillis(endedAt.get() - interruptedAt)).isLessThan(100);
        assertThat(thrown)
            .isExactlyInstanceOf(SdkClientException.class)
            .hasMessageStartingWith("GetRoute: the call was interrupted while waiting to retry")
            .hasCauseInstanceOf(InterruptedException.class);
        assertThat(((SdkException) thrown).attempts()).isEqualTo(1);
        assertThat(thrown.getSuppressed()).hasSize(1).hasOnlyElementsOfType(ServiceException.class);
        Thread.sleep(50);
        assertThat(backoffServer.getRequestCount()).as("no retry after the interrupt").isEqualTo(1);
        return;
      } finally {
        backoffServer.close();
      }
    }
    throw new AssertionError("five backoffs in a row were too short to interrupt");
  }

  @Test
  void anAlreadyInterruptedThreadSendsNothing() {
    enqueue(200, ROUTE);
    ApiGatewayV2Client ready = client(b -> {});
    Thread.currentThread().interrupt();

    Throwable thrown = catchThrowable(() -> ready.getRoute(b -> b.apiId("a").routeId("r")));

    assertThat(Thread.interrupted()).as("the interrupt flag is left set").isTrue();
    assertThat(thrown)
        .isExactlyInstanceOf(SdkClientException.class)
        .hasMessageStartingWith("GetRoute: the call was interrupted");
    assertThat(((SdkException) thrown).attempts()).isZero();
    assertThat(server.getRequestCount()).isZero();
  }
}
