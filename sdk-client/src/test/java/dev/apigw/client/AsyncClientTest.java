package dev.apigw.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.client.SdkClientBuilder;
import dev.apigw.core.exception.ApiCallAttemptTimeoutException;
import dev.apigw.core.paging.AsyncPaginator;
import dev.apigw.core.retry.RetryStrategy;
import dev.apigw.model.GetApiResult;
import dev.apigw.model.GetRoutesRequest;
import dev.apigw.model.GetRoutesResult;
import dev.apigw.model.NotFoundException;
import dev.apigw.model.Route;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What only the asynchronous client has: where its futures complete, many calls in flight on few
 * threads, its paginators as publishers against a real server, and failures that come through the
 * future. The wire format, errors and faults are {@link AsyncAllOperationsWireTest}'s and {@link
 * AsyncFaultMatrixTest}'s.
 */
class AsyncClientTest {
  private static final String API = "{\"apiId\":\"a1\",\"name\":\"pets\"}";

  private final MockWebServer server = new MockWebServer();
  private final List<ApiGatewayV2AsyncClient> clients = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server.setServerSocketFactory(new NoDelaySockets());
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    clients.forEach(ApiGatewayV2AsyncClient::close);
    server.close();
  }

  @Test
  void futuresCompleteOnTheClientsOwnExecutorNotOnOkHttpsThreads() throws Exception {
    // The answer waits until the stage below is attached: a stage attached to a future already
    // complete runs on the attaching thread, which would tell nothing about the completing one.
    CountDownLatch attached = new CountDownLatch(1);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            attached.await(30, TimeUnit.SECONDS);
            return json(200, API);
          }
        });

    CompletableFuture<String> thread =
        client(b -> {})
            .getApi(b -> b.apiId("a1"))
            .thenApply(result -> Thread.currentThread().getName());
    attached.countDown();

    assertThat(thread.get(5, TimeUnit.SECONDS)).startsWith("apigw-async-completion-");
  }

  @Test
  void futuresCompleteOnTheExecutorGiven() throws Exception {
    server.enqueue(json(200, API));
    ExecutorService mine = Executors.newSingleThreadExecutor(task -> new Thread(task, "mine"));
    try {
      CompletableFuture<String> thread =
          client(b -> b.futureCompletionExecutor(mine))
              .getApi(b -> b.apiId("a1"))
              .thenApply(result -> Thread.currentThread().getName());

      assertThat(thread.get(5, TimeUnit.SECONDS)).isEqualTo("mine");
    } finally {
      mine.shutdownNow();
    }
    assertThatThrownBy(() -> ApiGatewayV2AsyncClient.builder().futureCompletionExecutor(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("futureCompletionExecutor must not be null");
  }

  @Test
  void aThousandConcurrentCallsFromFourThreadsBlockNoneOfThemAndKeepTheThreadCountBounded()
      throws Exception {
    int calls = 1000;
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger atServer = new AtomicInteger();
    AtomicInteger mostAtServer = new AtomicInteger();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            mostAtServer.accumulateAndGet(atServer.incrementAndGet(), Math::max);
            release.await(30, TimeUnit.SECONDS);
            atServer.decrementAndGet();
            String apiId = request.getUrl().pathSegments().get(2);
            return json(200, "{\"apiId\":\"" + apiId + "\",\"name\":\"n\"}");
          }
        });
    ApiGatewayV2AsyncClient client = client(b -> {});
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    ExecutorService callers = Executors.newFixedThreadPool(4);
    for (int t = 0; t < 4; t++) {
      callers.submit(() -> {}).get();
    }
    int threadsBefore = threads.getThreadCount();
    List<CompletableFuture<GetApiResult>> results = new CopyOnWriteArrayList<>();
    try {
      List<Future<?>> submitted = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int caller = t;
        submitted.add(
            callers.submit(
                () -> {
                  for (int i = 0; i < calls / 4; i++) {
                    String apiId = "c" + caller + "x" + i;
                    results.add(client.getApi(b -> b.apiId(apiId)));
                  }
                }));
      }
      // Every call is started while the server answers none: the callers never wait for one.
      for (Future<?> done : submitted) {
        done.get(10, TimeUnit.SECONDS);
      }
      assertThat(results).hasSize(calls).noneMatch(CompletableFuture::isDone);
      awaitAtServer(atServer, SdkClientBuilder.DEFAULT_MAX_CONCURRENCY);
      int threadsWhileInFlight = threads.getThreadCount();

      release.countDown();
      CompletableFuture.allOf(results.toArray(new CompletableFuture<?>[0]))
          .get(60, TimeUnit.SECONDS);

      assertThat(results)
          .allSatisfy(
              future -> assertThat(future.join().apiId().orElseThrow()).matches("c[0-3]x\\d+"));
      assertThat(results.stream().map(f -> f.join().apiId().orElseThrow()).distinct())
          .hasSize(calls);
      assertThat(mostAtServer.get())
          .as("calls on the wire at once")
          .isEqualTo(SdkClientBuilder.DEFAULT_MAX_CONCURRENCY);
      // One OkHttp thread and one server thread per call on the wire, and a few others (the
      // server's acceptor, OkHttp's task runner, the completion executor): nowhere near one per
      // call.
      assertThat(threadsWhileInFlight - threadsBefore)
          .as("threads added with %d calls in flight", calls)
          .isLessThanOrEqualTo(2 * SdkClientBuilder.DEFAULT_MAX_CONCURRENCY + 20);
      assertThat(server.getRequestCount()).isEqualTo(calls);
    } finally {
      release.countDown();
      callers.shutdownNow();
    }
  }

  @Test
  void theAttemptTimeoutCountsTheTimeACallWaitsInOkHttpsQueue() throws Exception {
    for (int i = 0; i < 2; i++) {
      server.enqueue(
          new MockResponse.Builder()
              .code(200)
              .body(API)
              .throttleBody(1, 10, TimeUnit.SECONDS)
              .build());
    }
    OkHttpClient oneAtATime = new OkHttpClient();
    oneAtATime.dispatcher().setMaxRequestsPerHost(1);
    try {
      ApiGatewayV2AsyncClient client =
          client(
              b ->
                  b.httpClient(oneAtATime)
                      .retryStrategy(RetryStrategy.none())
                      .apiCallAttemptTimeout(Duration.ofMillis(400)));

      long start = System.nanoTime();
      CompletableFuture<GetApiResult> first = client.getApi(b -> b.apiId("a1"));
      CompletableFuture<GetApiResult> queued = client.getApi(b -> b.apiId("a2"));
      Throwable queuedFailure =
          queued.handle((result, failure) -> failure).get(5, TimeUnit.SECONDS);
      long queuedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

      // Queued behind the first call for its 400 ms, the second ends with it; without counting the
      // queue it would get 400 ms more once it started.
      assertThat(queuedFailure).isInstanceOf(ApiCallAttemptTimeoutException.class);
      assertThat(queuedMillis).as("ms until the queued call failed").isLessThan(700);
      assertThat(first.handle((result, failure) -> failure).get(5, TimeUnit.SECONDS))
          .isInstanceOf(ApiCallAttemptTimeoutException.class);
    } finally {
      oneAtATime.dispatcher().executorService().shutdownNow();
      oneAtATime.connectionPool().evictAll();
    }
  }

  @Test
  void aDemandOfOneFetchesExactlyOnePage() throws Exception {
    pages(3);
    Recorder<GetRoutesResult> recorder = new Recorder<>();

    client(b -> {}).getRoutesPaginator(b -> b.apiId("a1")).subscribe(recorder);
    recorder.subscription.request(1);

    recorder.awaitSignals(1);
    Thread.sleep(200);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(recorder.signals).hasSize(1);
  }

  @Test
  void cancellingAfterTwoPagesSendsNoThirdRequest() throws Exception {
    pages(3);
    Recorder<GetRoutesResult> recorder = new Recorder<>();
    client(b -> {}).getRoutesPaginator(b -> b.apiId("a1")).subscribe(recorder);

    recorder.subscription.request(1);
    recorder.awaitSignals(1);
    recorder.subscription.request(1);
    recorder.awaitSignals(2);
    recorder.subscription.cancel();
    recorder.subscription.request(1);

    Thread.sleep(200);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(server.takeRequest().getUrl().queryParameter("nextToken")).isNull();
    assertThat(server.takeRequest().getUrl().queryParameter("nextToken")).isEqualTo("t1");
  }

  @Test
  void theItemPublisherHonoursBackpressureAcrossPages() throws Exception {
    pages(3);
    Recorder<Route> recorder = new Recorder<>();
    client(b -> {}).getRoutesPaginator(b -> b.apiId("a1")).items().subscribe(recorder);

    recorder.subscription.request(3);
    recorder.awaitSignals(3);
    Thread.sleep(200);
    assertThat(recorder.signals).hasSize(3);
    assertThat(server.getRequestCount()).as("two routes a page").isEqualTo(2);

    recorder.subscription.request(Long.MAX_VALUE);
    recorder.awaitSignals(7);
    assertThat(recorder.signals.get(6)).isEqualTo("complete");
    assertThat(recorder.signals.subList(0, 6))
        .extracting(route -> ((Route) route).routeKey().orElseThrow())
        .containsExactly("GET /0a", "GET /0b", "GET /1a", "GET /1b", "GET /2a", "GET /2b");
  }

  @Test
  void forEachVisitsEveryRoute() throws Exception {
    pages(3);
    List<String> keys = new CopyOnWriteArrayList<>();

    client(b -> {})
        .getRoutesPaginator(GetRoutesRequest.builder().apiId("a1").build())
        .forEach(route -> keys.add(route.routeKey().orElseThrow()))
        .get(5, TimeUnit.SECONDS);

    assertThat(keys).hasSize(6).startsWith("GET /0a").endsWith("GET /2b");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void serviceErrorsFailTheFutureWithTheirTypeUnwrappedByJoin() {
    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .addHeader("x-amzn-ErrorType", "NotFoundException")
            .addHeader("Content-Type", "application/json")
            .body("{\"message\":\"Invalid API identifier specified\"}")
            .build());

    CompletableFuture<GetApiResult> call = client(b -> {}).getApi(b -> b.apiId("nope"));

    assertThatThrownBy(call::join)
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("Invalid API identifier specified");
    assertThatThrownBy(call::get)
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(NotFoundException.class);
  }

  @Test
  void badInputFailsTheFutureBeforeAnyIo() {
    ApiGatewayV2AsyncClient client = client(b -> {});

    assertThat(failureOf(client.getApi((dev.apigw.model.GetApiRequest) null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("GetApi: request must not be null");
    assertThat(failureOf(client.getApi((Consumer<dev.apigw.model.GetApiRequest.Builder>) null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("GetApi: request must not be null");
    assertThat(failureOf(client.getApi(b -> {})))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apiId");
    RuntimeException mine = new IllegalStateException("mine");
    assertThat(
            failureOf(
                client.getApi(
                    b -> {
                      throw mine;
                    })))
        .isSameAs(mine);
    assertThatThrownBy(() -> client.getRoutesPaginator((GetRoutesRequest) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("GetRoutes: request must not be null");
    assertThat(server.getRequestCount()).isZero();

    client.close();
    assertThat(failureOf(client.getApi(b -> b.apiId("a1"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void aStubOverridesOnlyWhatItsCodeCalls() {
    GetRoutesResult onePage =
        GetRoutesResult.builder()
            .items(Route.builder().routeKey("GET /pets").routeId("r1").build())
            .build();
    ApiGatewayV2AsyncClient stub =
        new ApiGatewayV2AsyncClient() {
          @Override
          public CompletableFuture<GetRoutesResult> getRoutes(GetRoutesRequest request) {
            return CompletableFuture.completedFuture(onePage);
          }
        };

    List<String> keys = new ArrayList<>();
    AsyncPaginator<GetRoutesResult, Route> paginator = stub.getRoutesPaginator(b -> b.apiId("a1"));
    paginator.forEach(route -> keys.add(route.routeKey().orElseThrow())).join();

    assertThat(keys).containsExactly("GET /pets");
    assertThat(failureOf(stub.getApi(b -> b.apiId("a1"))))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageStartingWith("GetApi is not implemented by ");
  }

  @Test
  void itDescribesItselfWithoutSecrets() {
    assertThat(client(b -> {}).toString())
        .startsWith("ApiGatewayV2AsyncClient{ClientRuntime{")
        .doesNotContain("SECRET");
  }

  private static Throwable failureOf(CompletableFuture<?> future) {
    assertThat(future).isCompletedExceptionally();
    try {
      future.join();
      throw new AssertionError("completed normally");
    } catch (CompletionException e) {
      return e.getCause();
    }
  }

  private void pages(int count) {
    for (int page = 0; page < count; page++) {
      String next = page + 1 < count ? ",\"nextToken\":\"t" + (page + 1) + "\"" : "";
      server.enqueue(
          json(
              200,
              "{\"items\":[{\"routeId\":\"r"
                  + page
                  + "a\",\"routeKey\":\"GET /"
                  + page
                  + "a\"},{\"routeId\":\"r"
                  + page
                  + "b\",\"routeKey\":\"GET /"
                  + page
                  + "b\"}]"
                  + next
                  + "}"));
    }
  }

  private ApiGatewayV2AsyncClient client(Consumer<ApiGatewayV2AsyncClient.Builder> settings) {
    ApiGatewayV2AsyncClient.Builder builder =
        ApiGatewayV2AsyncClient.builder()
            .region("us-east-1")
            .endpoint(URI.create("http://127.0.0.1:" + server.getPort()))
            .credentials(Credentials.of("AKID", "SECRET"));
    settings.accept(builder);
    ApiGatewayV2AsyncClient client = builder.build();
    clients.add(client);
    return client;
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private static void awaitAtServer(AtomicInteger atServer, int expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (atServer.get() < expected && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(atServer.get()).as("calls held at the server").isEqualTo(expected);
  }

  /** Records every signal; requests only what the test asks for. */
  static final class Recorder<T> implements Flow.Subscriber<T> {
    final List<Object> signals = new CopyOnWriteArrayList<>();
    volatile Flow.Subscription subscription;

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
    }

    @Override
    public void onNext(T item) {
      signals.add(item);
    }

    @Override
    public void onError(Throwable failure) {
      signals.add(failure);
    }

    @Override
    public void onComplete() {
      signals.add("complete");
    }

    void awaitSignals(int count) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (signals.size() < count && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(signals).as("signals").hasSizeGreaterThanOrEqualTo(count);
    }
  }
}
