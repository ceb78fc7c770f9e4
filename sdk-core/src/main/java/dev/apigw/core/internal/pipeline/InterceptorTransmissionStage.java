package dev.apigw.core.internal.pipeline;

import dev.apigw.core.http.NameValue;
import dev.apigw.core.http.SdkHttpResponse;
import java.util.concurrent.CompletableFuture;
import okhttp3.Headers;
import okhttp3.Request;

/**
 * Runs the call's interceptors' {@code beforeTransmission} with each signed attempt and {@code
 * afterTransmission} with each response it gets, whatever its status, and tags the attempt's
 * request with the {@link ExchangeScopes} the HTTP client opens around the exchange. When a hook
 * throws, the response's body is released and the attempt fails. Stateless.
 */
public final class InterceptorTransmissionStage implements CallStage {
  @Override
  public SdkHttpResponse execute(Request request, CallContext context, Next next) {
    CallInterceptors interceptors = context.options().interceptors();
    if (interceptors == CallInterceptors.NONE) {
      return next.proceed(request, context);
    }
    interceptors.beforeTransmission(context.attempt(), request);
    return after(next.proceed(scoped(request, interceptors, context), context), context);
  }

  @Override
  public CompletableFuture<SdkHttpResponse> executeAsync(
      Request request, CallContext context, AsyncNext next) {
    CallInterceptors interceptors = context.options().interceptors();
    if (interceptors == CallInterceptors.NONE) {
      return next.proceed(request, context);
    }
    interceptors.beforeTransmission(context.attempt(), request);
    return Completions.then(
        next.proceed(scoped(request, interceptors, context), context),
        response -> after(response, context));
  }

  /** The request, tagged so that the HTTP client opens the interceptors' exchange scopes. */
  private static Request scoped(
      Request request, CallInterceptors interceptors, CallContext context) {
    return request
        .newBuilder()
        .tag(ExchangeScopes.class, new ExchangeScopes(interceptors, context.attempt()))
        .build();
  }

  private static SdkHttpResponse after(SdkHttpResponse response, CallContext context) {
    CallInterceptors interceptors = context.options().interceptors();
    try {
      interceptors.afterTransmission(context.attempt(), response.statusCode(), headers(response));
    } catch (RuntimeException e) {
      response.releaseBody();
      throw e;
    }
    return response;
  }

  private static Headers headers(SdkHttpResponse response) {
    Headers.Builder headers = new Headers.Builder();
    for (NameValue header : response.headers()) {
      headers.addUnsafeNonAscii(header.name(), header.value());
    }
    return headers.build();
  }

  @Override
  public String toString() {
    return "interceptors: transmission";
  }
}
