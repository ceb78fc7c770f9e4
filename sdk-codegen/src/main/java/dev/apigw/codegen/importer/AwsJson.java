package dev.apigw.codegen.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * Strict reading of AWS's model JSON: a field the importer needs must be there, and a key it does
 * not know fails the import.
 */
final class AwsJson {
  /** Keys that carry no facts, wherever they are. */
  private static final Set<String> IGNORED_KEYS =
      Set.of("documentation", "deprecated", "deprecatedMessage");

  private AwsJson() {}

  static void checkKeys(String where, JsonNode node, Set<String> known) {
    node.fieldNames()
        .forEachRemaining(
            key -> {
              if (!known.contains(key) && !IGNORED_KEYS.contains(key)) {
                throw new IllegalArgumentException(
                    "The AWS model has '"
                        + key
                        + "' in "
                        + where
                        + ", which this importer does not know");
              }
            });
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isValueNode()) {
      throw new IllegalArgumentException("The AWS model lacks '" + field + "' in " + node);
    }
    return value.asText();
  }
}
