package dev.apigw.core.internal.runtime;

import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.http.HttpRequestSpec;
import dev.apigw.core.http.ResponseDecoder;
import dev.apigw.core.internal.Ticker;
import dev.apigw.core.internal.config.ProxySettings;
import dev.apigw.core.internal.http.HttpClients;
import dev.apigw.core.internal.pipeline.CallCancellation;
import dev.apigw.core.internal.pipeline.CallContext;
import dev.apigw.core.internal.pipeline.CallMeter;
import dev.apigw.core.internal.pipeline.UserAgentStage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

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
  private final MetricsPublication metrics;
  private final LazyPipeline pipelines;

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
    this.metrics =
        new MetricsPublication(settings.service.serviceId(), settings.metricPublishers, ticker);
    this.pipelines = new LazyPipeline(settings, callClient, threads.scheduler(), ticker);
  }

  /**
   * Runs a call on the calling thread: the interceptors' {@code beforeExecution}, the request made
   * by {@code marshaller}, the pipeline, the result decoded, then {@code afterExecution}, or {@code
   * onExecutionFailure} with the failure thrown; then the metric publishers are told.
   */
  public <R, T> T invoke(
      String operationName,
      R request,
      Function<? super R, HttpRequestSpec> marshaller,
      ResponseDecoder<T> decoder) {
    long start = ticker.nanoTime();
    CallPipeline pipeline;
    try {
      pipeline = pipelines.get(operationName);
    } catch (SdkClientException e) {
      throw unresolved(operationName, request, e, start);
    }
    String region = pipeline.target.region;
    CallSetup call = CallSetup.of(settings, plain, operationName, request, region);
    CallMeter meter = call.meter(ticker);
    T result;
    try {
      Request httpRequest = prepare(pipeline, request, marshaller, call);
      CallContext context =
          call.start(operationName, ticker.nanoTime(), CallCancellation.NONE, meter);
      try {
        result = pipeline.execute(httpRequest, context, decoder, call.retryStrategy);
      } catch (RuntimeException e) {
        throw call.interceptors().onExecutionFailure(e);
      } catch (Error e) {
        throw call.interceptors().onExecutionFailure(e);
      }
      call.succeeded(result, context);
    } catch (RuntimeException | Error e) {
      metrics.publish(call, meter, operationName, region, start, e);
      throw e;
    }
    metrics.publish(call, meter, operationName, region, start, null);
    return result;
  }

  /**
   * Starts a call whose future completes on the completion executor, after the interceptors' {@code
   * afterExecution} or {@code onExecutionFailure}, and there after the metric publishers (a failure
   * before anything is sent fails the future at once). Whoever else ends the future (cancel,
   * orTimeout, completeExceptionally) stops the call.
   */
  public <R, T> CompletableFuture<T> invokeAsync(
      String operationName,
      R request,
      Function<? super R, HttpRequestSpec> marshaller,
      ResponseDecoder<T> decoder) {
    long start = ticker.nanoTime();
    CallPipeline pipeline;
    try {
      pipeline = pipelines.get(operationName);
    } catch (SdkClientException e) {
      return CompletableFuture.failedFuture(unresolved(operationName, request, e, start));
    }
    String region = pipeline.target.region;
    CallSetup call = CallSetup.of(settings, plain, operationName, request, region);
    CallMeter meter = call.meter(ticker);
    Request httpRequest;
    try {
      httpRequest = prepare(pipeline, request, marshaller, call);
    } catch (RuntimeException e) {
      metrics.publish(call, meter, operationName, region, start, e);
      return CompletableFuture.failedFuture(e);
    }
    CallCancellation cancellation = CallCancellation.create();
    CallContext context = call.start(operationName, ticker.nanoTime(), cancellation, meter);
    CompletableFuture<T> result = new CompletableFuture<>();
    AtomicBoolean ended = new AtomicBoolean();
    pipeline
        .executeAsync(httpRequest, context, decoder, call.retryStrategy)
        .whenComplete(
            (value, failure) -> {
              ended.set(true);
              Throwable end = call.end(value, failure, context);
              threads.complete(
                  result,
                  value,
                  end,
                  meter.active()
                      ? () -> metrics.publish(call, meter, operationName, region, start, end)
                      : null);
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
      CallPipeline pipeline,
      R request,
      Function<? super R, HttpRequestSpec> marshaller,
      CallSetup call) {
    try {
      call.interceptors().beforeExecution();
      return pipeline.toRequest(marshaller.apply(request), call);
    } catch (RuntimeException e) {
      throw call.interceptors().onExecutionFailure(e);
    }
  }

  /**
   * A call that fails because the region could not be resolved: its interceptors run {@code
   * beforeExecution} and are told the failure, as for any failure before the first attempt, and its
   * publishers see no region.
   */
  private <R> RuntimeException unresolved(
      String operationName, R request, SdkClientException unresolved, long start) {
    CallSetup call = CallSetup.of(settings, plain, operationName, request, null);
    RuntimeException failure = unresolved;
    try {
      call.interceptors().beforeExecution();
    } catch (RuntimeException e) {
      failure = e;
    }
    failure = call.interceptors().onExecutionFailure(failure);
    metrics.publish(call, call.meter(ticker), operationName, null, start, failure);
    return failure;
  }

  public String userAgent() {
    return userAgent;
  }

  public String pipelineDescription() {
    return pipelines.get("pipelineDescription").toString();
  }

  public String region() {
    return pipelines.get("region").target.region;
  }

  public java.net.URI endpoint() {
    return pipelines.get("endpoint").target.endpoint;
  }

  public @Nullable OkHttpClient ownedClient() {
    return ownedClient;
  }

  /**
   * Releases the OkHttp client and the threads this runner started, not those handed in, and closes
   * the client's metric publishers.
   */
  @Override
  public void close() {
    metrics.close();
    if (ownedClient != null) {
      HttpClients.release(ownedClient);
    }
    threads.close();
  }

  @Override
  public String toString() {
    CallPipeline current = pipelines.current();
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
