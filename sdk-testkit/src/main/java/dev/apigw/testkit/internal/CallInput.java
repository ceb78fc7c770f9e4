package dev.apigw.testkit.internal;

import dev.apigw.core.Nullable;
import java.util.List;
import java.util.Map;

/**
 * One call as the emulator understood it: the operation, its URI labels, query parameters, headers
 * and body.
 */
public final class CallInput {
  private final OperationBinding operation;
  private final Map<String, String> labels;
  private final Map<String, List<String>> query;
  private final Map<String, Object> body;

  public CallInput(
      OperationBinding operation,
      Map<String, String> labels,
      Map<String, List<String>> query,
      Map<String, Object> body) {
    this.operation = operation;
    this.labels = labels;
    this.query = query;
    this.body = body;
  }

  public OperationBinding operation() {
    return operation;
  }

  public Map<String, String> labels() {
    return labels;
  }

  public String label(String name) {
    String value = labels.get(name);
    if (value == null) {
      throw new IllegalStateException(operation.name() + " has no URI label " + name);
    }
    return value;
  }

  /** The JSON body's members by wire name. */
  public Map<String, Object> body() {
    return body;
  }

  public @Nullable String query(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  public List<String> queryValues(String name) {
    return query.getOrDefault(name, List.of());
  }

  public Map<String, List<String>> query() {
    return query;
  }
}
