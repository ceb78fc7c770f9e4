package dev.apigw.core.internal.runtime;

import dev.apigw.core.auth.sigv4.SigV4Signer;
import dev.apigw.core.http.HttpRequestSpec;
import dev.apigw.core.http.ResponseDecoder;
import dev.apigw.core.internal.Scheduler;
import dev.apigw.core.internal.Ticker;
import dev.apigw.core.internal.errors.ErrorTranslationStage;
import dev.apigw.core.internal.http.InterruptWatchdog;
import dev.apigw.core.internal.http.OkHttpRequests;
import dev.apigw.core.internal.http.ResponseReader;
import dev.apigw.core.internal.http.TransmitStage;
import dev.apigw.core.internal.pipeline.AttemptTimeoutStage;
import dev.apigw.core.internal.pipeline.CallContext;
import dev.apigw.core.internal.pipeline.Completions;
import dev.apigw.core.internal.pipeline.Pipeline;
import dev.apigw.core.internal.pipeline.SigningStage;
import dev.apigw.core.internal.pipeline.UserAgentStage;
import dev.apigw.core.internal.retry.RetryStage;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Every step of a call, in order, assembled in one place: the request made for the endpoint, then
 * retry → attempt timeout → error translation → user agent → signing → transmit, then the response
 * decoded. Built once per client (after the region is known); immutable and thread-safe.
 */
final class CallPipeline {
  final Target target;
  private final OkHttpRequests requests;
  private final Pipeline stages;
  private final ResponseDecoding decoding;

  private CallPipeline(
      Target target, OkHttpRequests requests, Pipeline stages, ResponseDecoding decoding) {
    this.target = target;
    this.requests = requests;
    this.stages = stages;
    this.decoding = decoding;
  }

  static CallPipeline assemble(
      ClientSettings settings,
      Target target,
      OkHttpClient callClient,
      Scheduler scheduler,
      Ticker ticker) {
    Pipeline stages =
        Pipeline.of(
            List.of(
                RetryStage.of(settings.retryStrategy, ticker, scheduler, settings.clock),
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
    return new CallPipeline(
        target,
        OkHttpRequests.forEndpoint(target.endpoint),
        stages,
        new ResponseDecoding(settings.apiCallTimeout, ticker));
  }

  Request toRequest(HttpRequestSpec spec) {
    return requests.toRequest(spec);
  }

  <T> T execute(Request request, CallContext context, ResponseDecoder<T> decoder) {
    return decoding.decode(stages.execute(request, context), decoder, context);
  }

  /**
   * The same steps without blocking; the future fails with the exception {@link #execute} throws.
   */
  <T> CompletableFuture<T> executeAsync(
      Request request, CallContext context, ResponseDecoder<T> decoder) {
    CompletableFuture<T> result = new CompletableFuture<>();
    stages
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
