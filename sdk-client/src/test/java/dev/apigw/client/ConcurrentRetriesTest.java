package dev.apigw.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.core.auth.Credentials;
import dev.apigw.model.GetApiResult;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * One client shared by 32 threads making 1,000 calls each, where every tenth call meets one 503
 * before its 200: every call succeeds (so the shared retry quota never ran dry), each faulty call
 * is retried exactly once, and the connection pool is idle afterwards.
 */
class ConcurrentRetriesTest {
  private static final int THREADS = 32;
  private static final int CALLS_PER_THREAD = 1_000;

  @Test
  void thirtyTwoThreadsShareOneClientAndItsRetryQuota() throws Exception {
    Set<String> failedOnce = ConcurrentHashMap.newKeySet();
    AtomicInteger unavailable = new AtomicInteger();
    OkHttpClient http = new OkHttpClient.Builder().build();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              String apiId = request.getUrl().pathSegments().get(2);
              if (apiId.endsWith("0") && failedOnce.add(apiId)) {
                unavailable.incrementAndGet();
                return new MockResponse.Builder().code(503).body("").build();
              }
              return new MockResponse.Builder()
                  .code(200)
                  .addHeader("Content-Type", "application/json")
                  .body("{\"apiId\":\"" + apiId + "\",\"name\":\"n\"}")
                  .build();
            }
          });
      server.setServerSocketFactory(new NoDelaySockets());
      server.start(InetAddress.getByName("127.0.0.1"), 0);
      try (ApiGatewayV2Client client =
          ApiGatewayV2Client.builder()
              .region("us-east-1")
              .endpoint(URI.create("http://127.0.0.1:" + server.getPort()))
              .credentials(Credentials.of("AKID", "SECRET"))
              .httpClient(http)
              .build()) {
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          int thread = t;
          results.add(
              pool.submit(
                  () -> {
                    int ok = 0;
                    for (int i = 0; i < CALLS_PER_THREAD; i++) {
                      String apiId = "t" + thread + "c" + i;
                      GetApiResult result = client.getApi(b -> b.apiId(apiId));
                      if (result.apiId().orElse("").equals(apiId)) {
                        ok++;
                      }
                    }
                    return ok;
                  }));
        }
        int succeeded = 0;
        for (Future<Integer> result : results) {
          succeeded += result.get(5, TimeUnit.MINUTES);
        }

        assertThat(succeeded).isEqualTo(THREADS * CALLS_PER_THREAD);
        assertThat(unavailable.get()).isEqualTo(THREADS * CALLS_PER_THREAD / 10);
        assertThat(server.getRequestCount()).isEqualTo(THREADS * CALLS_PER_THREAD * 11 / 10);
        assertThat(http.connectionPool().connectionCount())
            .isPositive()
            .isEqualTo(http.connectionPool().idleConnectionCount());
      }
    } finally {
      pool.shutdownNow();
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }
}
