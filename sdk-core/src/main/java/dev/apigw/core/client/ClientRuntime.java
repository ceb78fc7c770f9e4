package dev.apigw.core.client;

import dev.apigw.core.Arguments;
import dev.apigw.core.Nullable;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.auth.sigv4.SigV4Signer;
import dev.apigw.core.exception.ApiCallTimeoutException;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.SdkException;
import dev.apigw.core.http.HttpRequestSpec;
import dev.apigw.core.http.ResponseDecoder;
import dev.apigw.core.http.SdkHttpResponse;
import dev.apigw.core.internal.Scheduler;
import dev.apigw.core.internal.Sleeper;
import dev.apigw.core.internal.Ticker;
import dev.apigw.core.internal.http.InterruptWatchdog;
import dev.apigw.core.internal.http.OkHttpRequests;
import dev.apigw.core.internal.http.ResponseReader;
import dev.apigw.core.internal.pipeline.AttemptTimeoutStage;
import dev.apigw.core.internal.pipeline.CallCancellation;
import dev.apigw.core.internal.pipeline.CallContext;
import dev.apigw.core.internal.pipeline.CallStage;
import dev.apigw.core.internal.pipeline.Completions;
import dev.apigw.core.internal.pipeline.ErrorTranslationStage;
import dev.apigw.core.internal.pipeline.Pipeline;
import dev.apigw.core.internal.pipeline.RetryStage;
import dev.apigw.core.internal.pipeline.SigningStage;
import dev.apigw.core.internal.pipeline.TransmitStage;
import dev.apigw.core.internal.pipeline.UserAgentStage;
import dev.apigw.core.internal.retry.Backoff;
import dev.apigw.core.internal.retry.ClientRateLimiter;
import dev.apigw.core.internal.retry.RetryQuota;
import dev.apigw.core.retry.RetryStrategy;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * The engine a service client runs its operations on. One call, in order:
 *
 * <ol>
 *   <li>the operation's binding has made an {@link HttpRequestSpec}; it becomes an OkHttp request
 *       to the endpoint, and the call's deadline ({@code apiCallTimeout}) starts;
 *   <li>{@link RetryStage retry}: attempts until success or a reason to stop (backoff, retry quota,
 *       rate limiter);
 *   <li>{@link AttemptTimeoutStage attempt timeout}: each attempt's own deadline;
 *   <li>{@link ErrorTranslationStage error translation}: an error status becomes the service's
 *       typed exception;
 *   <li>{@link UserAgentStage user agent};
 *   <li>{@link SigningStage signing}: credentials resolved and SigV4 applied afresh for each
 *       attempt;
 *   <li>{@link TransmitStage transmit}: OkHttp sends it and the whole response is read, within the
 *       deadline and ending at once on an interrupt;
 *   <li>back out of the pipeline, a 2xx body is decoded into the result, within the call's
 *       deadline.
 * </ol>
 *
 * <p>Thread-safe. Close it to release the OkHttp client it built for itself; an OkHttp client
 * handed in belongs to the caller and is left running. Built by a {@link SdkClientBuilder}.
 */
public final class ClientRuntime implements AutoCloseable {
  private final Settings settings;
  private final OkHttpClient callClient;
  private final @Nullable OkHttpClient ownedClient;
  private final Duration apiCallTimeout;
  private final Ticker ticker;
  private final String userAgent;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Object resolving = new Object();
  private volatile @Nullable Engine engine;
  private volatile @Nullable ScheduledThreadPoolExecutor retryTimer;
  private volatile @Nullable ThreadPoolExecutor ownCompletionExecutor;
  private final Scheduler scheduler =
      (task, delayNanos) -> retryTimer().schedule(task, delayNanos, TimeUnit.NANOSECONDS);

