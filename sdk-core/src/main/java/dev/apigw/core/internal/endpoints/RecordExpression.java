package dev.apigw.core.internal.endpoints;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An object written in the rule set, as in an endpoint's properties; its values are evaluated in
 * turn.
 */
final class RecordExpression extends Expression {
  private final Map<String, Expression> entries;

  RecordExpression(String location, Map<String, Expression> entries) {
    super(location);
    this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  @Override
  Kind kind() {
    return Kind.RECORD;
  }

  @Override
  Map<String, Object> evaluate(Scope scope) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, Expression> entry : entries.entrySet()) {
      Object value = entry.getValue().evaluate(scope);
      if (value == null) {
        throw entry.getValue().invalid("the value of '" + entry.getKey() + "' is unset");
      }
      values.put(entry.getKey(), value);
    }
    return Collections.unmodifiableMap(values);
  }
}
