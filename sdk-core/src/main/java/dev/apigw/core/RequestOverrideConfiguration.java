package dev.apigw.core;

import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.http.HttpRequestSpec;
import dev.apigw.core.interceptor.ExecutionInterceptor;
import dev.apigw.core.lang.Arguments;
import dev.apigw.core.metrics.MetricPublisher;
import dev.apigw.core.retry.RetryStrategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What one call changes of its client's settings: given to a request's builder ({@code
 * overrideConfiguration(...)}), it applies to the call made with that request and to nothing else;
 * the client itself does not change. What it leaves unset is the client's.
 *
 * <ul>
 *   <li>{@code apiCallTimeout}, {@code apiCallAttemptTimeout}, {@code retryStrategy}, {@code
 *       credentialsProvider}: instead of the client's. A call's retry strategy has a retry quota
 *       (and, adaptive, a rate limiter) of its own in the client, shared by every call that
 *       overrides with an equal strategy, and with the client's own calls when it equals the
 *       client's strategy.
 *   <li>headers and query parameters: added to the call's request, replacing those of the same name
 *       it would have had, and signed.
 *   <li>execution interceptors: run after the client's.
 *   <li>metric publishers: told of the call besides the client's (the AWS SDK for Java v2 replaces
 *       the client's with them; we add them).
 * </ul>
 *
 * <p>Immutable and thread-safe; build one with {@link #builder()}. {@link #toString()} shows the
 * names of the headers and query parameters and the classes of the credentials provider and the
 * interceptors, never a value that may be secret.
 */
public final class RequestOverrideConfiguration {
  private final @Nullable Duration apiCallTimeout;
  private final @Nullable Duration apiCallAttemptTimeout;
  private final @Nullable RetryStrategy retryStrategy;
  private final @Nullable CredentialsProvider credentialsProvider;
  private final Map<String, String> headers;
  private final Map<String, String> rawQueryParameters;
  private final List<ExecutionInterceptor> executionInterceptors;
  private final List<MetricPublisher> metricPublishers;

  private RequestOverrideConfiguration(Builder builder) {
    this.apiCallTimeout = builder.apiCallTimeout;
    this.apiCallAttemptTimeout = builder.apiCallAttemptTimeout;
    this.retryStrategy = builder.retryStrategy;
    this.credentialsProvider = builder.credentialsProvider;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
    this.rawQueryParameters =
        Collections.unmodifiableMap(new LinkedHashMap<>(builder.rawQueryParameters));
    this.executionInterceptors = List.copyOf(builder.executionInterceptors);
    this.metricPublishers = List.copyOf(builder.metricPublishers);
  }

  /** A builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these overrides, to build changed ones. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The longest the call may take, all attempts included, instead of the client's. */
  public Optional<Duration> apiCallTimeout() {
    return Optional.ofNullable(apiCallTimeout);
  }

  /** The longest each attempt of the call may take, instead of the client's. */
  public Optional<Duration> apiCallAttemptTimeout() {
    return Optional.ofNullable(apiCallAttemptTimeout);
  }

  /** How the call's failed attempts are retried, instead of the client's way. */
  public Optional<RetryStrategy> retryStrategy() {
    return Optional.ofNullable(retryStrategy);
  }

  /** Where the call's credentials come from, instead of the client's provider. */
  public Optional<CredentialsProvider> credentialsProvider() {
    return Optional.ofNullable(credentialsProvider);
  }

  /** The headers added to the call's request, by name, in the order first put; unmodifiable. */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * The query parameters added to the call's request, by name (decoded; the runtime encodes them),
   * in the order first put; unmodifiable.
   */
  public Map<String, String> rawQueryParameters() {
    return rawQueryParameters;
  }

  /** The interceptors the call runs after its client's, in order; unmodifiable. */
  public List<ExecutionInterceptor> executionInterceptors() {
    return executionInterceptors;
  }

  /** The publishers told of the call besides its client's, in order; unmodifiable. */
  public List<MetricPublisher> metricPublishers() {
    return metricPublishers;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof RequestOverrideConfiguration)) {
      return false;
    }
    RequestOverrideConfiguration that = (RequestOverrideConfiguration) other;
    return Objects.equals(apiCallTimeout, that.apiCallTimeout)
        && Objects.equals(apiCallAttemptTimeout, that.apiCallAttemptTimeout)
        && Objects.equals(retryStrategy, that.retryStrategy)
        && Objects.equals(credentialsProvider, that.credentialsProvider)
        && headers.equals(that.headers)
        && rawQueryParameters.equals(that.rawQueryParameters)
        && executionInterceptors.equals(that.executionInterceptors)
        && metricPublishers.equals(that.metricPublishers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        apiCallTimeout,
        apiCallAttemptTimeout,
        retryStrategy,
        credentialsProvider,
        headers,
        rawQueryParameters,
        executionInterceptors,
        metricPublishers);
  }

  /**
   * What is set, without header or query values, credentials or anything else that may be secret.
   */
  @Override
  public String toString() {
    StringJoiner text = new StringJoiner(", ", "RequestOverrideConfiguration{", "}");
    add(text, "apiCallTimeout", apiCallTimeout, Duration::toString);
    add(text, "apiCallAttemptTimeout", apiCallAttemptTimeout, Duration::toString);
    add(text, "retryStrategy", retryStrategy, RetryStrategy::toString);
    add(text, "credentialsProvider", credentialsProvider, p -> p.getClass().getName());
    add(text, "headers", headers.isEmpty() ? null : headers, h -> h.keySet().toString());
    add(
        text,
        "rawQueryParameters",
        rawQueryParameters.isEmpty() ? null : rawQueryParameters,
        q -> q.keySet().toString());
    add(
        text,
        "executionInterceptors",
        executionInterceptors.isEmpty() ? null : executionInterceptors,
        list ->
            list.stream().map(i -> i.getClass().getName()).collect(Collectors.toList()).toString());
    add(
        text,
        "metricPublishers",
        metricPublishers.isEmpty() ? null : metricPublishers,
        list ->
            list.stream().map(p -> p.getClass().getName()).collect(Collectors.toList()).toString());
    return text.toString();
  }

  private static <T> void add(
      StringJoiner text, String name, @Nullable T value, Function<T, String> shown) {
    if (value != null) {
      text.add(name + "=" + shown.apply(value));
    }
  }

  /**
   * Builds a {@link RequestOverrideConfiguration}. Setters check their argument at once and fail
   * with {@link IllegalArgumentException} naming it; null unsets a timeout, the retry strategy or
   * the credentials provider. Not thread-safe; {@link #build()} may be called more than once.
   */
  public static final class Builder {
    private static final Duration LONGEST = Duration.ofNanos(Long.MAX_VALUE);

    private @Nullable Duration apiCallTimeout;
    private @Nullable Duration apiCallAttemptTimeout;
    private @Nullable RetryStrategy retryStrategy;
    private @Nullable CredentialsProvider credentialsProvider;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> rawQueryParameters = new LinkedHashMap<>();
    private final List<ExecutionInterceptor> executionInterceptors = new ArrayList<>();
    private final List<MetricPublisher> metricPublishers = new ArrayList<>();

    private Builder() {}

    private Builder(RequestOverrideConfiguration from) {
      this.apiCallTimeout = from.apiCallTimeout;
      this.apiCallAttemptTimeout = from.apiCallAttemptTimeout;
      this.retryStrategy = from.retryStrategy;
      this.credentialsProvider = from.credentialsProvider;
      this.headers.putAll(from.headers);
      this.rawQueryParameters.putAll(from.rawQueryParameters);
      this.executionInterceptors.addAll(from.executionInterceptors);
      this.metricPublishers.addAll(from.metricPublishers);
    }

    /**
     * The longest the call may take: every attempt, the backoff between them and decoding the
     * result. Positive.
     */
    public Builder apiCallTimeout(@Nullable Duration apiCallTimeout) {
      this.apiCallTimeout = timeout(apiCallTimeout, "apiCallTimeout");
      return this;
    }

    /** The longest each attempt may take, from connecting to the last byte read. Positive. */
    public Builder apiCallAttemptTimeout(@Nullable Duration apiCallAttemptTimeout) {
      this.apiCallAttemptTimeout = timeout(apiCallAttemptTimeout, "apiCallAttemptTimeout");
      return this;
    }

    /**
     * How the call's failed attempts are retried. The client keeps a retry quota (and, adaptive, a
     * rate limiter) for each distinct strategy its calls name, for as long as it lives: name a few
     * strategies made once, not a new one for every call.
     */
    public Builder retryStrategy(@Nullable RetryStrategy retryStrategy) {
      this.retryStrategy = retryStrategy;
      return this;
    }

    /** Where the credentials that sign the call's attempts come from. */
    public Builder credentialsProvider(@Nullable CredentialsProvider credentialsProvider) {
      this.credentialsProvider = credentialsProvider;
      return this;
    }

    /**
     * Adds a header to the call's request, replacing one of the same name (in any case) put before
     * or set by the request. The name must be an HTTP token and not one the runtime sets itself
     * ({@code Host}, {@code Content-Length}, {@code Authorization}, {@code X-Amz-Date} and the
     * like), the value printable ASCII; the message of a failure never shows the value.
     */
    public Builder putHeader(String name, String value) {
      HttpRequestSpec.builder("GET", "/").header(name, value); // the request's own header checks
      headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
      headers.put(name, value);
      return this;
    }

    /**
     * Adds a query parameter to the call's request, replacing any of the same name put before or
     * set by the request. Both parts are as decoded; the runtime encodes them. The name must not be
     * empty, the value may be.
     */
    public Builder putRawQueryParameter(String name, String value) {
      HttpRequestSpec.builder("GET", "/").query(name, value); // the request's own query checks
      rawQueryParameters.put(name, value);
      return this;
    }

    /** Adds an interceptor the call runs after its client's and those added before it. */
    public Builder addExecutionInterceptor(ExecutionInterceptor interceptor) {
      executionInterceptors.add(Arguments.requireNonNull(interceptor, "interceptor"));
      return this;
    }

    /**
     * Adds a publisher told of the call's metrics once it ended, besides its client's publishers
     * and those added before it. The call does not close it.
     */
    public Builder addMetricPublisher(MetricPublisher publisher) {
      metricPublishers.add(Arguments.requireNonNull(publisher, "publisher"));
      return this;
    }

    public RequestOverrideConfiguration build() {
      return new RequestOverrideConfiguration(this);
    }

    /**
     * A timeout, checked: positive; longer than nanoseconds can count (some 292 years) is as good
     * as no limit, and is kept countable.
     */
    private static @Nullable Duration timeout(@Nullable Duration value, String name) {
      if (value != null && (value.isNegative() || value.isZero())) {
        throw new IllegalArgumentException(name + " must be positive: " + value);
      }
      return value == null || value.compareTo(LONGEST) <= 0 ? value : LONGEST;
    }
  }
}