  ClientRuntime(Settings settings) {
    this.settings = settings;
    this.ticker = Ticker.SYSTEM;
    this.apiCallTimeout = settings.apiCallTimeout;
    OkHttpClient base;
    if (settings.httpClient != null) {
      base = settings.httpClient;
      this.ownedClient = null;
    } else {
      OkHttpClient.Builder own =
          new OkHttpClient.Builder()
              .connectTimeout(SdkClientBuilder.DEFAULT_CONNECT_TIMEOUT)
              .readTimeout(SdkClientBuilder.DEFAULT_SOCKET_TIMEOUT)
              .writeTimeout(SdkClientBuilder.DEFAULT_SOCKET_TIMEOUT)
              .connectionPool(
                  new ConnectionPool(
                      SdkClientBuilder.DEFAULT_MAX_IDLE_CONNECTIONS,
                      SdkClientBuilder.DEFAULT_CONNECTION_MAX_IDLE_TIME.toMillis(),
                      TimeUnit.MILLISECONDS))
              .dispatcher(dispatcher());
      if (settings.target != null
          && settings.target.endpoint.getScheme().equalsIgnoreCase("http")) {
        // A plain-HTTP endpoint (a local server, the emulator) never needs TLS: without a TLS
        // connection spec OkHttp
        // skips loading the trust store, the largest part of building a client.
        own.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
      }
      base = own.build();
      this.ownedClient = base;
    }
    // A signed request must not be replayed to another address, so redirects are never followed;
    // and every attempt
    // is the retry strategy's to make, counted and logged, so OkHttp does not silently resend after
    // a connection
    // failure. newBuilder() shares the caller's pools and threads without changing their client.
    this.callClient =
        base.newBuilder()
            .followRedirects(false)
            .followSslRedirects(false)
            .retryOnConnectionFailure(false)
            .build();
    this.userAgent = UserAgentStage.create(settings.userAgentSuffix).userAgent();
    if (settings.target != null) {
      this.engine = new Engine(settings.target);
    }
  }

