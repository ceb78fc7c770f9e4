package dev.apigw.core.fuzz;

/**
 * The part of every fuzz target's contract that is the same everywhere: a typed error the subject
 * documents must say what went wrong. Anything else a target does not catch reaches Jazzer as a
 * finding.
 */
public final class FuzzContract {
  private FuzzContract() {}

  /** Throws an {@link AssertionError}, a finding, when {@code error} has no message. */
  public static void requireMessage(Throwable error) {
    String message = error.getMessage();
    if (message == null || message.isBlank()) {
      throw new AssertionError("a documented error without a message", error);
    }
  }
}
