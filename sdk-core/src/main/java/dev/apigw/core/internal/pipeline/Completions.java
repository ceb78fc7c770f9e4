package dev.apigw.core.internal.pipeline;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

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
}
