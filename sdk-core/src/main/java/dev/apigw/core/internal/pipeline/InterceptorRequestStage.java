package dev.apigw.core.internal.pipeline;

import dev.apigw.core.http.SdkHttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import okhttp3.Request;

/**
 * Runs the call's interceptors' {@code modifyHttpRequest} on each attempt, before it is signed; the
 * headers they add or change are signed with the rest. Stateless.
 */
public final class InterceptorRequestStage implements CallStage {
  @Override
  public SdkHttpResponse execute(Request request, CallContext context, Next next) {
    Request modified = modify(request, context);
    return next.proceed(modified, signing(request, modified, context));
  }

  @Override
  public CompletableFuture<SdkHttpResponse> executeAsync(
      Request request, CallContext context, AsyncNext next) {
    Request modified = modify(request, context);
    return next.proceed(modified, signing(request, modified, context));
  }

  private static Request modify(Request request, CallContext context) {
    return context.options().interceptors().modifyHttpRequest(context.attempt(), request);
  }

  /** The context with the headers the interceptors added or changed among those signed. */
  private static CallContext signing(Request before, Request after, CallContext context) {
    if (before == after) {
      return context;
    }
    List<String> changed = new ArrayList<>();
    for (String name : after.headers().names()) {
      if (!after.headers(name).equals(before.headers(name))) {
        changed.add(name);
      }
    }
    return changed.isEmpty()
        ? context
        : context.withOptions(context.options().withSignedHeaders(changed));
  }

  @Override
  public String toString() {
    return "interceptors: modify request";
  }
}
