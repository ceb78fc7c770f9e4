package dev.apigw.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.client.OverridesAndInterceptorsTest.TestRequest;
import dev.apigw.core.exception.ApiCallTimeoutException;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.http.HttpRequestSpec;
import dev.apigw.core.http.ResponseDecoder;
import dev.apigw.core.http.SdkHttpResponse;
import dev.apigw.core.metrics.AttemptMetrics;
import dev.apigw.core.metrics.CallMetrics;
import dev.apigw.core.metrics.MetricPublisher;
import dev.apigw.core.metrics.Outcome;
import dev.apigw.core.retry.RetryStrategy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/**
 * What the metric publishers are told: one {@link CallMetrics} per call, after it ended, with its
 * attempts as they went, in both call styles, whatever the ending.
 */
class CallMetricsTest {
  private static final String BODY = "{\"name\":\"pets\"}";
  private static final String ANSWER = "{\"apiId\":\"a1b2c3\"}";
  private static final ResponseDecoder<String> BODY_TEXT = SdkHttpResponse::bodyAsString;
  private static final Function<TestRequest, HttpRequestSpec> CREATE =
      request -> HttpRequestSpec.builder("POST", "/v2/apis").jsonBody(bytes(BODY)).build();

  /** The two ways to run a call, which must be measured alike. */
  enum Style {
    BLOCKING {
      @Override
      String call(ClientRuntime runtime, TestRequest request) {
        return runtime.invoke("CreateApi", request, CREATE, BODY_TEXT);
      }
    },
    ASYNC {
      @Override
      String call(ClientRuntime runtime, TestRequest request) {
        try {
          return runtime.invokeAsync("CreateApi", request, CREATE, BODY_TEXT).join();
        } catch (CompletionException e) {
          throw (RuntimeException) e.getCause();
        }
      }
    };

    abstract String call(ClientRuntime runtime, TestRequest request);
  }

  /** Keeps what it is told, for the test to read. */
  static final class Collector implements MetricPublisher {
    final List<CallMetrics> published = new CopyOnWriteArrayList<>();
    final List<String> threads = new CopyOnWriteArrayList<>();
    final AtomicInteger closed = new AtomicInteger();

    @Override
    public void publish(CallMetrics metrics) {
      threads.add(Thread.currentThread().getName());
      published.add(metrics);
    }

    @Override
    public void close() {
      closed.incrementAndGet();
    }

    CallMetrics only() {
      assertThat(published).hasSize(1);
      return published.get(0);
    }
  }

  private final MockWebServer server = new MockWebServer();
  private final List<ClientRuntime> runtimes = new ArrayList<>();
  private final Collector collector = new Collector();

