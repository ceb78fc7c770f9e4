package dev.apigw.testkit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The project's model of the API, as the emulator reads it: every operation with its HTTP binding
 * and members, and every shape. Loaded once from the model file that travels in the {@code
 * sdk-model} jar. Immutable.
 */
public final class ModelIndex {
  static final String RESOURCE = "/dev/apigw/model/apigatewayv2.json";

  private static volatile ModelIndex shared;

  private final Map<String, OperationBinding> operations;
  private final Map<String, Map<String, Object>> shapes;

  private ModelIndex(
      Map<String, OperationBinding> operations, Map<String, Map<String, Object>> shapes) {
    this.operations = operations;
    this.shapes = shapes;
  }

  /** The model in the class path, read on first use. */
  public static ModelIndex shared() {
    ModelIndex index = shared;
    if (index == null) {
      synchronized (ModelIndex.class) {
        index = shared;
        if (index == null) {
          index = load();
          shared = index;
        }
      }
    }
    return index;
  }

  @SuppressWarnings("unchecked")
  private static ModelIndex load() {
    Map<String, Object> model;
    try (InputStream in = ModelIndex.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "The API model " + RESOURCE + " is not on the class path: is sdk-model there?");
      }
      model = (Map<String, Object>) JsonTree.parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("The API model " + RESOURCE + " could not be read", e);
    }
    Map<String, Map<String, Object>> shapes = new LinkedHashMap<>();
    ((Map<String, Object>) model.get("shapes"))
        .forEach((name, shape) -> shapes.put(name, (Map<String, Object>) shape));
    Map<String, OperationBinding> operations = new LinkedHashMap<>();
    ((Map<String, Object>) model.get("operations"))
        .forEach(
            (name, op) ->
                operations.put(name, OperationBinding.of(name, (Map<String, Object>) op)));
    return new ModelIndex(
        Collections.unmodifiableMap(operations), Collections.unmodifiableMap(shapes));
  }

  public Map<String, OperationBinding> operations() {
    return operations;
  }

  public OperationBinding operation(String name) {
    OperationBinding op = operations.get(name);
    if (op == null) {
      throw new IllegalArgumentException("The model has no operation " + name);
    }
    return op;
  }

  /** The shape named {@code name}. */
  public Map<String, Object> shape(String name) {
    Map<String, Object> shape = shapes.get(name);
    if (shape == null) {
      throw new IllegalArgumentException("The model has no shape " + name);
    }
    return shape;
  }

  /** The members of a structure by model name, each with its target, location and wire name. */
  @SuppressWarnings("unchecked")
  public Map<String, Map<String, Object>> members(String structure) {
    Object members = shape(structure).get("members");
    return members == null ? Map.of() : (Map<String, Map<String, Object>>) members;
  }

  /** The body members' wire names of a structure, in model order. */
  public List<String> bodyWireNames(String structure) {
    List<String> names = new ArrayList<>();
    members(structure)
        .values()
        .forEach(
            member -> {
              if ("body".equals(member.get("location"))) {
                names.add((String) member.get("wireName"));
              }
            });
    return names;
  }

  /** The enum values of a string shape; empty when it is not an enum. */
  @SuppressWarnings("unchecked")
  public List<String> enumValues(String shapeName) {
    Object values = shape(shapeName).get("enum");
    return values == null ? List.of() : (List<String>) values;
  }
}
