package dev.apigw.core.internal.runtime;

import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.SdkException;
import dev.apigw.core.internal.Scheduler;
import dev.apigw.core.internal.Ticker;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * A client's {@link CallPipeline}, assembled when its region is known: at once, or on the first
 * call when it comes from instance metadata. A failure there fails that call and is tried again on
 * the next. Thread-safe.
 */
final class LazyPipeline {
  private final ClientSettings settings;
  private final OkHttpClient callClient;
  private final Scheduler scheduler;
  private final Ticker ticker;
  private volatile @Nullable CallPipeline pipeline;

  LazyPipeline(
      ClientSettings settings, OkHttpClient callClient, Scheduler scheduler, Ticker ticker) {
    this.settings = settings;
    this.callClient = callClient;
    this.scheduler = scheduler;
    this.ticker = ticker;
    if (settings.target != null) {
      this.pipeline = assemble(settings.target);
    }
  }

  private CallPipeline assemble(Target target) {
    return CallPipeline.assemble(settings, target, callClient, scheduler, ticker);
  }

  /**
   * The pipeline; the first call that needs it resolves the region. Fails with an {@link
   * SdkClientException} naming {@code operationName} when the region cannot be resolved.
   */
  CallPipeline get(String operationName) {
    CallPipeline current = pipeline;
    if (current != null) {
      return current;
    }
    synchronized (this) {
      if (pipeline == null) {
        Target target;
        try {
          target = settings.deferredTarget.get();
        } catch (SdkException e) {
          throw new SdkClientException(operationName + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
          throw new SdkClientException(
              operationName + ": the region and endpoint could not be resolved: " + e.getMessage(),
              e);
        }
        pipeline = assemble(target);
      }
      return pipeline;
    }
  }

  /** The pipeline when it was assembled; null before. */
  @Nullable CallPipeline current() {
    return pipeline;
  }
}
