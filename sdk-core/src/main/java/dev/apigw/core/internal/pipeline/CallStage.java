package dev.apigw.core.internal.pipeline;

import dev.apigw.core.http.SdkHttpResponse;
import java.util.concurrent.CompletableFuture;
import okhttp3.Request;

/**
 * One concern of a call (retrying, a deadline, signing, sending, …): does its part and hands the
 * request on to the next stage, zero or more times. Each stage has the blocking form, for the
 * synchronous client, and the asynchronous form, for the asynchronous client; both share the
 * stage's logic, so the two clients behave alike. Failures are {@link
 * dev.apigw.core.exception.SdkException}s: thrown by the blocking form, and by the asynchronous one
 * either thrown or as the exceptional completion of its future (the {@link Pipeline} turns a throw
 * into a failed future). Implementations are immutable or thread-safe: one instance serves every
 * call of a client.
 */
public interface CallStage {
  /** Runs this stage and the rest of the pipeline on the calling thread. */
  SdkHttpResponse execute(Request request, CallContext context, Next next);

  /**
   * Runs this stage and starts the rest of the pipeline without blocking: the future completes with
   * the response, or exceptionally with the call's failure (never wrapped in a {@link
   * java.util.concurrent.CompletionException}).
   */
  CompletableFuture<SdkHttpResponse> executeAsync(
      Request request, CallContext context, AsyncNext next);

  /** The rest of the pipeline after a stage. */
  @FunctionalInterface
  interface Next {
    SdkHttpResponse proceed(Request request, CallContext context);
  }

  /** The rest of the pipeline after a stage, started without blocking. */
  @FunctionalInterface
  interface AsyncNext {
    CompletableFuture<SdkHttpResponse> proceed(Request request, CallContext context);
  }
}
