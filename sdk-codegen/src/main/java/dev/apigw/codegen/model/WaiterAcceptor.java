package dev.apigw.codegen.model;

import java.util.Optional;

/**
 * One rule of a waiter. {@code state} is {@code success}, {@code failure} or {@code retry}; {@code
 * matcher} is {@code path} (the one value at {@code path} is {@code expected}), {@code pathAll}
 * (every value, at least one), {@code pathAny} (at least one value), or {@code error} (the error
 * code is {@code expected}, no path). A path names members by their model names, dot-separated,
 * with {@code []} after a list member: {@code DomainNameConfigurations[].DomainNameStatus}.
 */
public record WaiterAcceptor(String state, String matcher, Optional<String> path, String expected) {
  public WaiterAcceptor {
    if (!state.equals("success") && !state.equals("failure") && !state.equals("retry")) {
      throw new IllegalArgumentException("A waiter acceptor's state is not known: " + state);
    }
    boolean error = matcher.equals("error");
    if (!error
        && !matcher.equals("path")
        && !matcher.equals("pathAll")
        && !matcher.equals("pathAny")) {
      throw new IllegalArgumentException("A waiter acceptor's matcher is not known: " + matcher);
    }
    if (error == path.isPresent()) {
      throw new IllegalArgumentException(
          "A waiter acceptor has a path exactly when its matcher is not 'error': " + matcher);
    }
  }
}
