package dev.apigw.testkit.internal.openapi;

import static dev.apigw.testkit.internal.openapi.OpenApiFormat.INTEGRATION;
import static dev.apigw.testkit.internal.openapi.OpenApiFormat.INTEGRATION_FIELDS;

import dev.apigw.testkit.internal.Maps;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One operation of a path: its route key and the integration it names. */
final class PathOperation {
  final String routeKey;
  final @Nullable String operationId;
  final @Nullable Map<String, Object> integration;

  private PathOperation(
      String routeKey, @Nullable String operationId, @Nullable Map<String, Object> integration) {
    this.routeKey = routeKey;
    this.operationId = operationId;
    this.integration = integration;
  }

  static PathOperation of(
      String method, String routeKey, Map<String, Object> operation, List<String> warnings) {
    if (!(operation.get("responses") instanceof Map)) {
      warnings.add("Operation " + routeKey + " has no responses");
    }
    Map<String, Object> integration = null;
    Object extension = operation.get(INTEGRATION);
    if (extension instanceof Map) {
      Map<String, Object> x = Maps.of(extension);
      String type = String.valueOf(x.getOrDefault("type", "")).toUpperCase(Locale.ROOT);
      if (!type.equals("AWS_PROXY") && !type.equals("HTTP_PROXY")) {
        warnings.add(
            "Unsupported integration type '"
                + x.get("type")
                + "' for "
                + routeKey
                + ": it is ignored");
      } else {
        integration = new LinkedHashMap<>();
        integration.put("integrationType", type);
        for (String[] field : INTEGRATION_FIELDS) {
          Object value = x.get(field[1]);
          if (value == null) {
            continue;
          }
          if (field[0].equals("timeoutInMillis")) {
            if (value instanceof Number) {
              integration.put(field[0], ((Number) value).longValue());
            } else {
              warnings.add("timeoutInMillis of " + routeKey + " is not a number: it is ignored");
            }
          } else if (value instanceof Map || value instanceof List) {
            warnings.add(field[1] + " of " + routeKey + " is not a single value: it is ignored");
          } else {
            integration.put(
                field[0],
                value instanceof BigDecimal
                    ? ((BigDecimal) value).toPlainString()
                    : String.valueOf(value));
          }
        }
      }
    }
    Object operationId = operation.get("operationId");
    return new PathOperation(
        routeKey, operationId == null ? null : String.valueOf(operationId), integration);
  }
}
