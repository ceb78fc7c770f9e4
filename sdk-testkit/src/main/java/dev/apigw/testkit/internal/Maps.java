package dev.apigw.testkit.internal;

import java.util.Map;

/** Casts a JSON value known to be an object. */
final class Maps {
  private Maps() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> of(Object value) {
    return (Map<String, Object>) value;
  }
}
