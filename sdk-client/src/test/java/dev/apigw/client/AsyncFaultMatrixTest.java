package dev.apigw.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.core.client.SdkClientBuilder;
import dev.apigw.core.retry.RetryStrategy;
import dev.apigw.model.GetRouteResult;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fault matrix on the asynchronous client (the same attempts, exceptions and bounds), and what
 * only it has: cancelling a future during the HTTP call or during a backoff stops all traffic.
 */
class AsyncFaultMatrixTest extends FaultMatrixCases {
  private final OkHttpClient http = new OkHttpClient();

  @Override
  ApiGatewayV2Client build(Consumer<SdkClientBuilder<?, ?>> settings) {
    ApiGatewayV2AsyncClient.Builder builder = ApiGatewayV2AsyncClient.builder();
    settings.accept(builder);
    return AsyncAsSync.adapt(builder.build());
  }

  @AfterEach
  void releaseHttp() {
    http.dispatcher().executorService().shutdownNow();
    http.connectionPool().evictAll();
  }

  @Test
  void cancellingDuringTheCallCancelsTheHttpCall() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(ROUTE)
            .throttleBody(1, 10, TimeUnit.SECONDS)
            .build());
    ApiGatewayV2AsyncClient async = asyncClient(b -> b.httpClient(http));

    CompletableFuture<GetRouteResult> call = async.getRoute(b -> b.apiId("a").routeId("r"));
    assertThat(server.takeRequest(2, TimeUnit.SECONDS)).isNotNull();
    assertThat(http.dispatcher().runningCallsCount()).isEqualTo(1);

    assertThat(call.cancel(true)).isTrue();

    // Without the cancel, the trickling body would hold the call for its 30 s attempt timeout.
    awaitNoRunningCalls();
    Thread.sleep(200);
    assertThat(server.getRequestCount()).as("no retry after the cancel").isEqualTo(1);
    assertThat(call).isCancelled();
    async.close();
  }

  @Test
  void cancellingDuringABackoffSendsNoRetry() throws Exception {
    // The backoff is drawn from [0, 1 s]. A retry that arrives within 50 ms of the cancel was on
    // its way before it (a draw that short is tried again); one that arrives later is the bug.
    RetryStrategy slow =
        RetryStrategy.standard()
            .withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
    for (int tries = 0; tries < 5; tries++) {
      List<Long> arrivals = new CopyOnWriteArrayList<>();
      try (MockWebServer backoffServer = new MockWebServer()) {
        backoffServer.setDispatcher(
            new Dispatcher() {
              @Override
              public MockResponse dispatch(RecordedRequest request) {
                arrivals.add(System.nanoTime());
                return new MockResponse.Builder()
                    .code(arrivals.size() == 1 ? 503 : 200)
                    .body(arrivals.size() == 1 ? "" : ROUTE)
                    .build();
              }
            });
        backoffServer.start(InetAddress.getByName("127.0.0.1"), 0);
        ApiGatewayV2AsyncClient async =
            asyncClient(backoffServer.getPort(), b -> b.httpClient(http).retryStrategy(slow));

        CompletableFuture<GetRouteResult> call = async.getRoute(b -> b.apiId("a").routeId("r"));
        awaitArrivals(arrivals, 1);
        awaitNoRunningCalls(); // the 503 is in; the retry waits for its backoff
        long cancelledAt = System.nanoTime();
        call.cancel(true);

        Thread.sleep(1200); // longer than any backoff drawn
        async.close();
        assertThat(call).isCancelled();
        if (arrivals.size() > 1
            && arrivals.get(1) - cancelledAt < TimeUnit.MILLISECONDS.toNanos(50)) {
          continue;
        }
        assertThat(arrivals).as("no retry after the cancel").hasSize(1);
        return;
      }
    }
    throw new AssertionError("five backoffs in a row were too short to cancel within");
  }

  private static void awaitArrivals(List<Long> arrivals, int count) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (arrivals.size() < count) {
      assertThat(System.nanoTime()).as("the request arrived").isLessThan(deadline);
      Thread.sleep(5);
    }
  }

  private ApiGatewayV2AsyncClient asyncClient(Consumer<SdkClientBuilder<?, ?>> settings) {
    return asyncClient(server.getPort(), settings);
  }

  private ApiGatewayV2AsyncClient asyncClient(int port, Consumer<SdkClientBuilder<?, ?>> settings) {
    ApiGatewayV2AsyncClient.Builder builder =
        ApiGatewayV2AsyncClient.builder()
            .region("us-east-1")
            .endpoint(URI.create("http://127.0.0.1:" + port))
            .credentials(CREDENTIALS);
    settings.accept(builder);
    return builder.build();
  }

  private void awaitNoRunningCalls() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (http.dispatcher().runningCallsCount() > 0) {
      assertThat(System.nanoTime()).as("the HTTP call ended").isLessThan(deadline);
      Thread.sleep(5);
    }
  }
}
