package dev.apigw.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.interceptor.ExecutionContext;
import dev.apigw.core.interceptor.ExecutionInterceptor;
import dev.apigw.core.interceptor.ExecutionScope;
import dev.apigw.core.result.ResponseMetadata;
import dev.apigw.core.result.SdkResult;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The interceptor's hooks driven by hand, as the runtime drives them in one call. */
class TracingInterceptorTest {
  private static final Request REQUEST =
      new Request.Builder().url("https://apigateway.eu-west-1.amazonaws.com/v2/apis").build();
  private static final SdkResult OK = () -> ResponseMetadata.of(200, "req-ok");

  private final InMemoryTelemetry telemetry = new InMemoryTelemetry();
  private final ApiGatewayV2Telemetry apigw =
      ApiGatewayV2Telemetry.create(telemetry.openTelemetry());
  private final ExecutionInterceptor interceptor = apigw.newExecutionInterceptor();

  @AfterEach
  void closeTelemetry() {
    telemetry.close();
  }

  private static ExecutionContext call(String operation) {
    return ExecutionContext.of("ApiGatewayV2", operation, new Object()).withRegion("eu-west-1");
  }

  @Test
  void aSuccessfulCallIsOneClientSpanNamedAfterServiceAndOperation() {
    ExecutionContext call = call("GetRoutes");

    interceptor.beforeExecution(call);
    ExecutionContext attempt = call.withAttempt(1);
    interceptor.beforeTransmission(attempt, interceptor.modifyHttpRequest(attempt, REQUEST));
    interceptor.afterTransmission(
        attempt, 200, Headers.of("x-amzn-RequestId", "req-1", "Content-Type", "application/json"));
    interceptor.afterExecution(attempt, OK);

    SpanData span = telemetry.onlySpan();
    assertThat(span.getName()).isEqualTo("ApiGatewayV2.GetRoutes");
    assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
    assertThat(span.hasEnded()).isTrue();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(span.getEvents()).isEmpty();
    assertThat(span.getAttributes().asMap())
        .isEqualTo(
            Map.of(
                AttributeKey.stringKey("rpc.system"), "aws-api",
                AttributeKey.stringKey("rpc.service"), "ApiGatewayV2",
                AttributeKey.stringKey("rpc.method"), "GetRoutes",
                AttributeKey.stringKey("cloud.region"), "eu-west-1",
                AttributeKey.longKey("http.response.status_code"), 200L,
                AttributeKey.stringKey("aws.request_id"), "req-1"));
    assertThat(span.getInstrumentationScopeInfo().getName()).isEqualTo("dev.apigw.opentelemetry");
  }

  @Test
  void theSpansParentIsTheContextCurrentWhenTheCallStarts() {
    Span parent = telemetry.openTelemetry().getTracer("test").spanBuilder("user work").startSpan();
    ExecutionContext call = call("GetApis");

    Context.current().with(parent).wrap(() -> interceptor.beforeExecution(call)).run();
    interceptor.afterExecution(call.withAttempt(1), OK);
    parent.end();

    SpanData span = telemetry.spans().get(0);
    assertThat(span.getName()).isEqualTo("ApiGatewayV2.GetApis");
    assertThat(span.getTraceId()).isEqualTo(parent.getSpanContext().getTraceId());
    assertThat(span.getParentSpanId()).isEqualTo(parent.getSpanContext().getSpanId());
  }

  @Test
  void eachExchangeRunsWithTheCallsContextCurrentAndRestoresTheThreadsAfter() {
    ExecutionContext call = call("GetRoutes");
    ContextKey<String> key = ContextKey.named("a value of the caller's");
    Context.current().with(key, "kept").wrap(() -> interceptor.beforeExecution(call)).run();
    Span before = Span.current();

    ExecutionContext attempt = call.withAttempt(1);
    String spanIdDuringExchange;
    String valueDuringExchange;
    ExecutionScope scope = interceptor.exchangeScope(attempt);
    try {
      spanIdDuringExchange = Span.current().getSpanContext().getSpanId();
      valueDuringExchange = Context.current().get(key);
    } finally {
      scope.close();
    }
    Span after = Span.current();
    interceptor.afterExecution(attempt, OK);

    assertThat(spanIdDuringExchange).isEqualTo(telemetry.onlySpan().getSpanId());
    assertThat(valueDuringExchange).isEqualTo("kept");
    assertThat(after).isSameAs(before);
    assertThat(after.getSpanContext().isValid()).isFalse();
  }

  @Test
  void theRequestOfEachAttemptIsTaggedWithTheCallsContext() {
    ExecutionContext call = call("GetRoutes");
    interceptor.beforeExecution(call);

    Request tagged = interceptor.modifyHttpRequest(call.withAttempt(1), REQUEST);
    interceptor.afterExecution(call.withAttempt(1), OK);

    Context context = tagged.tag(Context.class);
    assertThat(context).isNotNull();
    assertThat(Span.fromContext(context).getSpanContext().getSpanId())
        .isEqualTo(telemetry.onlySpan().getSpanId());
    assertThat(tagged.url()).isEqualTo(REQUEST.url());
  }

