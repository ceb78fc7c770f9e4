package dev.apigw.testkit.constraints;

import dev.apigw.testkit.internal.OperationBinding;
import java.util.Map;

/**
 * One request of the constraint tables: an operation whose input is valid but for one value, just
 * inside or just outside one constraint, and whether the emulator must refuse it naming {@code
 * wirePath}.
 */
final class ConstraintCase {
  final OperationBinding operation;
  final String source;
  final String wirePath;
  final String what;
  final boolean refused;
  final Map<String, String> labels;
  final Map<String, String> query;
  final Map<String, Object> body;

  ConstraintCase(
      OperationBinding operation,
      String source,
      String wirePath,
      String what,
      boolean refused,
      Map<String, String> labels,
      Map<String, String> query,
      Map<String, Object> body) {
    this.operation = operation;
    this.source = source;
    this.wirePath = wirePath;
    this.what = what;
    this.refused = refused;
    this.labels = labels;
    this.query = query;
    this.body = body;
  }

  /** What the refusal's message names. */
  String named() {
    return "Value at '" + wirePath + "'";
  }

  @Override
  public String toString() {
    return operation.name()
        + " "
        + wirePath
        + " "
        + what
        + (refused ? " is refused" : " passes")
        + " ["
        + source
        + "]";
  }
}
