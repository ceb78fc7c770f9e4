package dev.apigw.testkit.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One call as the emulator understood it: operation, URI labels, query parameters and body. */
public final class CallInput {
  private final OperationBinding operation;
  private final Map<String, String> labels;
  private final Map<String, List<String>> query;
  private final Map<String, Object> body;
  private final List<String> bodyMembers;

  /** {@code bodyMembers}: the wire names of the body members the operation's input declares. */
  public CallInput(
      OperationBinding operation,
      Map<String, String> labels,
      Map<String, List<String>> query,
      Map<String, Object> body,
      List<String> bodyMembers) {
    this.operation = operation;
    this.labels = labels;
    this.query = query;
    this.body = body;
    this.bodyMembers = List.copyOf(bodyMembers);
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

  /** The wire names of the body members the operation's input declares, in the model's order. */
  public List<String> bodyMembers() {
    return bodyMembers;
  }

  /**
   * A new map of the body members the input declares and the call gave; anything else a caller
   * sends is ignored, as by the service.
   */
  public Map<String, Object> declaredBody() {
    Map<String, Object> declared = new LinkedHashMap<>();
    for (String wireName : bodyMembers) {
      if (body.get(wireName) != null) {
        declared.put(wireName, body.get(wireName));
      }
    }
    return declared;
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
