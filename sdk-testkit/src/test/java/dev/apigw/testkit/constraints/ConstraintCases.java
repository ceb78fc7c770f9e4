package dev.apigw.testkit.constraints;

import dev.apigw.testkit.internal.ModelIndex;
import dev.apigw.testkit.internal.OperationBinding;
import dev.apigw.testkit.internal.constraints.Constraint;
import dev.apigw.testkit.internal.constraints.DocumentedLimit;
import dev.apigw.testkit.internal.constraints.DocumentedLimits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The constraint tables' cases, generated from the model: for every value a request of any of the
 * model's operations can carry, at any depth, and for every constraint on it (the model's {@code
 * min}, {@code max} and {@code pattern}, or a {@link DocumentedLimits} entry), a request just
 * inside each bound and one just outside, otherwise valid.
 */
final class ConstraintCases {
  private static final String LABEL = "abc";

  private final ModelIndex model = ModelIndex.shared();
  private final List<ConstraintCase> cases = new ArrayList<>();
  private final Set<String> constrainedValues = new HashSet<>();

  /** Every case of every operation. */
  static List<ConstraintCase> all() {
    ConstraintCases generator = new ConstraintCases();
    generator.model.operations().values().forEach(generator::generate);
    return generator.cases;
  }

  /** How many distinct values (operation and path) carry a constraint. */
  static int constrainedValues() {
    ConstraintCases generator = new ConstraintCases();
    generator.model.operations().values().forEach(generator::generate);
    return generator.constrainedValues.size();
  }

  private void generate(OperationBinding operation) {
    String input = operation.input();
    model
        .members(input)
        .forEach(
            (name, member) -> {
              Position top = new Position(operation, member, input + "." + name);
              visit(top, (String) member.get("target"), top.place, new HashSet<>());
            });
  }

  /** The constraints at one position, then the positions below it. */
  private void visit(Position at, String target, @Nullable String place, Set<String> seen) {
    Constraint modelled = Constraint.ofShape(model.shape(target));
    if (modelled != null) {
      addCases(at, target, modelled, "the model's shape " + target);
    }
    DocumentedLimit documented = place == null ? null : DocumentedLimits.at(place);
    if (documented == null) {
      documented = DocumentedLimits.at(target);
    }
    if (documented != null) {
      addCases(at, target, documented.constraint(), documented.toString());
    }
    if (!"body".equals(at.location)) {
      return;
    }
    Map<String, Object> shape = model.shape(target);
    switch ((String) shape.get("type")) {
      case "list":
        visit(at.then(Step.element()), (String) shape.get("member"), null, seen);
        break;
      case "map":
        visit(at.then(Step.key()), (String) shape.get("key"), target + "#key", seen);
        visit(at.then(Step.value()), (String) shape.get("value"), target + "#value", seen);
        break;
      case "structure":
        if (seen.add(target)) {
          model
              .members(target)
              .forEach(
                  (name, member) ->
                      visit(
                          at.then(Step.member((String) member.get("wireName"))),
                          (String) member.get("target"),
                          target + "." + name,
                          new HashSet<>(seen)));
        }
        break;
      default:
        break;
    }
  }

  private void addCases(Position at, String target, Constraint constraint, String source) {
    constrainedValues.add(at.operation.name() + " " + at.wirePath());
    String type = (String) model.shape(target).get("type");
    boolean numeric = "integer".equals(type) || "long".equals(type);
    Long min = constraint.min();
    Long max = constraint.max();
    if (min != null) {
      add(at, target, numeric, min, false, "at its least, " + min, source);
      if (numeric || min > 0) {
        add(at, target, numeric, min - 1, true, "below its least, " + (min - 1), source);
      }
    }
    if (max != null) {
      add(at, target, numeric, max, false, "at its most, " + max, source);
      add(at, target, numeric, max + 1, true, "above its most, " + (max + 1), source);
    }
    if (constraint.pattern() != null) {
      int length = (int) Math.max(1, min == null ? 1 : min);
      addCase(at, "a".repeat(length), false, "matching " + constraint.pattern(), source);
      addCase(at, "!".repeat(length), true, "not matching " + constraint.pattern(), source);
    }
  }

  private void add(
      Position at,
      String target,
      boolean numeric,
      long bound,
      boolean refused,
      String what,
      String source) {
    Object value;
    if (numeric) {
      value = bound;
    } else {
      value = new Samples(model).ofSize(target, (int) bound);
    }
    if (!"body".equals(at.location) && "".equals(value)) {
      return; // an empty label or query value is no value at all
    }
    addCase(at, value, refused, what, source);
  }

  private void addCase(Position at, Object value, boolean refused, String what, String source) {
    Map<String, String> labels = new LinkedHashMap<>();
    at.operation.labels().forEach(label -> labels.put(label, LABEL));
    Map<String, String> query = new LinkedHashMap<>();
    Map<String, Object> body = new LinkedHashMap<>();
    Samples samples = new Samples(model);
    model
        .members(at.operation.input())
        .forEach(
            (name, member) -> {
              String wireName = (String) member.get("wireName");
              String target = (String) member.get("target");
              boolean here = wireName.equals(at.topWireName);
              if (!here && !Boolean.TRUE.equals(member.get("required"))) {
                return;
              }
              Object memberValue =
                  here
                      ? samples.with(target, at.steps, 0, value)
                      : samples.of(target, at.operation.input() + "." + name);
              switch ((String) member.get("location")) {
                case "path":
                  labels.put(wireName, String.valueOf(memberValue));
                  break;
                case "query":
                  query.put(wireName, String.valueOf(memberValue));
                  break;
                case "body":
                  body.put(wireName, memberValue);
                  break;
                default:
                  break;
              }
            });
    cases.add(
        new ConstraintCase(
            at.operation, source, at.wirePath(), what, refused, labels, query, body));
  }

  /** Where a value sits in a request: a top-level member, then steps down into it. */
  private static final class Position {
    final OperationBinding operation;
    final String location;
    final String topWireName;
    final String place;
    final List<Step> steps;

    Position(OperationBinding operation, Map<String, Object> member, String place) {
      this(
          operation,
          (String) member.get("location"),
          (String) member.get("wireName"),
          place,
          List.of());
    }

    private Position(
        OperationBinding operation,
        String location,
        String topWireName,
        String place,
        List<Step> steps) {
      this.operation = operation;
      this.location = location;
      this.topWireName = topWireName;
      this.place = place;
      this.steps = steps;
    }

    Position then(Step step) {
      List<Step> longer = new ArrayList<>(steps);
      longer.add(step);
      return new Position(operation, location, topWireName, place, longer);
    }

    /** The member's path of wire names, as the refusal names it (a list or map for its entries). */
    String wirePath() {
      StringBuilder path = new StringBuilder(topWireName);
      for (Step step : steps) {
        if (step.wireName != null) {
          path.append('.').append(step.wireName);
        }
      }
      return path.toString();
    }
  }
}
