package dev.apigw.core.waiters;

import dev.apigw.core.exception.SdkException;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A wait that did not end in the state waited for: the resource reached a failure state, an attempt
 * failed with an error no rule expects, or the polls or the time ran out. {@link #reason()} tells
 * which; the last result and its status message, or the error (the {@linkplain #getCause() cause}),
 * tell why.
 */
public final class WaiterFailureException extends SdkException {
  private static final long serialVersionUID = 1L;

  /** Why the wait ended. */
  public enum Reason {
    /** A result matched a failure rule. */
    FAILURE_STATE,
    /** An attempt failed with an error, matched by a failure rule or by none. */
    ERROR,
    /** The last allowed poll still saw the resource in progress. */
    MAX_ATTEMPTS,
    /** The next poll would have started after the timeout. */
    TIMEOUT
  }

  private final String waiterName;
  private final Reason reason;
  private final transient @Nullable Object lastResult;
  private final @Nullable String statusMessage;
  private final int polls;
  private final Duration elapsed;

  /** Made by the waiter's engine. */
  public WaiterFailureException(
      String waiterName,
      Reason reason,
      @Nullable Object lastResult,
      @Nullable String statusMessage,
      int polls,
      Duration elapsed,
      @Nullable Throwable cause) {
    super(describe(waiterName, reason, statusMessage, polls, elapsed, cause), cause);
    this.waiterName = waiterName;
    this.reason = reason;
    this.lastResult = lastResult;
    this.statusMessage = statusMessage;
    this.polls = polls;
    this.elapsed = elapsed;
  }

  private static String describe(
      String waiterName,
      Reason reason,
      @Nullable String statusMessage,
      int polls,
      Duration elapsed,
      @Nullable Throwable cause) {
    StringBuilder message = new StringBuilder("Waiter ").append(waiterName).append(' ');
    switch (reason) {
      case FAILURE_STATE:
        message.append("saw a failure state");
        break;
      case ERROR:
        message.append("stopped on an error: ").append(cause);
        break;
      case MAX_ATTEMPTS:
        message.append("ran out of attempts");
        break;
      default:
        message.append("timed out");
    }
    message.append(" after ").append(polls).append(" polls in ").append(elapsed);
    if (statusMessage != null) {
      message.append(" (status message: ").append(statusMessage).append(')');
    }
    return message.toString();
  }

  public String waiterName() {
    return waiterName;
  }

  public Reason reason() {
    return reason;
  }

  /**
   * The last result the wait saw, when it saw one. Not kept when the exception is serialized.
   *
   * @param type the polled operation's result class
   * @throws ClassCastException when the last result is not a {@code type}
   */
  public <T> Optional<T> lastResult(Class<T> type) {
    return Optional.ofNullable(lastResult).map(type::cast);
  }

  /** The last result's status message (why the resource failed), when it has one. */
  public Optional<String> statusMessage() {
    return Optional.ofNullable(statusMessage);
  }

  /** How many polls were made. */
  public int polls() {
    return polls;
  }

  /** The time from the first poll's start to the end. */
  public Duration elapsed() {
    return elapsed;
  }
}
