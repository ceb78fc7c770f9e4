package dev.apigw.core.internal.pipeline;

import dev.apigw.core.http.SdkHttpResponse;
import java.util.concurrent.CompletableFuture;
import okhttp3.Request;

/**
 * A stage whose whole work comes before the rest of the call: it hands the next stage a changed
 * context or request. Both call styles run the same change; only the next stage differs.
 */
public abstract class PreparingStage implements CallStage {
  /** The context the rest of the call runs with; the same one unless a stage overrides this. */
  protected CallContext prepare(CallContext context) {
    return context;
  }

  /** The request the next stage gets, made with the prepared context; unchanged by default. */
  protected Request prepare(Request request, CallContext context) {
    return request;
  }

  @Override
  public final SdkHttpResponse execute(Request request, CallContext context, Next next) {
    CallContext prepared = prepare(context);
    return next.proceed(prepare(request, prepared), prepared);
  }

  @Override
  public final CompletableFuture<SdkHttpResponse> executeAsync(
      Request request, CallContext context, AsyncNext next) {
    CallContext prepared = prepare(context);
    return next.proceed(prepare(request, prepared), prepared);
  }
}
