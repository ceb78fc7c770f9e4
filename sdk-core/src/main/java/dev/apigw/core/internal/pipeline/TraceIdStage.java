package dev.apigw.core.internal.pipeline;

import dev.apigw.core.internal.Environment;
import dev.apigw.core.lang.Arguments;
import java.util.Optional;
import okhttp3.Request;

/**
 * In AWS Lambda, carries the invocation's X-Ray trace into the call: when {@code
 * AWS_LAMBDA_FUNCTION_NAME} is set, the request gets {@code X-Amzn-Trace-Id} with the system
 * property {@code com.amazonaws.xray.traceHeader}, else the variable {@code _X_AMZN_TRACE_ID},
 * unless it already has that header (from the call's overrides, which the AWS SDK merges only after
 * its interceptors, so that it sends both). This is what the AWS SDK for Java v2's {@code
 * TraceIdExecutionInterceptor} does, and like it this stage reads all three on every call, because
 * Lambda's Java runtime sets the property anew for each invocation; outside Lambda a call costs one
 * look-up of the variable.
 *
 * <p>It runs once a call, before the retries, so that every attempt carries the same trace id and
 * the interceptors' {@code modifyHttpRequest} sees it, as in the AWS SDK, whose interceptor runs
 * before the caller's. The header is never signed, wherever it comes from: the signer leaves {@code
 * x-amzn-trace-id} out, as the AWS SDK's does, since load balancers on the way may add to it. A
 * trace id that is not printable ASCII, which OkHttp would refuse, is left out rather than failing
 * the call. Not read: the per-thread trace id the AWS SDK also takes from its own internal
 * thread-local, for Lambda's concurrent invocations. Immutable and thread-safe.
 */
public final class TraceIdStage extends PreparingStage {
  static final String HEADER = "X-Amzn-Trace-Id";
  static final String FUNCTION_NAME_VARIABLE = "AWS_LAMBDA_FUNCTION_NAME";
  static final String TRACE_PROPERTY = "com.amazonaws.xray.traceHeader";
  static final String TRACE_VARIABLE = "_X_AMZN_TRACE_ID";

  private final Environment environment;

  private TraceIdStage(Environment environment) {
    this.environment = environment;
  }

  /**
   * Whether the process runs in AWS Lambda ({@code AWS_LAMBDA_FUNCTION_NAME} is set): a client
   * built elsewhere needs no such stage, a process's environment variables being fixed.
   */
  public static boolean inLambda(Environment environment) {
    return environment.variable(FUNCTION_NAME_VARIABLE).isPresent();
  }

  /** A stage reading the Lambda variables and the trace property from {@code environment}. */
  public static TraceIdStage over(Environment environment) {
    return new TraceIdStage(Arguments.requireNonNull(environment, "environment"));
  }

  @Override
  protected Request prepare(Request request, CallContext context) {
    if (environment.variable(FUNCTION_NAME_VARIABLE).isEmpty() || request.header(HEADER) != null) {
      return request;
    }
    Optional<String> traceId = environment.setting(TRACE_PROPERTY, TRACE_VARIABLE);
    if (traceId.isEmpty() || HeaderText.problem(traceId.get()) != null) {
      return request;
    }
    return request.newBuilder().header(HEADER, traceId.get()).build();
  }

  @Override
  public String toString() {
    return "lambda trace id";
  }
}
