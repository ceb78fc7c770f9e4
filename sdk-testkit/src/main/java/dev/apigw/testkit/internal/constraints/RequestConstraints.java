package dev.apigw.testkit.internal.constraints;

import dev.apigw.testkit.internal.ApiError;
import dev.apigw.testkit.internal.CallInput;
import dev.apigw.testkit.internal.Maps;
import dev.apigw.testkit.internal.ModelIndex;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Holds every value of a request, at any depth, to the model's constraints on its shape ({@code
 * min}, {@code max}, {@code pattern}) and to the {@link DocumentedLimits}, and refuses control
 * characters in strings, as the service does: a {@code BadRequestException} in the service's form,
 * {@code 1 validation error detected: Value at 'name' failed to satisfy constraint: Member must
 * have length less than or equal to 128}, naming the member by its path of wire names. Runs after
 * the types are checked.
 */
public final class RequestConstraints {
  private final ModelIndex model;

  public RequestConstraints(ModelIndex model) {
    this.model = model;
  }

  /** Checks each member of {@code in} that was sent. */
  public void check(String inputShape, CallInput in) {
    for (Map.Entry<String, Map<String, Object>> entry : model.members(inputShape).entrySet()) {
      Map<String, Object> member = entry.getValue();
      String wireName = (String) member.get("wireName");
      String target = (String) member.get("target");
      String place = inputShape + "." + entry.getKey();
      switch ((String) member.get("location")) {
        case "body":
          {
            Object value = in.body().get(wireName);
            if (value != null) {
              checkValue(target, place, value, wireName);
            }
            break;
          }
        case "query":
          checkText(target, place, in.query(wireName), wireName);
          break;
        case "path":
          checkText(target, place, in.labels().get(wireName), wireName);
          break;
        default:
          break;
      }
    }
  }

  private void checkText(String target, String place, @Nullable String text, String path) {
    if (text == null) {
      return;
    }
    String type = (String) model.shape(target).get("type");
    if ("integer".equals(type) || "long".equals(type)) {
      try {
        holdTo(target, place, Long.parseLong(text), path);
      } catch (NumberFormatException e) {
        throw refused(path, "Member must be an integer");
      }
    } else {
      holdTo(target, place, text, path);
    }
  }

  private void checkValue(String target, @Nullable String place, Object value, String path) {
    holdTo(target, place, value, path);
    Map<String, Object> shape = model.shape(target);
    switch ((String) shape.get("type")) {
      case "list":
        for (Object element : (List<?>) value) {
          checkValue((String) shape.get("member"), null, element, path);
        }
        break;
      case "map":
        for (Map.Entry<String, Object> entry : Maps.of(value).entrySet()) {
          holdTo((String) shape.get("key"), target + "#key", entry.getKey(), path);
          if (entry.getValue() != null) {
            checkValue((String) shape.get("value"), target + "#value", entry.getValue(), path);
          }
        }
        break;
      case "structure":
        for (Map.Entry<String, Map<String, Object>> entry : model.members(target).entrySet()) {
          String wireName = (String) entry.getValue().get("wireName");
          Object nested = Maps.of(value).get(wireName);
          if (nested != null) {
            checkValue(
                (String) entry.getValue().get("target"),
                target + "." + entry.getKey(),
                nested,
                path + "." + wireName);
          }
        }
        break;
      default:
        break;
    }
  }

  /**
   * Holds one value to what applies to it: the model's constraint on its shape, and the documented
   * limit of its place (member, map keys or values) or else of its shape.
   */
  private void holdTo(String target, @Nullable String place, Object value, String path) {
    Constraint modelled = Constraint.ofShape(model.shape(target));
    if (modelled != null) {
      refuseBreach(modelled, value, path);
    }
    DocumentedLimit documented = place == null ? null : DocumentedLimits.at(place);
    if (documented == null) {
      documented = DocumentedLimits.at(target);
    }
    if (documented != null) {
      refuseBreach(documented.constraint(), value, path);
    }
    if (value instanceof String && ControlCharacters.in((String) value)) {
      throw refused(path, "Member must not contain control characters");
    }
  }

  private static void refuseBreach(Constraint constraint, Object value, String path) {
    String violation = constraint.violation(value);
    if (violation != null) {
      throw refused(path, violation);
    }
  }

  private static ApiError refused(String path, String violation) {
    return ApiError.badRequest(
        "1 validation error detected: Value at '"
            + path
            + "' failed to satisfy constraint: "
            + violation);
  }
}
