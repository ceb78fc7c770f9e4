package dev.apigw.core.internal.errors;

import dev.apigw.core.http.ErrorFactory;
import dev.apigw.core.http.SdkHttpResponse;
import dev.apigw.core.internal.pipeline.CallContext;
import dev.apigw.core.internal.pipeline.CallStage;
import dev.apigw.core.internal.pipeline.Completions;
import java.util.concurrent.CompletableFuture;
import okhttp3.Request;

/**
 * Turns a response with an error status into the service's typed exception, naming the operation;
 * 2xx responses pass.
 */
public final class ErrorTranslationStage implements CallStage {
  private final ErrorFactory errorFactory;

  public ErrorTranslationStage(ErrorFactory errorFactory) {
    this.errorFactory = errorFactory;
  }

  @Override
  public SdkHttpResponse execute(Request request, CallContext context, Next next) {
    return check(next.proceed(request, context), context);
  }

  @Override
  public CompletableFuture<SdkHttpResponse> executeAsync(
      Request request, CallContext context, AsyncNext next) {
    return Completions.then(next.proceed(request, context), response -> check(response, context));
  }

  private SdkHttpResponse check(SdkHttpResponse response, CallContext context) {
    if (!response.isSuccessful()) {
      try {
        throw ErrorResponseParser.toException(response, errorFactory, context.operationName());
      } finally {
        response.releaseBody(); // the exception keeps only an excerpt
      }
    }
    return response;
  }

  @Override
  public String toString() {
    return "error translation";
  }
}
