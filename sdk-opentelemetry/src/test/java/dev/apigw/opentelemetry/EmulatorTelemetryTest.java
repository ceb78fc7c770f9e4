package dev.apigw.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.apigw.client.ApiGatewayV2AsyncClient;
import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.interceptor.ExecutionContext;
import dev.apigw.core.interceptor.ExecutionInterceptor;
import dev.apigw.core.metrics.MetricPublisher;
import dev.apigw.model.NotFoundException;
import dev.apigw.testkit.ApiGatewayV2Emulator;
import dev.apigw.testkit.Fault;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.LongPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Both clients, set up with {@link ApiGatewayV2Telemetry#configure}, calling the emulator: the
 * spans and metrics an application's OpenTelemetry SDK gets, and what its own OkHttp interceptors
 * see of them.
 */
class EmulatorTelemetryTest {
  private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  private static final AttributeKey<Long> STATUS =
      AttributeKey.longKey("http.response.status_code");

  private static ApiGatewayV2Emulator emulator;

  private final InMemoryTelemetry telemetry = new InMemoryTelemetry();
  private final ApiGatewayV2Telemetry apigw =
      ApiGatewayV2Telemetry.create(telemetry.openTelemetry());

  /**
   * What the application's OkHttp interceptor saw in each attempt: the current span, the thread.
   */
  private final List<SpanContext> spansSeenByOkHttp = new CopyOnWriteArrayList<>();

  private final List<Thread> threadsSeenByOkHttp = new CopyOnWriteArrayList<>();
  private final OkHttpClient okHttp =
      new OkHttpClient.Builder()
          .addInterceptor(
              chain -> {
                spansSeenByOkHttp.add(Span.current().getSpanContext());
                threadsSeenByOkHttp.add(Thread.currentThread());
                return chain.proceed(chain.request());
              })
          .build();

  private ApiGatewayV2Client client;
  private ApiGatewayV2AsyncClient asyncClient;

  @BeforeAll
  static void startEmulator() {
    emulator = ApiGatewayV2Emulator.start();
  }

  @AfterAll
  static void stopEmulator() {
    emulator.close();
  }

  @BeforeEach
  void buildClients() {
    emulator.reset();
    client = apigw.configure(emulator.clientBuilder()).httpClient(okHttp).build();
    asyncClient = apigw.configure(emulator.asyncClientBuilder()).httpClient(okHttp).build();
  }

  @AfterEach
  void closeEverything() {
    client.close();
    asyncClient.close();
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
    telemetry.close();
  }

  @Test
  void aBlockingCallIsOneClientSpanWithTheAwsSdkAttributes() {
    client.getApis(b -> {});

    assertGetApisSpan(telemetry.onlySpan());
  }

  @Test
  void anAsyncCallIsOneClientSpanWithTheAwsSdkAttributes() {
    asyncClient.getApis(b -> {}).join();

    assertGetApisSpan(telemetry.onlySpan());
  }

  private static void assertGetApisSpan(SpanData span) {
    assertThat(span.getName()).isEqualTo("ApiGatewayV2.GetApis");
    assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    Attributes attributes = span.getAttributes();
    assertThat(attributes.get(AttributeKey.stringKey("rpc.system"))).isEqualTo("aws-api");
    assertThat(attributes.get(AttributeKey.stringKey("rpc.service"))).isEqualTo("ApiGatewayV2");
    assertThat(attributes.get(AttributeKey.stringKey("rpc.method"))).isEqualTo("GetApis");
    assertThat(attributes.get(AttributeKey.stringKey("cloud.region"))).isEqualTo("us-east-1");
    assertThat(attributes.get(STATUS)).isEqualTo(200L);
    assertThat(attributes.get(AttributeKey.stringKey("aws.request_id"))).isNotBlank();
    assertThat(attributes.get(ERROR_TYPE)).isNull();
  }

  @Test
  void aBlockingCallsSpanIsAChildOfTheSpanCurrentAroundIt() {
    assertChildOfUserSpan(() -> client.getApis(b -> {}));
  }

  @Test
  void anAsyncCallsSpanIsAChildOfTheSpanCurrentWhenItWasMade() {
    assertChildOfUserSpan(() -> asyncClient.getApis(b -> {})).join();
  }

  private <T> T assertChildOfUserSpan(Supplier<T> call) {
    Span user = telemetry.openTelemetry().getTracer("app").spanBuilder("handle order").startSpan();
    T result = Context.current().with(user).wrapSupplier(call).get();
    if (result instanceof CompletableFuture) {
      ((CompletableFuture<?>) result).join();
    }
    user.end();

    SpanData callSpan = telemetry.spans().get(0);
    assertThat(callSpan.getName()).isEqualTo("ApiGatewayV2.GetApis");
    assertThat(callSpan.getTraceId()).isEqualTo(user.getSpanContext().getTraceId());
    assertThat(callSpan.getParentSpanId()).isEqualTo(user.getSpanContext().getSpanId());
    return result;
  }

  @Test
  void aBlockingNotFoundIsAnErrorSpanWithTheExceptionRecorded() {
    assertThatThrownBy(() -> client.getApi(b -> b.apiId("nope")))
        .isInstanceOf(NotFoundException.class);

    assertNotFoundSpan(telemetry.onlySpan());
  }

  @Test
  void anAsyncNotFoundIsAnErrorSpanWithTheExceptionRecorded() {
    CompletableFuture<?> call = asyncClient.getApi(b -> b.apiId("nope"));

    assertThatThrownBy(call::join).hasCauseInstanceOf(NotFoundException.class);
    assertNotFoundSpan(telemetry.onlySpan());
  }

  private static void assertNotFoundSpan(SpanData span) {
    assertThat(span.getName()).isEqualTo("ApiGatewayV2.GetApi");
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getAttributes().get(ERROR_TYPE)).isEqualTo(NotFoundException.class.getName());
    assertThat(span.getAttributes().get(STATUS)).isEqualTo(404L);
    assertThat(span.getEvents()).extracting(EventData::getName).containsExactly("exception");
    assertThat(
            span.getEvents().get(0).getAttributes().get(AttributeKey.stringKey("exception.type")))
        .isEqualTo(NotFoundException.class.getName());
  }

  @Test
  void aBlockingRetryIsAnEventAndEachAttemptRunsInTheCallsSpan() {
    emulator.inject("GetApis", 1, Fault.serviceUnavailable());

    client.getApis(b -> {});

    assertRetriedOnce(telemetry.onlySpan());
    assertThat(threadsSeenByOkHttp).containsOnly(Thread.currentThread());
  }

  @Test
  void anAsyncRetryIsAnEventAndEachAttemptRunsInTheCallsSpanOnOkHttpsThreads() {
    emulator.inject("GetApis", 1, Fault.serviceUnavailable());

    asyncClient.getApis(b -> {}).join();

    assertRetriedOnce(telemetry.onlySpan());
    assertThat(threadsSeenByOkHttp).doesNotContain(Thread.currentThread());
  }

  private void assertRetriedOnce(SpanData span) {
    assertThat(span.getEvents())
        .extracting(EventData::getName, EventData::getAttributes)
        .containsExactly(
            tuple(
                "retry",
                Attributes.of(
                    AttributeKey.longKey("apigw.attempt"), 2L,
                    AttributeKey.longKey("apigw.previous_status_code"), 503L)));
    assertThat(span.getAttributes().get(STATUS)).isEqualTo(200L);
    assertThat(spansSeenByOkHttp)
        .hasSize(2)
        .allSatisfy(seen -> assertThat(seen.getSpanId()).isEqualTo(span.getSpanId()));

    Map<String, MetricData> metrics = telemetry.metrics();
    assertThat(onlySum(metrics.get("apigw.client.attempts")).getValue()).isEqualTo(2);
    assertThat(onlySum(metrics.get("apigw.client.retries")).getValue()).isEqualTo(1);
  }

  @Test
  void outsideAnAttemptOkHttpsThreadsAndTheCallersKeepNoSpan() {
    asyncClient.getApis(b -> {}).join();
    client.getApis(b -> {});

    assertThat(spansSeenByOkHttp)
        .hasSize(2)
        .allSatisfy(seen -> assertThat(seen.isValid()).isTrue());
    assertThat(Span.current().getSpanContext().isValid()).isFalse();
  }

  @Test
  void callsAreMeasuredWithTheirOutcomeInTheAttributes() {
    client.getApis(b -> {});
    asyncClient.getApis(b -> {}).join();
    assertThatThrownBy(() -> client.getApi(b -> b.apiId("nope")))
        .isInstanceOf(NotFoundException.class);

    MetricData duration = telemetry.metrics().get("rpc.client.call.duration");
    assertThat(duration.getUnit()).isEqualTo("s");
    Map<Attributes, Long> counts =
        duration.getHistogramData().getPoints().stream()
            .collect(
                Collectors.toMap(HistogramPointData::getAttributes, HistogramPointData::getCount));
    assertThat(counts)
        .containsOnly(
            Map.entry(callAttributes("GetApis").put(STATUS, 200L).build(), 2L),
            Map.entry(
                callAttributes("GetApi")
                    .put(STATUS, 404L)
                    .put(ERROR_TYPE, NotFoundException.class.getName())
                    .build(),
                1L));
    assertThat(duration.getHistogramData().getPoints())
        .allSatisfy(point -> assertThat(point.getSum()).isPositive().isLessThan(10.0));
  }

  private static AttributesBuilder callAttributes(String operation) {
    return Attributes.builder()
        .put("rpc.system", "aws-api")
        .put("rpc.service", "ApiGatewayV2")
        .put("rpc.method", operation)
        .put("cloud.region", "us-east-1");
  }

  @Test
  void configureAloneGivesACallBothItsSpanAndItsMetrics() {
    try (ApiGatewayV2Client plain = apigw.configure(emulator.clientBuilder()).build()) {
      plain.getApis(b -> {});
    }

    assertThat(telemetry.onlySpan().getName()).isEqualTo("ApiGatewayV2.GetApis");
    assertThat(telemetry.metrics())
        .containsKeys("rpc.client.call.duration", "apigw.client.attempts", "apigw.client.retries");
  }

  @Test
  void oneCallsOverridesMayCarryTheInterceptorItsClientHasAndStillMakeOneSpan() {
    ExecutionInterceptor interceptor = apigw.newExecutionInterceptor();
    MetricPublisher publisher = apigw.newMetricPublisher();
    try (ApiGatewayV2Client plain =
        emulator.clientBuilder().addExecutionInterceptor(interceptor).build()) {
      plain.getApis(
          b ->
              b.overrideConfiguration(
                  o -> o.addExecutionInterceptor(interceptor).addMetricPublisher(publisher)));
    }

    assertThat(telemetry.onlySpan().getName()).isEqualTo("ApiGatewayV2.GetApis");
    assertThat(onlySum(telemetry.metrics().get("apigw.client.attempts")).getValue()).isEqualTo(1);
  }

  @Test
  void aCallThatALaterInterceptorFailsBeforeSendingEndsItsSpanWithTheFailure() {
    ExecutionInterceptor refusing =
        new ExecutionInterceptor() {
          @Override
          public void beforeExecution(ExecutionContext context) {
            throw new IllegalStateException("refused");
          }
        };
    try (ApiGatewayV2AsyncClient refused =
        apigw.configure(emulator.asyncClientBuilder()).addExecutionInterceptor(refusing).build()) {
      assertThatThrownBy(() -> refused.getApis(b -> {}).join())
          .hasCauseInstanceOf(SdkClientException.class);
    }

    SpanData span = telemetry.onlySpan();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getAttributes().get(ERROR_TYPE)).isEqualTo(SdkClientException.class.getName());
    assertThat(span.getAttributes().get(STATUS)).isNull();
    assertThat(emulator.requestCount()).isZero();
  }

  private static LongPointData onlySum(MetricData metric) {
    assertThat(metric.getLongSumData().getPoints()).hasSize(1);
    return metric.getLongSumData().getPoints().iterator().next();
  }
}
