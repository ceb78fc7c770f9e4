package dev.apigw.core;

import org.jspecify.annotations.Nullable;

/**
 * A string enumeration of a service, implemented by the generated enums. A value an SDK version
 * does not know is its enum's {@code UNKNOWN_TO_SDK}; the value type that holds it keeps the wire
 * string as it came (its {@code xAsString()} accessor) and sends it back unchanged.
 */
public interface WireEnum {
  /**
   * The value exactly as it is on the wire.
   *
   * @return the wire value; null for {@code UNKNOWN_TO_SDK}, which stands for any value this
   *     version does not know
   */
  @Nullable String value();

  /**
   * Whether this is one of the values this SDK version knows.
   *
   * @return false only for {@code UNKNOWN_TO_SDK}
   */
  boolean isKnown();
}
