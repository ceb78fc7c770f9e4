package dev.apigw.core.internal.runtime;

import dev.apigw.core.auth.sigv4.SigV4Signer;
import dev.apigw.core.http.HttpRequestSpec;
import dev.apigw.core.http.ResponseDecoder;
import dev.apigw.core.internal.Scheduler;
import dev.apigw.core.internal.Ticker;
import dev.apigw.core.internal.errors.ErrorTranslationStage;
import dev.apigw.core.internal.http.CallClients;
import dev.apigw.core.internal.http.InterruptWatchdog;
import dev.apigw.core.internal.http.OkHttpRequests;
import dev.apigw.core.internal.http.ResponseReader;
import dev.apigw.core.internal.http.TransmitStage;
import dev.apigw.core.internal.pipeline.AttemptTimeoutStage;
import dev.apigw.core.internal.pipeline.CallContext;
import dev.apigw.core.internal.pipeline.CallStage;
import dev.apigw.core.internal.pipeline.Completions;
import dev.apigw.core.internal.pipeline.InterceptorRequestStage;
import dev.apigw.core.internal.pipeline.InterceptorTransmissionStage;
import dev.apigw.core.internal.pipeline.Pipeline;
import dev.apigw.core.internal.pipeline.SigningStage;
import dev.apigw.core.internal.pipeline.TraceIdStage;
import dev.apigw.core.internal.pipeline.UserAgentStage;
import dev.apigw.core.internal.retry.ClockOffset;
import dev.apigw.core.internal.retry.RetryStage;
import dev.apigw.core.retry.RetryStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Every step of a call, in order, assembled in one place: the request made for the endpoint, then
 * Lambda's trace id → retry → attempt timeout → error translation → user agent → interceptors'
 * modifyHttpRequest → signing → interceptors' before and afterTransmission → transmit, then the
 * response decoded. The trace id comes before the retries, so it is read once a call, as the AWS
 * SDK reads it, and every attempt carries it; a client built outside Lambda has no such stage,
 * since a process's environment variables never change. Built once per client (after the region is
 * known); thread-safe. A call with a retry strategy of its own runs the same stages around a retry
 * stage of that strategy's, made once per distinct strategy and kept, so that such calls share its
 * retry quota and rate limiter. Every retry stage of a client shares the client's one clock offset,
 * learned from clock-skew errors.
 */
final class CallPipeline {
  final Target target;
  private final OkHttpRequests requests;
  private final RetryStrategy retryStrategy;
  private final Pipeline stages;
  private final List<CallStage> beforeRetry;
  private final List<CallStage> afterRetry;
  private final Ticker ticker;
  private final Scheduler scheduler;
  private final ClockOffset clockOffset;
  private final ConcurrentMap<RetryStrategy, Pipeline> ownRetries = new ConcurrentHashMap<>();
  private final ResponseDecoding decoding;

  private CallPipeline(
      Target target,
      OkHttpRequests requests,
      RetryStrategy retryStrategy,
      List<CallStage> beforeRetry,
      List<CallStage> afterRetry,
      Ticker ticker,
      Scheduler scheduler,
      ClockOffset clockOffset) {
    this.target = target;
    this.requests = requests;
    this.retryStrategy = retryStrategy;
    this.beforeRetry = beforeRetry;
    this.afterRetry = afterRetry;
    this.ticker = ticker;
    this.scheduler = scheduler;
    this.clockOffset = clockOffset;
    this.stages = withRetry(retryStrategy);
    this.decoding = new ResponseDecoding(ticker);
  }

  static CallPipeline assemble(
      ClientSettings settings,
      Target target,
      OkHttpClient callClient,
      Scheduler scheduler,
      Ticker ticker) {
    List<CallStage> afterRetry =
        List.of(
            new AttemptTimeoutStage(settings.apiCallAttemptTimeout, ticker),
            new ErrorTranslationStage(settings.service.errorFactory()),
            UserAgentStage.create(settings.userAgentSuffix),
            new InterceptorRequestStage(),
            SigningStage.create(
                SigV4Signer.create(settings.service.signingName(), target.region),
                settings.credentialsProvider,
                settings.clock),
            new InterceptorTransmissionStage(),
            new TransmitStage(
                CallClients.over(callClient),
                InterruptWatchdog.shared(),
                scheduler,
                ticker,
                ResponseReader.DEFAULT_MAX_BODY_BYTES));
    return new CallPipeline(
        target,
        OkHttpRequests.forEndpoint(target.endpoint),
        settings.retryStrategy,
        TraceIdStage.inLambda(settings.environment)
            ? List.of(TraceIdStage.over(settings.environment))
            : List.of(),
        afterRetry,
        ticker,
        scheduler,
        ClockOffset.on(settings.clock));
  }

  /** The stages around a retry stage of {@code strategy}'s own. */
  private Pipeline withRetry(RetryStrategy strategy) {
    List<CallStage> all = new ArrayList<>(beforeRetry.size() + afterRetry.size() + 1);
    all.addAll(beforeRetry);
    all.add(RetryStage.of(strategy, ticker, scheduler, clockOffset));
    all.addAll(afterRetry);
    return Pipeline.of(all);
  }

  /** The client's stages for its own strategy, else those kept for {@code strategy}. */
  private Pipeline stagesFor(RetryStrategy strategy) {
    return strategy.equals(retryStrategy)
        ? stages
        : ownRetries.computeIfAbsent(strategy, this::withRetry);
  }

  /** The OkHttp request of {@code spec}, with the call's own headers and query parameters. */
  Request toRequest(HttpRequestSpec spec, CallSetup call) {
    return requests.toRequest(spec, call.headers, call.query);
  }

  <T> T execute(
      Request request, CallContext context, ResponseDecoder<T> decoder, RetryStrategy strategy) {
    return decoding.decode(stagesFor(strategy).execute(request, context), decoder, context);
  }

  /**
   * The same steps without blocking; the future fails with the exception {@link #execute} throws.
   */
  <T> CompletableFuture<T> executeAsync(
      Request request, CallContext context, ResponseDecoder<T> decoder, RetryStrategy strategy) {
    CompletableFuture<T> result = new CompletableFuture<>();
    stagesFor(strategy)
        .executeAsync(request, context)
        .whenComplete(
            (response, failure) -> {
              if (failure != null) {
                result.completeExceptionally(Completions.unwrap(failure));
                return;
              }
              try {
                result.complete(decoding.decode(response, decoder, context));
              } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
              }
            });
    return result;
  }

  String describeEndpoint() {
    return requests.describeEndpoint();
  }

  @Override
  public String toString() {
    return stages.toString();
  }
}
