package dev.apigw.testkit.internal.rules;

import dev.apigw.testkit.internal.store.Resource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an update changes a parameter mapping: the entries sent are merged into the mapping stored,
 * and an entry sent as {@code ""} is removed from it, as the service documents for removing one
 * mapping without resending the others.
 */
final class ParameterMappingUpdate {
  /** The parameter-mapping members of routes, route responses, integrations and their responses. */
  static final List<String> MEMBERS = List.of("requestParameters", "responseParameters");

  private ParameterMappingUpdate() {}

  /** The members to store for an update of {@code existing} that sent {@code sent}. */
  static Map<String, Object> merged(Resource existing, Map<String, Object> sent) {
    Map<String, Object> result = new LinkedHashMap<>(sent);
    for (String member : MEMBERS) {
      Object entries = sent.get(member);
      Object stored = existing.fields().get(member);
      if (entries instanceof Map && !((Map<?, ?>) entries).isEmpty()) {
        Map<Object, Object> mapping = new LinkedHashMap<>();
        if (stored instanceof Map) {
          mapping.putAll((Map<?, ?>) stored);
        }
        ((Map<?, ?>) entries)
            .forEach(
                (key, value) -> {
                  if ("".equals(value)) {
                    mapping.remove(key);
                  } else {
                    mapping.put(key, value);
                  }
                });
        result.put(member, mapping);
      }
    }
    return result;
  }
}
