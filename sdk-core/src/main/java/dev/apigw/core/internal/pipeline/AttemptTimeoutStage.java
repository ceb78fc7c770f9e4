package dev.apigw.core.internal.pipeline;

import dev.apigw.core.http.SdkHttpResponse;
import dev.apigw.core.internal.Ticker;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import okhttp3.Request;

/**
 * Gives each attempt its deadline: {@code apiCallAttemptTimeout} from its start, or the call's,
 * whichever is first.
 */
public final class AttemptTimeoutStage implements CallStage {
  private final Duration timeout;
  private final Ticker ticker;

  public AttemptTimeoutStage(Duration timeout, Ticker ticker) {
    this.timeout = timeout;
    this.ticker = ticker;
  }

  @Override
  public SdkHttpResponse execute(Request request, CallContext context, Next next) {
    return next.proceed(request, context.withAttemptTimeout(ticker.nanoTime(), timeout));
  }

  @Override
  public CompletableFuture<SdkHttpResponse> executeAsync(
      Request request, CallContext context, AsyncNext next) {
    return next.proceed(request, context.withAttemptTimeout(ticker.nanoTime(), timeout));
  }

  @Override
  public String toString() {
    return "attempt timeout " + timeout.toMillis() + " ms";
  }
}
