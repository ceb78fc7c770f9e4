package dev.apigw.codegen.model;

import java.util.List;
import java.util.Optional;

/**
 * A waiter the model declares: the operation it polls, its default delay and attempts, the path of
 * a result's status message, and its acceptors in the order they are tried. AWS's model has no
 * waiters for API Gateway V2: the project keeps this table by hand in its model file, and the
 * importer carries it over.
 */
public record Waiter(
    String name,
    String operation,
    int delaySeconds,
    int maxAttempts,
    Optional<String> statusMessage,
    List<WaiterAcceptor> acceptors) {
  public Waiter {
    acceptors = List.copyOf(acceptors);
  }
}
