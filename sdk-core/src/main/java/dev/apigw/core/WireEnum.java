package dev.apigw.core;

/**
 * A value of a string enumeration of the service. Values this SDK version does not know are kept as they came and
 * sent back unchanged.
 */
public interface WireEnum {
  /** The value exactly as it is on the wire. */
  String value();

  /** Whether this SDK version knows the value. */
  boolean isKnown();
}
