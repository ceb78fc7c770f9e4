package dev.apigw.testkit.constraints;

import dev.apigw.testkit.internal.ModelIndex;
import dev.apigw.testkit.internal.constraints.Constraint;
import dev.apigw.testkit.internal.constraints.DocumentedLimit;
import dev.apigw.testkit.internal.constraints.DocumentedLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Valid values of the model's shapes, for the members a case does not test: an enum's first value,
 * a string of {@code a}s as long as its constraints want, a structure with its required members.
 */
final class Samples {
  private static final int DEPTH = 8;

  private final ModelIndex model;

  Samples(ModelIndex model) {
    this.model = model;
  }

  /** A valid value of {@code shape} at {@code place} (a structure's member, or null). */
  Object of(String shape, @Nullable String place) {
    return of(shape, place, 0);
  }

  /** A string of {@code size} characters, or a list or map of {@code size} valid entries. */
  Object ofSize(String shape, int size) {
    Map<String, Object> definition = model.shape(shape);
    switch ((String) definition.get("type")) {
      case "list":
        {
          List<Object> list = new ArrayList<>();
          for (int i = 0; i < size; i++) {
            list.add(of((String) definition.get("member"), null));
          }
          return list;
        }
      case "map":
        {
          Map<String, Object> map = new LinkedHashMap<>();
          for (int i = 0; i < size; i++) {
            map.put("k" + i, of((String) definition.get("value"), shape + "#value"));
          }
          return map;
        }
      default:
        return "a".repeat(size);
    }
  }

  /** A valid value of {@code shape} but for {@code leaf} at the end of {@code steps}. */
  Object with(String shape, List<Step> steps, int from, Object leaf) {
    if (from == steps.size()) {
      return leaf;
    }
    Step step = steps.get(from);
    Map<String, Object> definition = model.shape(shape);
    switch (step.kind) {
      case MEMBER:
        {
          @SuppressWarnings("unchecked")
          Map<String, Object> structure = (Map<String, Object>) of(shape, null);
          model
              .members(shape)
              .values()
              .forEach(
                  member -> {
                    if (member.get("wireName").equals(step.wireName)) {
                      structure.put(
                          step.wireName,
                          with((String) member.get("target"), steps, from + 1, leaf));
                    }
                  });
          return structure;
        }
      case ELEMENT:
        return new ArrayList<>(
            List.of(with((String) definition.get("member"), steps, from + 1, leaf)));
      case KEY:
        {
          Map<String, Object> map = new LinkedHashMap<>();
          map.put(String.valueOf(leaf), of((String) definition.get("value"), shape + "#value"));
          return map;
        }
      default:
        {
          Map<String, Object> map = new LinkedHashMap<>();
          map.put("k", with((String) definition.get("value"), steps, from + 1, leaf));
          return map;
        }
    }
  }

  private Object of(String shape, @Nullable String place, int depth) {
    Map<String, Object> definition = model.shape(shape);
    switch ((String) definition.get("type")) {
      case "string":
        {
          List<String> values = model.enumValues(shape);
          return values.isEmpty()
              ? "a".repeat((int) Math.max(1, least(shape, place)))
              : values.get(0);
        }
      case "integer":
      case "long":
        return Math.max(1, least(shape, place));
      case "double":
        return 1.0;
      case "boolean":
        return true;
      case "timestamp":
        return "2020-01-01T00:00:00Z";
      case "list":
        return new ArrayList<>();
      case "map":
        return new LinkedHashMap<>();
      case "structure":
        {
          Map<String, Object> structure = new LinkedHashMap<>();
          if (depth < DEPTH) {
            model
                .members(shape)
                .forEach(
                    (name, member) -> {
                      if (Boolean.TRUE.equals(member.get("required"))) {
                        structure.put(
                            (String) member.get("wireName"),
                            of((String) member.get("target"), shape + "." + name, depth + 1));
                      }
                    });
          }
          return structure;
        }
      default:
        return "a";
    }
  }

  private long least(String shape, @Nullable String place) {
    Constraint modelled = Constraint.ofShape(model.shape(shape));
    DocumentedLimit documented = place == null ? null : DocumentedLimits.at(place);
    if (documented == null) {
      documented = DocumentedLimits.at(shape);
    }
    long least = 0;
    if (modelled != null && modelled.min() != null) {
      least = Math.max(least, modelled.min());
    }
    if (documented != null && documented.constraint().min() != null) {
      least = Math.max(least, documented.constraint().min());
    }
    return least;
  }
}
