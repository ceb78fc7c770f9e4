package dev.apigw.micrometer;

import dev.apigw.core.lang.Arguments;
import dev.apigw.core.metrics.AttemptMetrics;
import dev.apigw.core.metrics.CallMetrics;
import dev.apigw.core.metrics.MetricPublisher;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * Records every call of an apigw-java client in a Micrometer {@link MeterRegistry}:
 *
 * <ul>
 *   <li>{@value #CALLS}, a timer of each call from start to result or failure, backoffs included,
 *       tagged {@code service}, {@code operation}, {@code outcome}, {@code status} and {@code
 *       error};
 *   <li>{@value #ATTEMPTS}, a timer of each HTTP attempt, tagged {@code service}, {@code
 *       operation}, {@code outcome} and {@code status};
 *   <li>{@value #RETRIES}, a counter of the attempts after the first, tagged {@code service} and
 *       {@code operation}; it appears, at zero, with the first call of an operation.
 * </ul>
 *
 * <p>Tag values: {@code service} and {@code operation} as the model names them ({@code
 * ApiGatewayV2}, {@code GetRoutes}); {@code outcome} is {@code success}, {@code client_error},
 * {@code server_error}, {@code throttled} or {@code failure} ({@link
 * dev.apigw.core.metrics.Outcome#tagValue()}); {@code status} is the HTTP status, such as {@code
 * 200}, of the attempt, or of the call's last attempt, and {@code none} when no response came back;
 * {@code error} is the simple name of the exception the call failed with, such as {@code
 * NotFoundException}, and {@code none} when it succeeded. Each value comes from a small set, so the
 * number of series stays bounded: request ids, messages and regions are never tags.
 *
 * <p>The timers keep a count, a total and a maximum, in the registry's own time unit (seconds for
 * Prometheus). Percentiles and histograms cost memory for every series, so they are off: turn them
 * on with a {@link io.micrometer.core.instrument.config.MeterFilter} on the registry that matches
 * these names, configured before the first call.
 *
 * <p>Meters are looked up in the registry on every call, not kept here: a few microseconds a call,
 * for which a filter added late and a meter removed from the registry are honoured.
 *
 * <p>Add one to a client's builder ({@code addMetricPublisher}), or to one call's {@code
 * RequestOverrideConfiguration}; one publisher may serve many clients. Thread-safe. {@link
 * #close()} leaves the registry open: it belongs to the caller.
 */
public final class MicrometerMetricPublisher implements MetricPublisher {
  /** The name of the timer of calls. */
  public static final String CALLS = "apigw.client.calls";

  /** The name of the timer of attempts. */
  public static final String ATTEMPTS = "apigw.client.attempts";

  /** The name of the counter of retries. */
  public static final String RETRIES = "apigw.client.retries";

  private final Tags extraTags;
  private final Meter.MeterProvider<Timer> calls;
  private final Meter.MeterProvider<Timer> attempts;
  private final Meter.MeterProvider<Counter> retries;

  private MicrometerMetricPublisher(MeterRegistry registry, Tags extraTags) {
    this.extraTags = extraTags;
    this.calls =
        Timer.builder(CALLS)
            .description(
                "Calls of an apigw-java client, from start to result or failure, retries included")
            .withRegistry(registry);
    this.attempts =
        Timer.builder(ATTEMPTS)
            .description(
                "HTTP attempts of apigw-java calls, each until its response was read or it failed")
            .withRegistry(registry);
    this.retries =
        Counter.builder(RETRIES)
            .description("Attempts of apigw-java calls after the first")
            .withRegistry(registry);
  }

  /**
   * A publisher that records in {@code registry}.
   *
   * @throws IllegalArgumentException naming {@code registry} when it is null
   */
  public static MicrometerMetricPublisher create(MeterRegistry registry) {
    return create(registry, Tags.empty());
  }

  /**
   * A publisher that records in {@code registry} and adds {@code extraTags} to every meter, to tell
   * apart clients that share a registry, such as {@code client=billing}. Publishers that share a
   * registry should use the same extra keys, since some registries (Prometheus) want one set of
   * keys per meter name. For tags on every meter of the registry, its {@code config().commonTags}
   * is the place.
   *
   * @throws IllegalArgumentException naming {@code registry} or {@code extraTags} when it is null,
   *     holds a null, or uses a key the publisher sets ({@code service}, {@code operation}, {@code
   *     outcome}, {@code status}, {@code error})
   */
  public static MicrometerMetricPublisher create(MeterRegistry registry, Iterable<Tag> extraTags) {
    Arguments.requireNonNull(registry, "registry");
    Arguments.requireNonNull(extraTags, "extraTags");
    for (Tag tag : extraTags) {
      Arguments.requireNonNull(tag, "a tag of extraTags");
      if (CallTags.KEYS.contains(tag.getKey())) {
        throw new IllegalArgumentException(
            "extraTags must not use the key " + tag.getKey() + ": the publisher sets it");
      }
    }
    return new MicrometerMetricPublisher(registry, Tags.of(extraTags));
  }

  @Override
  public void publish(CallMetrics metrics) {
    Arguments.requireNonNull(metrics, "metrics");
    Tags operation = CallTags.operation(extraTags, metrics);
    calls.withTags(CallTags.call(operation, metrics)).record(metrics.apiCallDuration());
    for (AttemptMetrics attempt : metrics.attempts()) {
      attempts.withTags(CallTags.attempt(operation, attempt)).record(attempt.duration());
    }
    retries.withTags(operation).increment(metrics.retryCount());
  }

  /** Does nothing: the registry stays open, as it belongs to the caller. */
  @Override
  public void close() {}
}