  @Test
  void aFailedCallEndsWithStatusErrorTheExceptionRecordedAndItsClassAsErrorType() {
    ExecutionContext call = call("GetApi");
    SdkClientException failure = new SdkClientException("Unable to reach the endpoint");

    interceptor.beforeExecution(call);
    interceptor.onExecutionFailure(call.withAttempt(1), failure);

    SpanData span = telemetry.onlySpan();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getStatus().getDescription()).isEqualTo(failure.getMessage());
    assertThat(span.getAttributes().get(AttributeKey.stringKey("error.type")))
        .isEqualTo("dev.apigw.core.exception.SdkClientException");
    assertThat(span.getEvents()).extracting(EventData::getName).containsExactly("exception");
    assertThat(
            span.getEvents().get(0).getAttributes().get(AttributeKey.stringKey("exception.type")))
        .isEqualTo("dev.apigw.core.exception.SdkClientException");
  }

  @Test
  void eachRetryIsAnEventWithTheAttemptAndThePreviousStatus() {
    ExecutionContext call = call("GetRoutes");
    interceptor.beforeExecution(call);
    for (int attempt = 1; attempt <= 3; attempt++) {
      ExecutionContext context = call.withAttempt(attempt);
      interceptor.beforeTransmission(context, interceptor.modifyHttpRequest(context, REQUEST));
      interceptor.afterTransmission(context, attempt < 3 ? 503 : 200, Headers.of());
    }
    interceptor.afterExecution(call.withAttempt(3), OK);

    SpanData span = telemetry.onlySpan();
    assertThat(span.getEvents()).extracting(EventData::getName).containsExactly("retry", "retry");
    assertThat(span.getEvents())
        .extracting(EventData::getAttributes)
        .containsExactly(
            Attributes.of(
                AttributeKey.longKey("apigw.attempt"), 2L,
                AttributeKey.longKey("apigw.previous_status_code"), 503L),
            Attributes.of(
                AttributeKey.longKey("apigw.attempt"), 3L,
                AttributeKey.longKey("apigw.previous_status_code"), 503L));
    assertThat(span.getAttributes().get(AttributeKey.longKey("http.response.status_code")))
        .isEqualTo(200L);
  }

  @Test
  void aRetryAfterAnAttemptWithoutResponseHasNoPreviousStatus() {
    ExecutionContext call = call("GetRoutes");
    interceptor.beforeExecution(call);
    interceptor.beforeTransmission(call.withAttempt(1), REQUEST);
    interceptor.beforeTransmission(call.withAttempt(2), REQUEST);
    interceptor.afterExecution(call.withAttempt(2), OK);

    assertThat(telemetry.onlySpan().getEvents())
        .extracting(EventData::getAttributes)
        .containsExactly(Attributes.of(AttributeKey.longKey("apigw.attempt"), 2L));
  }

  @Test
  void theSpanEndsOnceWhateverEndingHooksRun() {
    ExecutionContext call = call("GetRoutes");
    interceptor.beforeExecution(call);

    interceptor.onExecutionFailure(call, new SdkClientException("a later interceptor failed"));
    interceptor.onExecutionFailure(call, new SdkClientException("told again"));
    interceptor.afterExecution(call, OK);

    assertThat(telemetry.onlySpan().getStatus().getDescription())
        .isEqualTo("a later interceptor failed");
  }

  @Test
  void theRegionIsSetWhenItIsKnownOnlyAfterTheCallStarted() {
    ExecutionContext call = ExecutionContext.of("ApiGatewayV2", "GetApis", new Object());
    interceptor.beforeExecution(call);

    interceptor.afterExecution(call.withRegion("us-west-2").withAttempt(1), OK);

    assertThat(telemetry.onlySpan().getAttributes().get(AttributeKey.stringKey("cloud.region")))
        .isEqualTo("us-west-2");
  }

  @Test
  void aCallWhoseRegionIsNeverKnownHasNoRegionAttribute() {
    ExecutionContext call = ExecutionContext.of("ApiGatewayV2", "GetApis", new Object());
    interceptor.beforeExecution(call);

    interceptor.onExecutionFailure(call, new SdkClientException("no region"));

    assertThat(telemetry.onlySpan().getAttributes().get(AttributeKey.stringKey("cloud.region")))
        .isNull();
  }

  @Test
  void theSameInterceptorAddedTwiceTracesTheCallOnce() {
    ExecutionContext call = call("GetRoutes");

    interceptor.beforeExecution(call);
    interceptor.beforeExecution(call);
    interceptor.afterExecution(call.withAttempt(1), OK);
    interceptor.afterExecution(call.withAttempt(1), OK);

    assertThat(telemetry.spans()).hasSize(1);
  }

  @Test
  void interceptorsOfTwoTelemetriesTraceTheCallEach() {
    ExecutionInterceptor other = apigw.newExecutionInterceptor();
    ExecutionContext call = call("GetRoutes");

    interceptor.beforeExecution(call);
    other.beforeExecution(call);
    interceptor.afterExecution(call.withAttempt(1), OK);
    other.afterExecution(call.withAttempt(1), OK);

    assertThat(telemetry.spans()).hasSize(2);
  }

  @Test
  void hooksOfACallItDidNotStartChangeNothing() {
    ExecutionContext call = call("GetRoutes").withAttempt(2);

    assertThat(interceptor.modifyHttpRequest(call, REQUEST)).isSameAs(REQUEST);
    interceptor.beforeTransmission(call, REQUEST);
    assertThat(interceptor.exchangeScope(call)).isSameAs(ExecutionScope.NONE);
    interceptor.afterTransmission(call, 200, Headers.of());
    interceptor.afterExecution(call, OK);
    interceptor.onExecutionFailure(call, new SdkClientException("failed"));

    assertThat(telemetry.spans()).isEmpty();
  }
}
