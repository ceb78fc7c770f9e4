package dev.apigw.core.internal.runtime;

import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.http.ProxyConfiguration;
import dev.apigw.core.interceptor.ExecutionInterceptor;
import dev.apigw.core.internal.config.ClientDefaults;
import dev.apigw.core.lang.Arguments;
import dev.apigw.core.metrics.MetricPublisher;
import dev.apigw.core.retry.RetryStrategy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * What a client builder was told, each value already checked by its setter; null where it was not
 * set and is to be resolved from outside the code. Not thread-safe, as the builder.
 */
public final class ClientOptions {
  public @Nullable String region;
  public @Nullable URI endpoint;
  public @Nullable CredentialsProvider credentialsProvider;
  public @Nullable OkHttpClient httpClient;
  public @Nullable ProxyConfiguration proxyConfiguration;
  public Clock clock = Clock.systemUTC();
  public @Nullable RetryStrategy retryStrategy;
  public @Nullable Boolean fipsEnabled;
  public @Nullable Boolean dualstackEnabled;
  public Duration apiCallTimeout = ClientDefaults.API_CALL_TIMEOUT;
  public Duration apiCallAttemptTimeout = ClientDefaults.API_CALL_ATTEMPT_TIMEOUT;
  public @Nullable String userAgentSuffix;
  public @Nullable String appId;
  public @Nullable Executor futureCompletionExecutor;
  public final List<ExecutionInterceptor> executionInterceptors = new ArrayList<>();
  public final List<MetricPublisher> metricPublishers = new ArrayList<>();

  private static final Duration LONGEST = Duration.ofNanos(Long.MAX_VALUE);

  /**
   * A timeout, checked: positive. Longer than nanoseconds can count (about 292 years) is as good as
   * no limit, and is kept countable.
   */
  public static Duration timeout(@Nullable Duration value, String name) {
    Arguments.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
    return value.compareTo(LONGEST) > 0 ? LONGEST : value;
  }
}
