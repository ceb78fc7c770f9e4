package dev.apigw.core.waiters;

import dev.apigw.core.lang.Arguments;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a waiter waits for: its rules, in the order they are tried, the status message of a result,
 * and its default delay, attempts and timeout (each of which a call's {@link WaiterOverrides} may
 * change). Immutable.
 *
 * <p>An attempt's outcome takes the state of the first rule that matches it. A result no rule
 * matches means "poll again"; an error no rule matches ends the wait with a {@link
 * WaiterFailureException} caused by it.
 *
 * @param <T> the polled operation's result
 */
public final class WaiterDefinition<T> {
  private final String name;
  private final List<WaiterAcceptor<T>> acceptors;
  private final Function<T, Optional<String>> statusMessage;
  private final Duration delay;
  private final int maxAttempts;
  private final Duration timeout;

  private WaiterDefinition(Builder<T> builder) {
    this.name = builder.name;
    this.acceptors = List.copyOf(builder.acceptors);
    this.statusMessage = builder.statusMessage;
    this.delay = builder.delay;
    this.maxAttempts = builder.maxAttempts;
    this.timeout = builder.timeout;
  }

  /** A builder for the waiter named {@code name}; delay 2 s, 60 attempts, 10 minutes. */
  public static <T> Builder<T> builder(String name) {
    return new Builder<>(Arguments.requireNonBlank(name, "name"));
  }

  public String name() {
    return name;
  }

  public List<WaiterAcceptor<T>> acceptors() {
    return acceptors;
  }

  /** The status message of {@code result}, when it has one: why a resource failed. */
  public Optional<String> statusMessage(T result) {
    return statusMessage.apply(result);
  }

  public Duration delay() {
    return delay;
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration timeout() {
    return timeout;
  }

  /** Settings of a definition, checked as they are set. Not thread-safe. */
  public static final class Builder<T> {
    private final String name;
    private final List<WaiterAcceptor<T>> acceptors = new ArrayList<>();
    private Function<T, Optional<String>> statusMessage = result -> Optional.empty();
    private Duration delay = Duration.ofSeconds(2);
    private int maxAttempts = 60;
    private Duration timeout = Duration.ofMinutes(10);

    private Builder(String name) {
      this.name = name;
    }

    /** Adds a rule, tried after those added before it. */
    public Builder<T> acceptor(WaiterAcceptor<T> acceptor) {
      acceptors.add(Arguments.requireNonNull(acceptor, "acceptor"));
      return this;
    }

    /** How to read a result's status message. */
    public Builder<T> statusMessage(Function<T, Optional<String>> statusMessage) {
      this.statusMessage = Arguments.requireNonNull(statusMessage, "statusMessage");
      return this;
    }

    /** The default delay between polls; see {@link WaiterOverrides.Builder#delay(Duration)}. */
    public Builder<T> delay(Duration delay) {
      this.delay = WaiterOverrides.checkDelay(delay);
      return this;
    }

    /** The default number of polls; see {@link WaiterOverrides.Builder#maxAttempts(int)}. */
    public Builder<T> maxAttempts(int maxAttempts) {
      this.maxAttempts = WaiterOverrides.checkMaxAttempts(maxAttempts);
      return this;
    }

    /** The default total time; see {@link WaiterOverrides.Builder#timeout(Duration)}. */
    public Builder<T> timeout(Duration timeout) {
      this.timeout = WaiterOverrides.checkTimeout(timeout);
      return this;
    }

    /**
     * The definition.
     *
     * @throws IllegalStateException when no rule was added
     */
    public WaiterDefinition<T> build() {
      if (acceptors.isEmpty()) {
        throw new IllegalStateException("The waiter " + name + " needs at least one acceptor");
      }
      return new WaiterDefinition<>(this);
    }
  }
}
