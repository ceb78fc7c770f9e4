package dev.apigw.testkit.internal.http;

import dev.apigw.testkit.internal.ApiError;
import dev.apigw.testkit.internal.CallInput;
import dev.apigw.testkit.internal.JsonTree;
import dev.apigw.testkit.internal.Maps;
import dev.apigw.testkit.internal.ModelIndex;
import dev.apigw.testkit.internal.OperationBinding;
import dev.apigw.testkit.internal.constraints.RequestConstraints;
import java.io.IOException;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a request into a {@link CallInput} and checks it against the operation's input shape as the
 * service does: a required member that is missing, a value of the wrong type or an enum value the
 * model does not list is a {@code BadRequestException} that names the member; then every value is
 * held to the model's constraints and the documented limits ({@link RequestConstraints}).
 */
public final class InputReader {
  private final ModelIndex model;
  private final RequestConstraints constraints;

  public InputReader(ModelIndex model) {
    this.model = model;
    this.constraints = new RequestConstraints(model);
  }

  public CallInput read(
      OperationBinding operation,
      Map<String, String> labels,
      Map<String, List<String>> query,
      byte[] body) {
    Map<String, Object> json = new LinkedHashMap<>();
    if (body.length > 0) {
      Object parsed;
      try {
        parsed = JsonTree.parse(body);
      } catch (IOException e) {
        throw new ApiError(
            400,
            "BadRequestException",
            "Could not parse request body into json: " + e.getMessage());
      }
      if (!(parsed instanceof Map)) {
        throw ApiError.badRequest("The request body must be a JSON object");
      }
      json.putAll(Maps.of(parsed));
    }
    CallInput in =
        new CallInput(operation, labels, query, json, model.bodyWireNames(operation.input()));
    check(operation.input(), in);
    constraints.check(operation.input(), in);
    return in;
  }

  private void check(String inputShape, CallInput in) {
    for (Map.Entry<String, Map<String, Object>> entry : model.members(inputShape).entrySet()) {
      Map<String, Object> member = entry.getValue();
      String location = (String) member.get("location");
      String wireName = (String) member.get("wireName");
      String target = (String) member.get("target");
      boolean required = Boolean.TRUE.equals(member.get("required"));
      Object value;
      switch (location) {
        case "body":
          value = in.body().get(wireName);
          if (value != null) {
            checkValue(target, value, wireName);
          }
          break;
        case "query":
          value = in.query(wireName);
          if (value != null) {
            checkQuery(target, (String) value, wireName);
          }
          break;
        case "path":
          value = in.labels().get(wireName);
          if (value != null) {
            checkQuery(target, (String) value, wireName);
          }
          break;
        default:
          value = null;
          break;
      }
      if (required && value == null) {
        throw ApiError.badRequest("Invalid input: " + wireName + " is required but was not given");
      }
    }
  }

  private void checkQuery(String target, String value, String memberName) {
    List<String> values = model.enumValues(target);
    if (!values.isEmpty() && !values.contains(value)) {
      throw invalidEnum(memberName, value, values);
    }
    String type = (String) model.shape(target).get("type");
    if ("boolean".equals(type)
        && !value.equalsIgnoreCase("true")
        && !value.equalsIgnoreCase("false")) {
      throw ApiError.badRequest(
          "Invalid input: " + memberName + " must be true or false, not '" + value + "'");
    }
  }

  private void checkValue(String target, Object value, String memberName) {
    Map<String, Object> shape = model.shape(target);
    String type = (String) shape.get("type");
    switch (type) {
      case "string":
        {
          if (!(value instanceof String)) {
            throw wrongType(memberName, "a string", value);
          }
          List<String> values = model.enumValues(target);
          if (!values.isEmpty() && !values.contains(value)) {
            throw invalidEnum(memberName, (String) value, values);
          }
          break;
        }
      case "boolean":
        if (!(value instanceof Boolean)) {
          throw wrongType(memberName, "true or false", value);
        }
        break;
      case "integer":
      case "long":
        if (!(value instanceof Long || value instanceof BigInteger)) {
          throw wrongType(memberName, "an integer", value);
        }
        break;
      case "double":
        if (!(value instanceof Number)) {
          throw wrongType(memberName, "a number", value);
        }
        break;
      case "timestamp":
        if (!(value instanceof String || value instanceof Number)) {
          throw wrongType(memberName, "a timestamp", value);
        }
        break;
      case "list":
        if (!(value instanceof List)) {
          throw wrongType(memberName, "a list", value);
        }
        for (Object element : (List<?>) value) {
          if (element == null) {
            throw ApiError.badRequest("Invalid input: " + memberName + " must not hold null");
          }
          checkValue((String) shape.get("member"), element, memberName);
        }
        break;
      case "map":
        if (!(value instanceof Map)) {
          throw wrongType(memberName, "an object", value);
        }
        for (Object element : Maps.of(value).values()) {
          if (element != null) {
            checkValue((String) shape.get("value"), element, memberName);
          }
        }
        break;
      case "structure":
        if (!(value instanceof Map)) {
          throw wrongType(memberName, "an object", value);
        }
        for (Map.Entry<String, Map<String, Object>> entry : model.members(target).entrySet()) {
          Object nested = Maps.of(value).get((String) entry.getValue().get("wireName"));
          if (nested != null) {
            checkValue(
                (String) entry.getValue().get("target"),
                nested,
                memberName + "." + entry.getValue().get("wireName"));
          } else if (Boolean.TRUE.equals(entry.getValue().get("required"))) {
            throw ApiError.badRequest(
                "Invalid input: "
                    + memberName
                    + "."
                    + entry.getValue().get("wireName")
                    + " is required");
          }
        }
        break;
      default:
        break;
    }
  }

  private static ApiError wrongType(String memberName, String expected, Object value) {
    return ApiError.badRequest(
        "Invalid input: " + memberName + " must be " + expected + ", not " + value);
  }

  /** In the form of the model's other constraints, naming the member by its wire name. */
  private static ApiError invalidEnum(String wirePath, String value, List<String> values) {
    return ApiError.badRequest(
        "1 validation error detected: Value at '"
            + wirePath
            + "' failed to satisfy constraint: Member must satisfy enum value set: "
            + values);
  }
}
