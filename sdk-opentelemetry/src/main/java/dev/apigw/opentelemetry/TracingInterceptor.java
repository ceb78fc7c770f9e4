package dev.apigw.opentelemetry;

import static dev.apigw.opentelemetry.SemanticConventions.ATTEMPT;
import static dev.apigw.opentelemetry.SemanticConventions.AWS_API;
import static dev.apigw.opentelemetry.SemanticConventions.AWS_REQUEST_ID;
import static dev.apigw.opentelemetry.SemanticConventions.CLOUD_REGION;
import static dev.apigw.opentelemetry.SemanticConventions.ERROR_TYPE;
import static dev.apigw.opentelemetry.SemanticConventions.HTTP_RESPONSE_STATUS_CODE;
import static dev.apigw.opentelemetry.SemanticConventions.PREVIOUS_STATUS_CODE;
import static dev.apigw.opentelemetry.SemanticConventions.RETRY_EVENT;
import static dev.apigw.opentelemetry.SemanticConventions.RPC_METHOD;
import static dev.apigw.opentelemetry.SemanticConventions.RPC_SERVICE;
import static dev.apigw.opentelemetry.SemanticConventions.RPC_SYSTEM;

import dev.apigw.core.interceptor.ExecutionAttribute;
import dev.apigw.core.interceptor.ExecutionContext;
import dev.apigw.core.interceptor.ExecutionInterceptor;
import dev.apigw.core.interceptor.ExecutionScope;
import dev.apigw.core.result.SdkResult;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import okhttp3.Headers;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * Traces each call in a CLIENT span: started in {@link #beforeExecution} as a child of the caller's
 * current context, current on the thread of each exchange, ended once when the call succeeded or
 * failed. See {@link ApiGatewayV2Telemetry} for what the span holds.
 *
 * <p>Never keeps a scope open from one hook to another: an asynchronous call runs its hooks on
 * several threads.
 */
final class TracingInterceptor implements ExecutionInterceptor {
  /** The request id headers the AWS SDK conventions name, in the order they are looked for. */
  private static final String[] REQUEST_ID_HEADERS = {
    "x-amzn-RequestId", "x-amzn-request-id", "x-amz-request-id"
  };

  private final Tracer tracer;

  /**
   * Per instance, so that interceptors of two {@link ApiGatewayV2Telemetry} each trace the call,
   * and one instance added twice (to the client and to a request's overrides) traces it once.
   */
  private final ExecutionAttribute<CallTrace> traceKey =
      new ExecutionAttribute<>("OpenTelemetry call span");

  TracingInterceptor(Tracer tracer) {
    this.tracer = tracer;
  }

  @Override
  public void beforeExecution(ExecutionContext context) {
    if (context.attributes().getAttribute(traceKey) != null) {
      return;
    }
    Context parent = Context.current();
    Span span =
        tracer
            .spanBuilder(context.serviceId() + "." + context.operationName())
            .setSpanKind(SpanKind.CLIENT)
            .setParent(parent)
            .setAttribute(RPC_SYSTEM, AWS_API)
            .setAttribute(RPC_SERVICE, context.serviceId())
            .setAttribute(RPC_METHOD, context.operationName())
            .startSpan();
    context.region().ifPresent(region -> span.setAttribute(CLOUD_REGION, region));
    context.attributes().putAttribute(traceKey, new CallTrace(span, parent));
  }

  /**
   * Tags the request with the call's context, where OpenTelemetry's OkHttp instrumentation looks.
   */
  @Override
  public Request modifyHttpRequest(ExecutionContext context, Request request) {
    CallTrace trace = trace(context);
    return trace == null
        ? request
        : request.newBuilder().tag(Context.class, trace.context()).build();
  }

  @Override
  public void beforeTransmission(ExecutionContext context, Request signedRequest) {
    CallTrace trace = trace(context);
    if (trace == null || context.attempt() < 2) {
      return;
    }
    AttributesBuilder retry = Attributes.builder().put(ATTEMPT, context.attempt());
    if (trace.lastStatusCode() != 0) {
      retry.put(PREVIOUS_STATUS_CODE, trace.lastStatusCode());
    }
    trace.span().addEvent(RETRY_EVENT, retry.build());
  }

  @Override
  public ExecutionScope exchangeScope(ExecutionContext context) {
    CallTrace trace = trace(context);
    if (trace == null) {
      return ExecutionScope.NONE;
    }
    Scope scope = trace.context().makeCurrent();
    return scope::close;
  }

  @Override
  public void afterTransmission(ExecutionContext context, int statusCode, Headers headers) {
    CallTrace trace = trace(context);
    if (trace == null) {
      return;
    }
    trace.lastStatusCode(statusCode);
    trace.span().setAttribute(HTTP_RESPONSE_STATUS_CODE, statusCode);
    String requestId = requestId(headers);
    if (requestId != null) {
      trace.span().setAttribute(AWS_REQUEST_ID, requestId);
    }
  }

  @Override
  public void afterExecution(ExecutionContext context, SdkResult result) {
    CallTrace trace = endingTrace(context);
    if (trace != null) {
      trace.span().end();
    }
  }

  @Override
  public void onExecutionFailure(ExecutionContext context, Throwable failure) {
    CallTrace trace = endingTrace(context);
    if (trace == null) {
      return;
    }
    Span span = trace.span();
    span.setAttribute(ERROR_TYPE, SemanticConventions.errorType(failure));
    span.recordException(failure);
    String message = failure.getMessage();
    if (message == null) {
      span.setStatus(StatusCode.ERROR);
    } else {
      span.setStatus(StatusCode.ERROR, message);
    }
    span.end();
  }

  private @Nullable CallTrace trace(ExecutionContext context) {
    return context.attributes().getAttribute(traceKey);
  }

  /**
   * The call's trace, if its span has yet to end, with the region set (it may have been resolved
   * after {@link #beforeExecution}); null when this interceptor did not start one, or ended it.
   */
  private @Nullable CallTrace endingTrace(ExecutionContext context) {
    CallTrace trace = trace(context);
    if (trace == null || !trace.markEnded()) {
      return null;
    }
    context.region().ifPresent(region -> trace.span().setAttribute(CLOUD_REGION, region));
    return trace;
  }

  private static @Nullable String requestId(Headers headers) {
    for (String name : REQUEST_ID_HEADERS) {
      String value = headers.get(name);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}
