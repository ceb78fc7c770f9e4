package dev.apigw.core.internal.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/** Helpers for the futures of asynchronous calls. */
public final class Completions {
  private Completions() {}

  /**
   * The failure itself: a dependent future completes with a {@link CompletionException} around the
   * failure of the stage before, which no caller should have to peel off.
   */
  public static Throwable unwrap(Throwable failure) {
    Throwable current = failure;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  /**
   * A future of what {@code then} makes of {@code future}'s value; it fails with {@code future}'s
   * failure, unwrapped, or with what {@code then} throws.
   */
  public static <T, R> CompletableFuture<R> then(
      CompletableFuture<T> future, Function<? super T, ? extends R> then) {
    CompletableFuture<R> result = new CompletableFuture<>();
    future.whenComplete(
        (value, failure) -> {
          if (failure != null) {
            result.completeExceptionally(unwrap(failure));
            return;
          }
          try {
            result.complete(then.apply(value));
          } catch (RuntimeException e) {
            result.completeExceptionally(e);
          }
        });
    return result;
  }
}
