package dev.apigw.core.metrics;

/**
 * Receives the metrics of every call, once per call, after it ended (succeeded, failed, timed out
 * or was cancelled). Add one to a client with {@code addMetricPublisher} on its builder, and to one
 * call with {@link dev.apigw.core.RequestOverrideConfiguration.Builder#addMetricPublisher}, beside
 * the client's.
 *
 * <p>{@link #publish} runs before the call returns, on the calling thread, or for an asynchronous
 * call before its future completes, on the thread that completes it (the client's completion
 * executor, never an HTTP thread): keep it short and never block; hand slow work (a network export)
 * to your own threads. Calls of a client end on several threads at once, so an implementation must
 * be thread-safe. An exception it throws never fails the call: it is logged at WARN the first time
 * a publisher class throws, at DEBUG after that.
 */
@FunctionalInterface
public interface MetricPublisher extends AutoCloseable {
  /** Takes the metrics of one call that has ended. */
  void publish(CallMetrics metrics);

  /**
   * Releases what the publisher holds. The client calls it on the publishers added to its builder
   * when the client is closed; those of a call's overrides are their owner's to close. Does nothing
   * by default.
   */
  @Override
  default void close() {}
}
