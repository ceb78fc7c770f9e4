package dev.apigw.core.waiters;

import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.lang.Arguments;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One rule of a waiter: when an attempt's outcome matches it, the wait takes its {@link #state()}.
 * A rule looks either at the values a path of the result leads to, or at the error code of the
 * error the attempt ended with.
 *
 * @param <T> the polled operation's result
 */
public final class WaiterAcceptor<T> {
  /** How the values a path leads to are compared with the expected one. */
  public enum Comparison {
    /** The path leads to exactly one value, and it is the expected one. */
    EQUALS,
    /** The path leads to at least one value, and every one is the expected one. */
    ALL_EQUAL,
    /** At least one value the path leads to is the expected one. */
    ANY_EQUALS
  }

  private final WaiterState state;
  private final @Nullable Function<T, List<String>> path;
  private final @Nullable Comparison comparison;
  private final String expected;

  private WaiterAcceptor(
      WaiterState state,
      @Nullable Function<T, List<String>> path,
      @Nullable Comparison comparison,
      String expected) {
    this.state = Arguments.requireNonNull(state, "state");
    this.path = path;
    this.comparison = comparison;
    this.expected = Arguments.requireNonBlank(expected, "expected");
  }

  /**
   * A rule on a result: {@code path} gives the values it leads to (none when a member on the way is
   * absent), compared with {@code expected} as {@code comparison} says.
   */
  public static <T> WaiterAcceptor<T> onPath(
      WaiterState state, Function<T, List<String>> path, Comparison comparison, String expected) {
    return new WaiterAcceptor<>(
        state,
        Arguments.requireNonNull(path, "path"),
        Arguments.requireNonNull(comparison, "comparison"),
        expected);
  }

  /** A rule on a failed attempt: the service answered with the error code {@code errorCode}. */
  public static <T> WaiterAcceptor<T> onError(WaiterState state, String errorCode) {
    return new WaiterAcceptor<>(state, null, null, errorCode);
  }

  /** The state the wait takes when this rule matches. */
  public WaiterState state() {
    return state;
  }

  /** Whether this rule matches the result {@code result}. */
  public boolean matchesResult(T result) {
    if (path == null || comparison == null) {
      return false;
    }
    List<String> values = path.apply(result);
    switch (comparison) {
      case EQUALS:
        return values.size() == 1 && expected.equals(values.get(0));
      case ALL_EQUAL:
        return !values.isEmpty() && values.stream().allMatch(expected::equals);
      default:
        return values.stream().anyMatch(expected::equals);
    }
  }

  /** Whether this rule matches the error {@code error} an attempt ended with. */
  public boolean matchesError(Throwable error) {
    return path == null
        && error instanceof ServiceException
        && ((ServiceException) error).errorCode().filter(expected::equals).isPresent();
  }
}
