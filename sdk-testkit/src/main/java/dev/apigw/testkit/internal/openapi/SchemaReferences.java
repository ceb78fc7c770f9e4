package dev.apigw.testkit.internal.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code $ref}s of an OpenAPI document that point at a schema of its own components that does
 * not exist: the service warns of each, and refuses the import on them with {@code failOnWarnings}.
 */
final class SchemaReferences {
  private static final String SCHEMAS = "#/components/schemas/";

  private SchemaReferences() {}

  /** A warning for each reference to a missing schema, in the order the document has them. */
  static List<String> unresolved(Map<String, Object> document) {
    Map<?, ?> schemas = schemas(document);
    List<String> warnings = new ArrayList<>();
    collect(document, schemas, warnings);
    return warnings;
  }

  private static Map<?, ?> schemas(Map<String, Object> document) {
    Object components = document.get("components");
    Object schemas = components instanceof Map ? ((Map<?, ?>) components).get("schemas") : null;
    return schemas instanceof Map ? (Map<?, ?>) schemas : Map.of();
  }

  private static void collect(Object node, Map<?, ?> schemas, List<String> warnings) {
    if (node instanceof Map) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) node).entrySet()) {
        Object value = entry.getValue();
        if ("$ref".equals(entry.getKey()) && value instanceof String) {
          String ref = (String) value;
          if (ref.startsWith(SCHEMAS) && !schemas.containsKey(ref.substring(SCHEMAS.length()))) {
            warnings.add("Unable to resolve reference " + ref);
          }
        } else {
          collect(value, schemas, warnings);
        }
      }
    } else if (node instanceof List) {
      for (Object item : (List<?>) node) {
        collect(item, schemas, warnings);
      }
    }
  }
}
