package dev.apigw.core.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.http.HttpRequestSpec;
import dev.apigw.core.http.SdkHttpResponse;
import dev.apigw.core.interceptor.ExecutionAttribute;
import dev.apigw.core.interceptor.ExecutionContext;
import dev.apigw.core.interceptor.ExecutionInterceptor;
import dev.apigw.core.interceptor.ExecutionScope;
import dev.apigw.core.result.SdkResult;
import dev.apigw.core.retry.RetryStrategy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an execution interceptor makes current in {@code exchangeScope} is current while OkHttp runs
 * each attempt's exchange, on whichever thread runs it, and nowhere after; the region and the
 * call's attributes reach every hook.
 */
class ExchangeScopeTest {
  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
  private static final ExecutionAttribute<String> STARTED = new ExecutionAttribute<>("started");

  /** Makes "call N, attempt M" current during each exchange and notes what it saw. */
  static final class Scoping implements ExecutionInterceptor {
    final List<String> seen = new CopyOnWriteArrayList<>();

    @Override
    public void beforeExecution(ExecutionContext context) {
      context.attributes().putAttribute(STARTED, "started in " + context.region().orElse("?"));
    }

    @Override
    public ExecutionScope exchangeScope(ExecutionContext context) {
      String previous = CURRENT.get();
      CURRENT.set(context.operationName() + " attempt " + context.attempt());
      return () -> CURRENT.set(previous);
    }

    @Override
    public void afterExecution(ExecutionContext context, SdkResult result) {
      seen.add(context.attributes().getAttribute(STARTED));
    }
  }

  private final MockWebServer server = new MockWebServer();
  private final List<String> duringExchanges = new CopyOnWriteArrayList<>();
  private TestClient client;

  @BeforeEach
  void startServer() throws IOException {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    server.close();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void eachAttemptsExchangeRunsInsideTheScope(boolean async) {
    server.enqueue(new MockResponse.Builder().code(503).body("{}").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    Scoping scoping = new Scoping();
    OkHttpClient users =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  duringExchanges.add(String.valueOf(CURRENT.get()));
                  return chain.proceed(chain.request());
                })
            .build();
    client =
        TestClient.builder((details, fields) -> new ServiceException(details))
            .region("eu-west-1")
            .endpoint(URI.create("http://127.0.0.1:" + server.getPort()))
            .credentialsProvider(CredentialsProvider.of(Credentials.of("AKID", "SECRET")))
            .retryStrategy(
                RetryStrategy.standard().withBackoff(Duration.ZERO, Duration.ZERO, Duration.ZERO))
            .httpClient(users)
            .addExecutionInterceptor(scoping)
            .build();
    HttpRequestSpec spec = HttpRequestSpec.builder("GET", "/v2/apis").build();

    if (async) {
      try {
        client.runtime().invokeAsync("GetApis", spec, s -> s, SdkHttpResponse::bodyAsString).join();
      } catch (CompletionException e) {
        throw (RuntimeException) e.getCause();
      }
    } else {
      client.runtime().invoke("GetApis", spec, SdkHttpResponse::bodyAsString);
    }

    assertThat(duringExchanges).containsExactly("GetApis attempt 1", "GetApis attempt 2");
    assertThat(CURRENT.get()).isNull();
    assertThat(scoping.seen).containsExactly("started in eu-west-1");
  }
}
