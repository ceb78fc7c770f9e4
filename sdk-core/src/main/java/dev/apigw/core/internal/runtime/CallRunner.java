package dev.apigw.core.internal.runtime;

import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.SdkException;
import dev.apigw.core.http.HttpRequestSpec;
import dev.apigw.core.http.ResponseDecoder;
import dev.apigw.core.internal.Ticker;
import dev.apigw.core.internal.config.ProxySettings;
import dev.apigw.core.internal.http.HttpClients;
import dev.apigw.core.internal.pipeline.CallCancellation;
import dev.apigw.core.internal.pipeline.CallContext;
import dev.apigw.core.internal.pipeline.CallInterceptors;
import dev.apigw.core.internal.pipeline.UserAgentStage;
import dev.apigw.core.lang.Nullable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * What runs a client's calls: its OkHttp client, its threads, and the {@link CallPipeline}, built
 * when the region is known (at once, or on the first call when it comes from instance metadata; a
 * failure there fails that call and is tried again on the next). Each call runs with its own {@link
 * CallSetup} (the client's settings with its request's overrides) and its interceptors' once-a-call
 * hooks. The blocking and asynchronous forms differ only in how they wait. Thread-safe.
 */
public final class CallRunner implements AutoCloseable {
  private final ClientSettings settings;
  private final OkHttpClient callClient;
  private final @Nullable OkHttpClient ownedClient;
  private final ClientThreads threads;
  private final Ticker ticker = Ticker.SYSTEM;
  private final String userAgent;
  private final CallSetup plain;
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
    this.plain = CallSetup.plain(settings);
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

  /**
   * Runs a call on the calling thread: the interceptors' {@code beforeExecution}, the request made
   * by {@code marshaller}, the pipeline, the result decoded, then {@code afterExecution}, or {@code
   * onExecutionFailure} with the failure thrown.
   */
  public <R, T> T invoke(
      String operationName,
      R request,
      Function<? super R, HttpRequestSpec> marshaller,
      ResponseDecoder<T> decoder) {
    CallSetup call = CallSetup.of(settings, plain, operationName, request);
    CallInterceptors interceptors = call.interceptors();
    Request httpRequest = prepare(operationName, request, marshaller, call);
    CallContext context = call.start(operationName, ticker.nanoTime());
    T result;
    try {
      result = pipeline(operationName).execute(httpRequest, context, decoder, call.retryStrategy);
    } catch (RuntimeException e) {
      throw interceptors.onExecutionFailure(e);
    } catch (Error e) {
      throw interceptors.onExecutionFailure(e);
    }
    call.succeeded(result, context);
    return result;
  }

  /**
   * Starts a call whose future completes on the completion executor, after the interceptors' {@code
   * afterExecution} or {@code onExecutionFailure} (a failure before anything is sent fails the
   * future at once). Whoever else ends the future (cancel, orTimeout, completeExceptionally) stops
   * the call.
   */
  public <R, T> CompletableFuture<T> invokeAsync(
      String operationName,
      R request,
      Function<? super R, HttpRequestSpec> marshaller,
      ResponseDecoder<T> decoder) {
    CallSetup call = CallSetup.of(settings, plain, operationName, request);
    Request httpRequest;
    try {
      httpRequest = prepare(operationName, request, marshaller, call);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    Executor completion = threads.completionExecutor();
    CallCancellation cancellation = CallCancellation.create();
    CallContext context = call.start(operationName, ticker.nanoTime(), cancellation);
    CompletableFuture<T> result = new CompletableFuture<>();
    AtomicBoolean ended = new AtomicBoolean();
    pipeline(operationName)
        .executeAsync(httpRequest, context, decoder, call.retryStrategy)
        .whenComplete(
            (value, failure) -> {
              ended.set(true);
              complete(completion, result, value, call.end(value, failure, context));
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
   * The interceptors' {@code beforeExecution}, then the call's request for the client's pipeline; a
   * failure is told to the interceptors before it is thrown.
   */
  private <R> Request prepare(
      String operationName,
      R request,
      Function<? super R, HttpRequestSpec> marshaller,
      CallSetup call) {
    try {
      call.interceptors().beforeExecution();
      return pipeline(operationName).toRequest(marshaller.apply(request), call);
    } catch (RuntimeException e) {
      throw call.interceptors().onExecutionFailure(e);
    }
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