  @BeforeEach
  void startServer() throws IOException {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    runtimes.forEach(ClientRuntime::close);
    server.close();
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void aSuccessfulCallIsOneAttemptWithItsStatusRequestIdAndBytes(Style style) {
    server.enqueue(ok());
    ClientRuntime runtime = runtime(b -> {});

    String caller = Thread.currentThread().getName();
    style.call(runtime, plain());

    assertThat(collector.threads)
        .singleElement()
        .asString()
        .startsWith(style == Style.BLOCKING ? caller : "apigw-async-completion-");
    CallMetrics metrics = collector.only();
    assertThat(metrics.serviceId())
        .isEqualTo("apigateway"); // the service id of TestClient's metadata
    assertThat(metrics.operationName()).isEqualTo("CreateApi");
    assertThat(metrics.region()).contains("us-east-1");
    assertThat(metrics.successful()).isTrue();
    assertThat(metrics.outcome()).isEqualTo(Outcome.SUCCESS);
    assertThat(metrics.errorType()).isEmpty();
    assertThat(metrics.failure()).isEmpty();
    assertThat(metrics.retryCount()).isZero();
    assertThat(metrics.requestBytes()).isEqualTo(bytes(BODY).length);
    assertThat(metrics.responseBytes()).isEqualTo(bytes(ANSWER).length);
    assertThat(metrics.clockOffset()).isZero();
    assertThat(metrics.signingDuration()).isPositive();
    assertThat(metrics.credentialsFetchDuration()).isGreaterThanOrEqualTo(Duration.ZERO);
    assertThat(metrics.decodeDuration()).isPositive();
    AttemptMetrics attempt = metrics.attempts().get(0);
    assertThat(metrics.attempts()).hasSize(1);
    assertThat(attempt.statusCode()).hasValue(200);
    assertThat(attempt.requestId()).contains("req-1");
    assertThat(attempt.errorCode()).isEmpty();
    assertThat(attempt.failure()).isEmpty();
    assertThat(attempt.outcome()).isEqualTo(Outcome.SUCCESS);
    assertThat(attempt.backoffBeforeAttempt()).isZero();
    assertDurationsAddUp(metrics);
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void aCallRetriedTwiceHasThreeAttemptsAndTheirBackoffs(Style style) {
    server.enqueue(error(503, "ServiceUnavailableException"));
    server.enqueue(error(503, "ServiceUnavailableException"));
    server.enqueue(ok());
    ClientRuntime runtime =
        runtime(
            b ->
                b.retryStrategy(
                    RetryStrategy.standard()
                        .withBackoff(
                            Duration.ofMillis(40), Duration.ofMillis(40), Duration.ofMillis(40))));

    style.call(runtime, plain());

    CallMetrics metrics = collector.only();
    assertThat(metrics.successful()).isTrue();
    assertThat(metrics.retryCount()).isEqualTo(2);
    assertThat(metrics.attempts())
        .extracting(AttemptMetrics::outcome)
        .containsExactly(Outcome.SERVER_ERROR, Outcome.SERVER_ERROR, Outcome.SUCCESS);
    assertThat(metrics.attempts().get(0).errorCode()).contains("ServiceUnavailableException");
    assertThat(metrics.attempts().get(0).failure()).containsInstanceOf(ServiceException.class);
    assertThat(metrics.attempts().get(2).statusCode()).hasValue(200);
    assertThat(metrics.requestBytes()).isEqualTo(3L * bytes(BODY).length);
    assertDurationsAddUp(metrics);
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void aNotFoundIsOneClientErrorWithTheServicesCodeAndTheExceptionsName(Style style) {
    server.enqueue(error(404, "NotFoundException"));
    ClientRuntime runtime = runtime(b -> {});

    Throwable thrown = catchThrowable(() -> style.call(runtime, plain()));

    CallMetrics metrics = collector.only();
    assertThat(metrics.successful()).isFalse();
    assertThat(metrics.failure()).containsSame(thrown);
    assertThat(metrics.errorType()).contains("ServiceException");
    assertThat(metrics.outcome()).isEqualTo(Outcome.CLIENT_ERROR);
    assertThat(metrics.attempts()).hasSize(1);
    assertThat(metrics.attempts().get(0).statusCode()).hasValue(404);
    assertThat(metrics.attempts().get(0).errorCode()).contains("NotFoundException");
    assertThat(metrics.attempts().get(0).requestId()).contains("req-1");
    assertDurationsAddUp(metrics);
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void throttlingIsToldApartFromOtherErrors(Style style) {
    server.enqueue(error(400, "TooManyRequestsException"));
    server.enqueue(error(429, "LimitExceededException"));
    server.enqueue(ok());
    ClientRuntime runtime = runtime(b -> {});

    style.call(runtime, plain());

    assertThat(collector.only().attempts())
        .extracting(AttemptMetrics::outcome)
        .containsExactly(Outcome.THROTTLED, Outcome.THROTTLED, Outcome.SUCCESS);
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void aTimedOutCallIsAFailureWithTheAttemptItCut(Style style) {
    server.enqueue(stalled());
    ClientRuntime runtime = runtime(b -> b.apiCallTimeout(Duration.ofMillis(300)));

    Throwable thrown = catchThrowable(() -> style.call(runtime, plain()));

    assertThat(thrown).isInstanceOf(ApiCallTimeoutException.class);
    CallMetrics metrics = collector.only();
    assertThat(metrics.outcome()).isEqualTo(Outcome.FAILURE);
    assertThat(metrics.errorType()).contains("ApiCallTimeoutException");
    assertThat(metrics.attempts()).hasSize(1);
    assertThat(metrics.attempts().get(0).statusCode()).isEmpty();
    assertThat(metrics.attempts().get(0).failure())
        .containsInstanceOf(ApiCallTimeoutException.class);
    assertThat(metrics.apiCallDuration()).isGreaterThanOrEqualTo(Duration.ofMillis(250));
    assertDurationsAddUp(metrics);
  }

  @Test
  void anInterruptedCallIsPublishedOnce() throws Exception {
    server.enqueue(stalled());
    ClientRuntime runtime = runtime(b -> {});
    CompletableFuture<Throwable> outcome = new CompletableFuture<>();
    Thread caller =
        new Thread(
            () -> outcome.complete(catchThrowable(() -> Style.BLOCKING.call(runtime, plain()))));

    caller.start();
    server.takeRequest(5, TimeUnit.SECONDS);
    caller.interrupt();

    assertThat(outcome.get(5, TimeUnit.SECONDS)).isInstanceOf(SdkClientException.class);
    CallMetrics metrics = collector.only();
    assertThat(metrics.outcome()).isEqualTo(Outcome.FAILURE);
    assertThat(metrics.errorType()).contains("SdkClientException");
    assertThat(metrics.failure().orElseThrow()).hasMessageContaining("interrupted");
    assertDurationsAddUp(metrics);
  }

  @Test
  void aCancelledAsyncCallIsPublishedOnceItStopped() throws Exception {
    server.enqueue(stalled());
    ClientRuntime runtime = runtime(b -> {});

    CompletableFuture<String> call = runtime.invokeAsync("CreateApi", plain(), CREATE, BODY_TEXT);
    server.takeRequest(5, TimeUnit.SECONDS);
    call.cancel(true);

    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (collector.published.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    CallMetrics metrics = collector.only();
    assertThat(metrics.successful()).isFalse();
    assertThat(metrics.outcome()).isEqualTo(Outcome.FAILURE);
    assertThat(metrics.failure().orElseThrow()).hasMessageContaining("cancelled");
    assertDurationsAddUp(metrics);
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void aPublisherThatThrowsIsLoggedOnceAndNeverFailsTheCall(Style style) {
    server.enqueue(ok());
    server.enqueue(ok());
    MetricPublisher broken =
        metrics -> {
          throw new IllegalStateException("the exporter is down");
        };
    ClientRuntime runtime = runtime(b -> b.addMetricPublisher(broken));
    ch.qos.logback.classic.Logger logger =
        (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("dev.apigw.metrics");
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    logger.addAppender(lines);
    try {
      assertThat(style.call(runtime, plain())).isEqualTo(ANSWER);
      assertThat(style.call(runtime, plain())).isEqualTo(ANSWER);
    } finally {
      logger.detachAppender(lines);
    }

    assertThat(collector.published).hasSize(2);
    assertThat(lines.list)
        .filteredOn(line -> line.getLevel() == Level.WARN)
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.getFormattedMessage()).contains(broken.getClass().getName());
              assertThat(line.getThrowableProxy().getMessage()).isEqualTo("the exporter is down");
            });
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void aCallsOwnPublisherIsToldBesideTheClientsForThatCallOnly(Style style) {
    server.enqueue(ok());
    server.enqueue(ok());
    Collector own = new Collector();
    ClientRuntime runtime = runtime(b -> {});

    style.call(runtime, TestRequest.with(o -> o.addMetricPublisher(own)));
    style.call(runtime, plain());

    assertThat(own.published).hasSize(1);
    assertThat(collector.published).hasSize(2);
    assertThat(own.published.get(0)).isEqualTo(collector.published.get(0));
  }

  @Test
  void closingTheClientClosesItsPublishersButNotACallsOwn() {
    server.enqueue(ok());
    Collector own = new Collector();
    ClientRuntime runtime = runtime(b -> {});
    Style.BLOCKING.call(runtime, TestRequest.with(o -> o.addMetricPublisher(own)));

    runtime.close();

    assertThat(collector.closed).hasValue(1);
    assertThat(own.closed).hasValue(0);
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void aCallThatFailsBeforeAnyAttemptHasNoAttempts(Style style) {
    ClientRuntime runtime = runtime(b -> {});
    Function<TestRequest, HttpRequestSpec> failing =
        request -> {
          throw new IllegalArgumentException("name must not be blank");
        };

    Throwable thrown =
        catchThrowable(
            () -> {
              if (style == Style.BLOCKING) {
                runtime.invoke("CreateApi", plain(), failing, BODY_TEXT);
              } else {
                runtime.invokeAsync("CreateApi", plain(), failing, BODY_TEXT).join();
              }
            });

    Throwable cause = thrown instanceof CompletionException ? thrown.getCause() : thrown;
    assertThat(cause).isInstanceOf(IllegalArgumentException.class);
    CallMetrics metrics = collector.only();
    assertThat(metrics.attempts()).isEmpty();
    assertThat(metrics.outcome()).isEqualTo(Outcome.FAILURE);
    assertThat(metrics.errorType()).contains("IllegalArgumentException");
    assertThat(server.getRequestCount()).isZero();
  }

  /** The attempts and the waits before them fit in the call's duration. */
  private static void assertDurationsAddUp(CallMetrics metrics) {
    Duration attempts = Duration.ZERO;
    for (AttemptMetrics attempt : metrics.attempts()) {
      assertThat(attempt.duration()).isGreaterThanOrEqualTo(Duration.ZERO);
      assertThat(attempt.backoffBeforeAttempt()).isGreaterThanOrEqualTo(Duration.ZERO);
      attempts = attempts.plus(attempt.duration()).plus(attempt.backoffBeforeAttempt());
    }
    assertThat(attempts).isLessThanOrEqualTo(metrics.apiCallDuration());
    assertThat(metrics.signingDuration().plus(metrics.decodeDuration()))
        .isLessThanOrEqualTo(metrics.apiCallDuration());
  }

  private static TestRequest plain() {
    return new TestRequest(null);
  }

  private ClientRuntime runtime(Consumer<TestClient.Builder> customize) {
    TestClient.Builder builder =
        TestClient.builder((details, fields) -> new ServiceException(details))
            .region("us-east-1")
            .endpoint(URI.create("http://127.0.0.1:" + server.getPort()))
            .credentialsProvider(
                CredentialsProvider.of(
                    Credentials.of("AKIDMETRICS", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")))
            .retryStrategy(
                RetryStrategy.standard().withBackoff(Duration.ZERO, Duration.ZERO, Duration.ZERO))
            .addMetricPublisher(collector);
    customize.accept(builder);
    ClientRuntime runtime = builder.build().runtime();
    runtimes.add(runtime);
    return runtime;
  }

  private static MockResponse ok() {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("x-amzn-RequestId", "req-1")
        .body(ANSWER)
        .build();
  }

  private static MockResponse error(int status, String code) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("x-amzn-RequestId", "req-1")
        .addHeader("x-amzn-ErrorType", code)
        .body("{\"message\":\"no\"}")
        .build();
  }

  private static MockResponse stalled() {
    return new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
