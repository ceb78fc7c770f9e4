package dev.apigw.core.internal.runtime;

import dev.apigw.core.internal.Ticker;
import dev.apigw.core.internal.pipeline.CallMeter;
import dev.apigw.core.metrics.CallMetrics;
import dev.apigw.core.metrics.MetricPublisher;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a call's metric publishers how it went, once it ended, and closes the client's publishers
 * with the client. A publisher that throws never fails the call: the first failure of each
 * publisher class is logged at WARN under {@code dev.apigw.metrics}, later ones at DEBUG.
 * Thread-safe.
 */
final class MetricsPublication {
  private static final Logger LOG = LoggerFactory.getLogger("dev.apigw.metrics");

  private final String serviceId;
  private final List<MetricPublisher> clientPublishers;
  private final Ticker ticker;
  private final Set<Class<?>> warned = ConcurrentHashMap.newKeySet();

  MetricsPublication(String serviceId, List<MetricPublisher> clientPublishers, Ticker ticker) {
    this.serviceId = serviceId;
    this.clientPublishers = clientPublishers;
    this.ticker = ticker;
  }

  /**
   * Publishes the metrics of a call of {@code operationName} in {@code region} (null when it could
   * not be resolved) that started at {@code startNanos} and ended now, with {@code failure} (null
   * for success). Does nothing for a call that has no publishers.
   */
  void publish(
      CallSetup call,
      CallMeter meter,
      String operationName,
      @Nullable String region,
      long startNanos,
      @Nullable Throwable failure) {
    if (!meter.active()) {
      return;
    }
    CallMetrics metrics =
        meter
            .metrics(startNanos, ticker.nanoTime())
            .serviceId(serviceId)
            .operationName(operationName)
            .region(region)
            .failure(failure)
            .build();
    for (MetricPublisher publisher : call.publishers) {
      try {
        publisher.publish(metrics);
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) {
        failed(publisher, "publish the metrics of " + operationName, e);
      }
    }
  }

  /** Closes the client's publishers, each even when one before it fails. */
  void close() {
    for (MetricPublisher publisher : clientPublishers) {
      try {
        publisher.close();
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) {
        failed(publisher, "close", e);
      }
    }
  }

  private void failed(MetricPublisher publisher, String what, Throwable e) {
    String name = publisher.getClass().getName();
    if (warned.add(publisher.getClass())) {
      LOG.warn(
          "The metric publisher {} failed to {}; the call is not affected (later failures of this "
              + "publisher class are logged at DEBUG)",
          name,
          what,
          e);
    } else if (LOG.isDebugEnabled()) {
      LOG.debug("The metric publisher {} failed to {}", name, what, e);
    }
  }
}
