package dev.apigw.core.internal.pipeline;

import dev.apigw.core.http.SdkHttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import okhttp3.Request;

/**
 * An ordered list of {@link CallStage}s; the last one sends the request and must not call on.
 * Immutable and thread-safe.
 */
public final class Pipeline {
  private final CallStage[] stages;

  private Pipeline(CallStage[] stages) {
    this.stages = stages;
  }

  public static Pipeline of(List<CallStage> stages) {
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("a pipeline needs at least one stage");
    }
    return new Pipeline(stages.toArray(new CallStage[0]));
  }

  public SdkHttpResponse execute(Request request, CallContext context) {
    return proceed(0, request, context);
  }

  private SdkHttpResponse proceed(int index, Request request, CallContext context) {
    if (index == stages.length) {
      throw new IllegalStateException(
          "the last stage of a pipeline must not call on: " + stages[index - 1]);
    }
    return stages[index].execute(
        request, context, (next, nextContext) -> proceed(index + 1, next, nextContext));
  }

  /**
   * Starts the call without blocking; see {@link CallStage#executeAsync}. A stage that throws
   * instead of returning a future fails the call all the same.
   */
  public CompletableFuture<SdkHttpResponse> executeAsync(Request request, CallContext context) {
    return proceedAsync(0, request, context);
  }

  private CompletableFuture<SdkHttpResponse> proceedAsync(
      int index, Request request, CallContext context) {
    if (index == stages.length) {
      return CompletableFuture.failedFuture(
          new IllegalStateException(
              "the last stage of a pipeline must not call on: " + stages[index - 1]));
    }
    try {
      CompletableFuture<SdkHttpResponse> result =
          stages[index].executeAsync(
              request, context, (next, nextContext) -> proceedAsync(index + 1, next, nextContext));
      return result != null
          ? result
          : CompletableFuture.failedFuture(
              new IllegalStateException("the stage returned no future: " + stages[index]));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** The stages, in order. */
  public List<CallStage> stages() {
    return List.of(stages);
  }

  @Override
  public String toString() {
    return List.of(stages).stream()
        .map(Object::toString)
        .collect(Collectors.joining(" → ", "Pipeline{", "}"));
  }
}
