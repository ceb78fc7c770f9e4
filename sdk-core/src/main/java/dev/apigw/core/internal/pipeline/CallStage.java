package dev.apigw.core.internal.pipeline;

import dev.apigw.core.http.SdkHttpResponse;
import okhttp3.Request;

/**
 * One concern of a call (retrying, a deadline, signing, sending, …): does its part and hands the
 * request on to the next stage, zero or more times. Failures are {@link
 * dev.apigw.core.exception.SdkException}s. Implementations are immutable or thread-safe: one
 * instance serves every call of a client.
 */
@FunctionalInterface
public interface CallStage {
  SdkHttpResponse execute(Request request, CallContext context, Next next);

  /** The rest of the pipeline after a stage. */
  @FunctionalInterface
  interface Next {
    SdkHttpResponse proceed(Request request, CallContext context);
  }
}
