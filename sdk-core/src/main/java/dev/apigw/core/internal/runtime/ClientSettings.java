package dev.apigw.core.internal.runtime;

import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.interceptor.ExecutionInterceptor;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.config.ProxySettings;
import dev.apigw.core.internal.pipeline.UserAgentStage;
import dev.apigw.core.metrics.MetricPublisher;
import dev.apigw.core.retry.RetryStrategy;
import dev.apigw.core.service.ServiceMetadata;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The resolved settings a client runtime is built from. The target is known at {@code build()}, or
 * deferred to the first call when only instance metadata can give the region; the proxy is always
 * resolved at {@code build()}.
 */
public final class ClientSettings {
  final ServiceMetadata service;
  final @Nullable Target target;
  final Supplier<Target> deferredTarget;
  final CredentialsProvider credentialsProvider;
  final @Nullable OkHttpClient httpClient;

  /** Null when an OkHttp client was handed in without a proxy configuration: its own stands. */
  final @Nullable ProxySettings proxy;

  final Clock clock;
  final RetryStrategy retryStrategy;
  final Duration apiCallTimeout;
  final Duration apiCallAttemptTimeout;

  /**
   * What the user agent has after the SDK's own tokens: {@code app/<app id>}, then the caller's
   * product token; null for neither.
   */
  final @Nullable String userAgentSuffix;

  final @Nullable Executor futureCompletionExecutor;
  final List<ExecutionInterceptor> executionInterceptors;
  final List<MetricPublisher> metricPublishers;

  /** Where the calls read what they read from outside the code (Lambda's trace id). */
  final Environment environment;

  ClientSettings(
      ServiceMetadata service,
      @Nullable Target target,
      Supplier<Target> deferredTarget,
      CredentialsProvider credentialsProvider,
      ClientOptions options,
      RetryStrategy retryStrategy,
      @Nullable ProxySettings proxy,
      @Nullable String appId,
      Environment environment) {
    this.service = service;
    this.target = target;
    this.deferredTarget = deferredTarget;
    this.credentialsProvider = credentialsProvider;
    this.httpClient = options.httpClient;
    this.proxy = proxy;
    this.clock = options.clock;
    this.retryStrategy = retryStrategy;
    this.apiCallTimeout = options.apiCallTimeout;
    this.apiCallAttemptTimeout = options.apiCallAttemptTimeout;
    this.userAgentSuffix = UserAgentStage.suffix(appId, options.userAgentSuffix);
    this.futureCompletionExecutor = options.futureCompletionExecutor;
    this.executionInterceptors = List.copyOf(options.executionInterceptors);
    this.metricPublishers = List.copyOf(options.metricPublishers);
    this.environment = environment;
  }
}
