package dev.apigw.core.internal.runtime;

import dev.apigw.core.Nullable;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.SdkException;
import dev.apigw.core.http.HttpRequestSpec;
import dev.apigw.core.http.ResponseDecoder;
import dev.apigw.core.internal.Ticker;
import dev.apigw.core.internal.config.ProxySettings;
import dev.apigw.core.internal.http.HttpClients;
import dev.apigw.core.internal.pipeline.CallCancellation;
import dev.apigw.core.internal.pipeline.CallContext;
import dev.apigw.core.internal.pipeline.UserAgentStage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;

/**
 * What runs a client's calls: its OkHttp client, its threads, and the {@link CallPipeline}, built
 * when the region is known (at once, or on the first call when it comes from instance metadata; a
 * failure there fails that call and is tried again on the next). The blocking and asynchronous
 * forms differ only in how they wait. Thread-safe.
 */
public final class CallRunner implements AutoCloseable {
  private final ClientSettings settings;
  private final OkHttpClient callClient;
  private final @Nullable OkHttpClient ownedClient;
  private final ClientThreads threads;
  private final Ticker ticker = Ticker.SYSTEM;
  private final String userAgent;
  private volatile @Nullable CallPipeline pipeline;

  public CallRunner(ClientSettings settings) {
    this.settings = settings;
    if (settings.httpClient != null) {
      this.ownedClient = null;
      this.callClient = HttpClients.forCalls(settings.httpClient, settings.proxy);
    } else {
      boolean cleartext =
          settings.target != null && settings.target.endpoint.getScheme().equalsIgnoreCase("http");
      this.ownedClient =
          HttpClients.own(
              cleartext, settings.proxy != null ? settings.proxy : ProxySettings.direct());
      this.callClient = HttpClients.forCalls(ownedClient, null);
    }
    this.threads = new ClientThreads(settings.futureCompletionExecutor);
    this.userAgent = UserAgentStage.create(settings.userAgentSuffix).userAgent();
    if (settings.target != null) {
      this.pipeline = assemble(settings.target);
    }
  }

  private CallPipeline assemble(Target target) {
    return CallPipeline.assemble(settings, target, callClient, threads.scheduler(), ticker);
  }

  private CallPipeline pipeline(String operationName) {
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

  public <T> T invoke(String operationName, HttpRequestSpec request, ResponseDecoder<T> decoder) {
    CallPipeline current = pipeline(operationName);
    CallContext context =
        CallContext.start(operationName, ticker.nanoTime(), settings.apiCallTimeout);
    return current.execute(current.toRequest(request), context, decoder);
  }

  /**
   * Starts a call whose future completes on the completion executor. Whoever else ends the future
   * (cancel, orTimeout, completeExceptionally) stops the call.
   */
  public <T> CompletableFuture<T> invokeAsync(
      String operationName, HttpRequestSpec request, ResponseDecoder<T> decoder) {
    CallPipeline current = pipeline(operationName);
    okhttp3.Request httpRequest = current.toRequest(request);
    Executor completion = threads.completionExecutor();
    CallCancellation cancellation = CallCancellation.create();
    CallContext context =
        CallContext.start(operationName, ticker.nanoTime(), settings.apiCallTimeout, cancellation);
    CompletableFuture<T> result = new CompletableFuture<>();
    AtomicBoolean ended = new AtomicBoolean();
    current
        .executeAsync(httpRequest, context, decoder)
        .whenComplete(
            (value, failure) -> {
              ended.set(true);
              complete(completion, result, value, failure);
            });
    result.whenComplete(
        (value, failure) -> {
          if (!ended.get()) {
            cancellation.cancel();
          }
        });
    return result;
  }

  /**
   * Completes {@code future} on the executor; on this thread when the executor refuses (it is shut
   * down), so that no future is left hanging.
   */
  private static <T> void complete(
      Executor executor,
      CompletableFuture<T> future,
      @Nullable T value,
      @Nullable Throwable failure) {
    Runnable completion =
        failure == null
            ? () -> future.complete(value)
            : () -> future.completeExceptionally(failure);
    try {
      executor.execute(completion);
    } catch (RejectedExecutionException e) {
      completion.run();
    }
  }

  public String userAgent() {
    return userAgent;
  }

  public String pipelineDescription() {
    return pipeline("pipelineDescription").toString();
  }

  public String region() {
    return pipeline("region").target.region;
  }

  public java.net.URI endpoint() {
    return pipeline("endpoint").target.endpoint;
  }

  public @Nullable OkHttpClient ownedClient() {
    return ownedClient;
  }

  /** Releases the OkHttp client and the threads this runner started; not those handed in. */
  @Override
  public void close() {
    if (ownedClient != null) {
      HttpClients.release(ownedClient);
    }
    threads.close();
  }

  @Override
  public String toString() {
    CallPipeline current = pipeline;
    String where =
        current == null
            ? "region=(from instance metadata, on the first call)"
            : "region=" + current.target.region + ", endpoint=" + current.describeEndpoint();
    return "signingName="
        + settings.service.signingName()
        + ", "
        + where
        + ", retryStrategy="
        + settings.retryStrategy
        + ", apiCallTimeout="
        + settings.apiCallTimeout.toMillis()
        + " ms, apiCallAttemptTimeout="
        + settings.apiCallAttemptTimeout.toMillis()
        + " ms"
        + (settings.proxy == null || settings.proxy.isDirect()
            ? ""
            : ", proxy=" + settings.proxy.describe());
  }
}
