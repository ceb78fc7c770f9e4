package dev.apigw.testkit.internal;

import java.util.Map;

/** Casts a JSON value known to be an object. */
public final class Maps {
  private Maps() {}

  @SuppressWarnings("unchecked")
  public static Map<String, Object> of(Object value) {
    return (Map<String, Object>) value;
  }
}
