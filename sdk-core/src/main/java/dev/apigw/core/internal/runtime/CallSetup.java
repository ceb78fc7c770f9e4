package dev.apigw.core.internal.runtime;

import dev.apigw.core.RequestOverrideConfiguration;
import dev.apigw.core.SdkRequest;
import dev.apigw.core.interceptor.ExecutionContext;
import dev.apigw.core.interceptor.ExecutionInterceptor;
import dev.apigw.core.internal.Ticker;
import dev.apigw.core.internal.pipeline.CallCancellation;
import dev.apigw.core.internal.pipeline.CallContext;
import dev.apigw.core.internal.pipeline.CallInterceptors;
import dev.apigw.core.internal.pipeline.CallMeter;
import dev.apigw.core.internal.pipeline.CallOptions;
import dev.apigw.core.metrics.MetricPublisher;
import dev.apigw.core.result.ResponseMetadata;
import dev.apigw.core.result.SdkResult;
import dev.apigw.core.retry.RetryStrategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One call's settings: its client's, with what its request's {@link RequestOverrideConfiguration}
 * changes for this call alone, the interceptors it runs (the client's, then the overrides') and the
 * metric publishers it is told to (the same way). The client's settings are never changed.
 * Immutable.
 */
final class CallSetup {
  final Duration apiCallTimeout;
  final RetryStrategy retryStrategy;
  final Map<String, String> headers;
  final Map<String, String> query;
  final CallOptions options;
  final List<MetricPublisher> publishers;

  private CallSetup(
      Duration apiCallTimeout,
      RetryStrategy retryStrategy,
      Map<String, String> headers,
      Map<String, String> query,
      CallOptions options,
      List<MetricPublisher> publishers) {
    this.apiCallTimeout = apiCallTimeout;
    this.retryStrategy = retryStrategy;
    this.headers = headers;
    this.query = query;
    this.options = options;
    this.publishers = publishers;
  }

  /** The setup of a call that overrides nothing and runs no interceptor. */
  static CallSetup plain(ClientSettings settings) {
    return new CallSetup(
        settings.apiCallTimeout,
        settings.retryStrategy,
        Map.of(),
        Map.of(),
        CallOptions.NONE,
        settings.metricPublishers);
  }

  /**
   * The setup of a call of {@code operationName} with {@code request} in {@code region} (null when
   * it could not be resolved); {@code plain} when it has no overrides and the client no
   * interceptors.
   */
  static CallSetup of(
      ClientSettings settings,
      CallSetup plain,
      String operationName,
      Object request,
      @Nullable String region) {
    @Nullable RequestOverrideConfiguration overrides =
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
    ExecutionContext context =
        ExecutionContext.of(settings.service.serviceId(), operationName, request);
    CallInterceptors hooks =
        CallInterceptors.of(interceptors, region == null ? context : context.withRegion(region));
    if (overrides == null) {
      return new CallSetup(
          plain.apiCallTimeout,
          plain.retryStrategy,
          Map.of(),
          Map.of(),
          CallOptions.of(null, null, hooks, List.of()),
          plain.publishers);
    }
    List<MetricPublisher> publishers = plain.publishers;
    if (!overrides.metricPublishers().isEmpty()) {
      publishers = new ArrayList<>(plain.publishers);
      publishers.addAll(overrides.metricPublishers());
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
            overrides.headers().keySet()),
        publishers);
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
  @Nullable Throwable end(
      @Nullable Object result, @Nullable Throwable failure, CallContext context) {
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

  /**
   * What measures the call for its publishers: {@link CallMeter#NONE} when it has none, so that
   * such a call reads no extra clock.
   */
  CallMeter meter(Ticker ticker) {
    return publishers.isEmpty() ? CallMeter.NONE : CallMeter.on(ticker);
  }

  /**
   * The context of a call whose deadline counts from {@code startNanos}, which {@code cancellation}
   * stops ({@link CallCancellation#NONE} for a blocking call).
   */
  CallContext start(
      String operationName, long startNanos, CallCancellation cancellation, CallMeter meter) {
    return withOptions(
        CallContext.start(operationName, startNanos, apiCallTimeout, cancellation, meter));
  }

  private CallContext withOptions(CallContext context) {
    return options == CallOptions.NONE ? context : context.withOptions(options);
  }
}