  /**
   * The dispatcher of the runtime's own OkHttp client, which runs asynchronous calls: up to {@link
   * SdkClientBuilder#DEFAULT_MAX_CONCURRENCY} at once (OkHttp alone allows 5 per host), on daemon
   * threads so that an unclosed client does not keep the JVM alive.
   */
  private static Dispatcher dispatcher() {
    ThreadPoolExecutor threads =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            60,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            daemonThreads("apigw-okhttp-dispatcher-"));
    Dispatcher dispatcher = new Dispatcher(threads);
    dispatcher.setMaxRequests(SdkClientBuilder.DEFAULT_MAX_CONCURRENCY);
    dispatcher.setMaxRequestsPerHost(SdkClientBuilder.DEFAULT_MAX_CONCURRENCY);
    return dispatcher;
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** The timer of backoffs of asynchronous calls: one daemon thread, started by the first one. */
  private ScheduledExecutorService retryTimer() {
    ScheduledThreadPoolExecutor current = retryTimer;
    if (current != null) {
      return current;
    }
    synchronized (resolving) {
      if (retryTimer == null) {
        ScheduledThreadPoolExecutor timer =
            new ScheduledThreadPoolExecutor(1, daemonThreads("apigw-retry-timer-"));
        timer.setRemoveOnCancelPolicy(true);
        timer.setKeepAliveTime(60, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
        if (closed.get()) {
          timer.shutdown();
        }
        retryTimer = timer;
      }
      return retryTimer;
    }
  }

  /**
   * Where futures complete: the builder's executor, else one of this runtime's, whose daemon
   * threads (as many as there are processors, at least 2) end after a minute without work. Never
   * OkHttp's dispatcher threads: a slow callback there would hold up I/O.
   */
  private Executor completionExecutor() {
    if (settings.futureCompletionExecutor != null) {
      return settings.futureCompletionExecutor;
    }
    ThreadPoolExecutor current = ownCompletionExecutor;
    if (current != null) {
      return current;
    }
    synchronized (resolving) {
      if (ownCompletionExecutor == null) {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        ThreadPoolExecutor executor =
            new ThreadPoolExecutor(
                threads,
                threads,
                60,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                daemonThreads("apigw-async-completion-"));
        executor.allowCoreThreadTimeOut(true);
        if (closed.get()) {
          executor.shutdown();
        }
        ownCompletionExecutor = executor;
      }
      return ownCompletionExecutor;
    }
  }

  /**
   * The request maker and pipeline for the region and endpoint; made once, on the first call when
   * the region comes from instance metadata. A failure there fails that call and is tried again on
   * the next.
   */
  private Engine engine(String operationName) {
    Engine current = engine;
    if (current != null) {
      return current;
    }
    synchronized (resolving) {
      if (engine == null) {
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
        engine = new Engine(target);
      }
      return engine;
    }
  }

  /** What is built from the region and endpoint: the request maker and the pipeline. */
  private final class Engine {
    final Target target;
    final OkHttpRequests requests;
    final Pipeline pipeline;

    Engine(Target target) {
      this.target = target;
      this.requests = OkHttpRequests.forEndpoint(target.endpoint);
      this.pipeline =
          Pipeline.of(
              List.of(
                  retryStage(settings.retryStrategy, ticker, scheduler),
                  new AttemptTimeoutStage(settings.apiCallAttemptTimeout, ticker),
                  new ErrorTranslationStage(settings.service.errorFactory()),
                  UserAgentStage.create(settings.userAgentSuffix),
                  SigningStage.create(
                      SigV4Signer.create(settings.service.signingName(), target.region),
                      settings.credentialsProvider,
                      settings.clock),
                  new TransmitStage(
                      callClient,
                      InterruptWatchdog.shared(),
                      scheduler,
                      ticker,
                      ResponseReader.DEFAULT_MAX_BODY_BYTES)));
    }
  }

  private static CallStage retryStage(RetryStrategy strategy, Ticker ticker, Scheduler scheduler) {
    Backoff backoff =
        Backoff.of(
            strategy.baseDelay(),
            strategy.throttlingBaseDelay(),
            strategy.maxBackoff(),
            () -> ThreadLocalRandom.current().nextDouble());
    RetryQuota quota =
        strategy.mode() == RetryStrategy.Mode.NONE
            ? null
            : RetryQuota.withCapacity(strategy.retryQuota());
    ClientRateLimiter limiter =
        strategy.mode() == RetryStrategy.Mode.ADAPTIVE
            ? ClientRateLimiter.create(ticker, Sleeper.SYSTEM)
            : null;
    return new RetryStage(
        strategy.maxAttempts(), backoff, quota, limiter, Sleeper.SYSTEM, scheduler, ticker);
  }

  /**
   * Runs one operation: sends {@code request} and decodes a 2xx response with {@code decoder}.
   *
   * @param operationName the operation's name, such as {@code GetRoutes}, used in exception
   *     messages and logs
   * @return what the decoder returned
   * @throws dev.apigw.core.exception.ServiceException (or the error factory's subtype) when the
   *     service answered with an error status, after retries where they apply
   * @throws SdkClientException naming the operation when the request could not be signed or sent,
   *     timed out, was interrupted, or the successful response could not be decoded
   * @throws IllegalStateException when this runtime is closed
   * @throws IllegalArgumentException naming the argument when one is null
   */
  public <T> T invoke(String operationName, HttpRequestSpec request, ResponseDecoder<T> decoder) {
    checkCall(operationName, request, decoder);
    Engine current = engine(operationName);
    CallContext context = CallContext.start(operationName, ticker.nanoTime(), apiCallTimeout);
    SdkHttpResponse response =
        current.pipeline.execute(current.requests.toRequest(request), context);
    return finish(operationName, response, decoder, context);
  }

  /**
   * Runs one operation without blocking the calling thread: as {@link #invoke}, with the request
   * made by {@code marshaller} from {@code request}, sent through OkHttp's {@code enqueue}, retried
   * after backoffs that wait on a timer, and the response decoded on the OkHttp thread that read
   * it. The future completes on the completion executor (the builder's, else the runtime's own),
   * with the result or with the exception {@link #invoke} would throw, never wrapped; every
   * failure, bad arguments and a closed runtime included, comes through the future. Cancelling the
   * future cancels the HTTP call in flight and any retry waiting for its backoff.
   *
   * <p>The only waits on the calling thread are those of a first call that must resolve the region
   * from instance metadata, and of a credentials provider refreshing its credentials.
   *
   * @param operationName the operation's name, such as {@code GetRoutes}
   * @param request the operation's request
   * @param marshaller makes the HTTP request of {@code request}; may fail with {@link
   *     IllegalArgumentException} on invalid input
   * @param decoder decodes a 2xx response
   */
  public <R, T> CompletableFuture<T> invokeAsync(
      String operationName,
      R request,
      Function<? super R, HttpRequestSpec> marshaller,
      ResponseDecoder<T> decoder) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Engine current;
    Request httpRequest;
    try {
      Arguments.requireNonNull(marshaller, "marshaller");
      if (request == null) {
        throw new IllegalArgumentException(
            (operationName == null ? "" : operationName + ": ") + "request must not be null");
      }
      checkCall(operationName, request, decoder);
      current = engine(operationName);
      httpRequest = current.requests.toRequest(marshaller.apply(request));
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
      return result;
    }
    Executor completion = completionExecutor();
    CallCancellation cancellation = CallCancellation.create();
    CallContext context =
        CallContext.start(operationName, ticker.nanoTime(), apiCallTimeout, cancellation);
    AtomicBoolean pipelineDone = new AtomicBoolean();
    current
        .pipeline
        .executeAsync(httpRequest, context)
        .whenComplete(
            (response, failure) -> {
              pipelineDone.set(true);
              if (failure != null) {
                complete(completion, result, null, Completions.unwrap(failure));
                return;
              }
              T value;
              try {
                value = finish(operationName, response, decoder, context);
              } catch (RuntimeException | Error e) {
                complete(completion, result, null, e);
                return;
              }
              complete(completion, result, value, null);
            });
    // Whoever else ends the future (cancel, orTimeout, completeExceptionally) stops the call.
    result.whenComplete(
        (value, failure) -> {
          if (!pipelineDone.get()) {
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

  private void checkCall(String operationName, Object request, Object decoder) {
    if (operationName == null || operationName.isBlank()) {
      throw new IllegalArgumentException(
          "operationName must not be " + (operationName == null ? "null" : "blank"));
    }
    if (request == null) {
      throw new IllegalArgumentException("request must not be null");
    }
    if (decoder == null) {
      throw new IllegalArgumentException("decoder must not be null");
    }
    if (closed.get()) {
      throw new IllegalStateException(
          "ClientRuntime is closed; " + operationName + " cannot be called");
    }
  }

  /** Decodes a successful response and checks that the call ended within its deadline. */
  private <T> T finish(
      String operationName,
      SdkHttpResponse response,
      ResponseDecoder<T> decoder,
      CallContext context) {
    T result = decode(operationName, response, decoder, context);
    if (context.callNanosLeft(ticker.nanoTime()) < 0) {
      throw context
          .record()
          .finish(new ApiCallTimeoutException(operationName, apiCallTimeout, null));
    }
    return result;
  }

  private static <T> T decode(
      String operationName,
      SdkHttpResponse response,
      ResponseDecoder<T> decoder,
      CallContext context) {
    T result;
    try {
      result = decoder.decode(response);
    } catch (IOException | RuntimeException e) {
      response.releaseBody();
      if (e instanceof SdkException) {
        throw context.record().finish((SdkException) e);
      }
      throw context
          .record()
          .finish(
              new SdkClientException(
                  operationName + ": the response body could not be decoded: " + describe(e), e));
    }
    response.releaseBody();
    if (result == null) {
      throw context
          .record()
          .finish(
              new SdkClientException(
                  operationName
                      + ": the response body could not be "
                      + "decoded: the decoder returned null"));
    }
    return result;
  }

  /** The OkHttp client this runtime built for itself; null when the caller handed one in. */
  @Nullable
  OkHttpClient ownedClient() {
    return ownedClient;
  }

  /** The {@code User-Agent} this runtime sends. */
  public String userAgent() {
    return userAgent;
  }

  /**
   * The stages every call goes through, in order; for logs and tests. Resolves a deferred region
   * first.
   */
  public String pipelineDescription() {
    return engine("pipelineDescription").pipeline.toString();
  }

  /** The region requests are signed for; resolves a deferred region first. */
  public String region() {
    return engine("region").target.region;
  }

  /** The endpoint requests go to; resolves a deferred region first. */
  public URI endpoint() {
    return engine("endpoint").target.endpoint;
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    return closed.get();
  }

  /**
   * Releases the OkHttp client this runtime built (its dispatcher's threads and its idle
   * connections), the timer of asynchronous retries and its own completion executor. An OkHttp
   * client or an executor supplied by the caller is not touched. Idempotent; later calls to {@link
   * #invoke} fail, and those of {@link #invokeAsync} fail their futures; asynchronous calls still
   * running end with a failure instead of retrying.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (ownedClient != null) {
      ownedClient.dispatcher().executorService().shutdown();
      ownedClient.connectionPool().evictAll();
    }
    synchronized (resolving) {
      if (retryTimer != null) {
        retryTimer.shutdown();
      }
      if (ownCompletionExecutor != null) {
        ownCompletionExecutor.shutdown();
      }
    }
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? e.getClass().getName()
        : e.getClass().getSimpleName() + ": " + message;
  }

  @Override
  public String toString() {
    Engine current = engine;
    String where =
        current == null
            ? "region=(from instance metadata, on the first call)"
            : "region="
                + current.target.region
                + ", endpoint="
                + current.requests.describeEndpoint();
    return "ClientRuntime{signingName="
        + settings.service.signingName()
        + ", "
        + where
        + ", retryStrategy="
        + settings.retryStrategy
        + ", apiCallTimeout="
        + apiCallTimeout.toMillis()
        + " ms, apiCallAttemptTimeout="
        + settings.apiCallAttemptTimeout.toMillis()
        + " ms}";
  }

  /** Where calls go: the region they are signed for and the endpoint. */
  static final class Target {
    final String region;
    final URI endpoint;

    Target(String region, URI endpoint) {
      this.region = region;
      this.endpoint = endpoint;
    }
  }

  /**
   * The resolved settings a runtime is built from; the target is given, or deferred to the first
   * call.
   */
  static final class Settings {
    final ServiceMetadata service;
    final @Nullable Target target;
    final Supplier<Target> deferredTarget;
    final CredentialsProvider credentialsProvider;
    final @Nullable OkHttpClient httpClient;
    final Clock clock;
    final RetryStrategy retryStrategy;
    final Duration apiCallTimeout;
    final Duration apiCallAttemptTimeout;
    final @Nullable String userAgentSuffix;
    final @Nullable Executor futureCompletionExecutor;

    Settings(
        ServiceMetadata service,
        @Nullable Target target,
        Supplier<Target> deferredTarget,
        CredentialsProvider credentialsProvider,
        @Nullable OkHttpClient httpClient,
        Clock clock,
        RetryStrategy retryStrategy,
        Duration apiCallTimeout,
        Duration apiCallAttemptTimeout,
        @Nullable String userAgentSuffix,
        @Nullable Executor futureCompletionExecutor) {
      this.service = service;
      this.target = target;
      this.deferredTarget = deferredTarget;
      this.credentialsProvider = credentialsProvider;
      this.httpClient = httpClient;
      this.clock = clock;
      this.retryStrategy = retryStrategy;
      this.apiCallTimeout = apiCallTimeout;
      this.apiCallAttemptTimeout = apiCallAttemptTimeout;
      this.userAgentSuffix = userAgentSuffix;
      this.futureCompletionExecutor = futureCompletionExecutor;
    }
  }
}
