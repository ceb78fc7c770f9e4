package dev.apigw.codegen.model;

import java.util.List;
import java.util.Optional;

/**
 * One API operation: its HTTP binding, input and output shapes, the errors it declares, and its
 * pagination.
 */
public record Operation(
    String name,
    HttpBinding http,
    String input,
    Optional<String> output,
    List<String> errors,
    Optional<Pagination> pagination) {

  public Operation {
    errors = List.copyOf(errors);
  }
}
