package dev.apigw.core.internal.runtime;

import dev.apigw.core.RequestOverrideConfiguration;
import dev.apigw.core.SdkRequest;
import dev.apigw.core.interceptor.ExecutionContext;
import dev.apigw.core.interceptor.ExecutionInterceptor;
import dev.apigw.core.internal.pipeline.CallCancellation;
import dev.apigw.core.internal.pipeline.CallContext;
import dev.apigw.core.internal.pipeline.CallInterceptors;
import dev.apigw.core.internal.pipeline.CallOptions;
import dev.apigw.core.lang.Nullable;
import dev.apigw.core.result.ResponseMetadata;
import dev.apigw.core.result.SdkResult;
import dev.apigw.core.retry.RetryStrategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One call's settings: its client's, with what its request's {@link RequestOverrideConfiguration}
 * changes for this call alone, and the interceptors it runs (the client's, then the overrides').
 * The client's settings are never changed. Immutable.
 */
final class CallSetup {
  final Duration apiCallTimeout;
  final RetryStrategy retryStrategy;
  final Map<String, String> headers;
  final Map<String, String> query;
  final CallOptions options;

  private CallSetup(
      Duration apiCallTimeout,
      RetryStrategy retryStrategy,
      Map<String, String> headers,
      Map<String, String> query,
      CallOptions options) {
    this.apiCallTimeout = apiCallTimeout;
    this.retryStrategy = retryStrategy;
    this.headers = headers;
    this.query = query;
    this.options = options;
  }

  /** The setup of a call that overrides nothing and runs no interceptor. */
  static CallSetup plain(ClientSettings settings) {
    return new CallSetup(
        settings.apiCallTimeout, settings.retryStrategy, Map.of(), Map.of(), CallOptions.NONE);
  }

  /**
   * The setup of a call of {@code operationName} with {@code request}; {@code plain} when it has no
   * overrides and the client no interceptors.
   */
  static CallSetup of(
      ClientSettings settings, CallSetup plain, String operationName, Object request) {
    @Nullable
    RequestOverrideConfiguration overrides =
        request instanceof SdkRequest
            ? ((SdkRequest) request).overrideConfiguration().orElse(null)
            : null;
    if (overrides == null && settings.executionInterceptors.isEmpty()) {
      return plain;
    }
    List<ExecutionInterceptor> interceptors = new ArrayList<>(settings.executionInterceptors);
    if (overrides != null) {
      interceptors.addAll(overrides.executionInterceptors());
    }
    CallInterceptors hooks =
        CallInterceptors.of(
            interceptors,
            ExecutionContext.of(settings.service.serviceId(), operationName, request));
    if (overrides == null) {
      return new CallSetup(
          plain.apiCallTimeout,
          plain.retryStrategy,
          Map.of(),
          Map.of(),
          CallOptions.of(null, null, hooks, List.of()));
    }
    return new CallSetup(
        overrides.apiCallTimeout().orElse(settings.apiCallTimeout),
        overrides.retryStrategy().orElse(settings.retryStrategy),
        overrides.headers(),
        overrides.rawQueryParameters(),
        CallOptions.of(
            overrides.apiCallAttemptTimeout().orElse(null),
            overrides.credentialsProvider().orElse(null),
            hooks,
            overrides.headers().keySet()));
  }

  CallInterceptors interceptors() {
    return options.interceptors();
  }

  /** The interceptors' {@code afterExecution}, which may yet fail the call. */
  void succeeded(Object result, CallContext context) {
    if (options.interceptors() != CallInterceptors.NONE) {
      ResponseMetadata metadata = context.record().metadata();
      options
          .interceptors()
          .afterExecution(
              context.record().attempts(),
              result instanceof SdkResult ? (SdkResult) result : () -> metadata);
    }
  }

  /**
   * How an asynchronous call ends, after the interceptors' {@code afterExecution} or {@code
   * onExecutionFailure}: the failure it ends with, null for none.
   */
  @Nullable
  Throwable end(@Nullable Object result, @Nullable Throwable failure, CallContext context) {
    try {
      if (failure != null) {
        options.interceptors().onExecutionFailure(failure);
      } else {
        succeeded(result, context);
      }
      return failure;
    } catch (RuntimeException | Error e) {
      return e;
    }
  }

  /** The context of a blocking call: its deadline counts from {@code startNanos}. */
  CallContext start(String operationName, long startNanos) {
    return withOptions(CallContext.start(operationName, startNanos, apiCallTimeout));
  }

  /** The context of an asynchronous call, which {@code cancellation} stops. */
  CallContext start(String operationName, long startNanos, CallCancellation cancellation) {
    return withOptions(CallContext.start(operationName, startNanos, apiCallTimeout, cancellation));
  }

  private CallContext withOptions(CallContext context) {
    return options == CallOptions.NONE ? context : context.withOptions(options);
  }
}
