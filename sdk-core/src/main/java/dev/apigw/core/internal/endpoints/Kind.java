package dev.apigw.core.internal.endpoints;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of value the rules work with, as far as the parser can tell them apart: enough to
 * refuse a rule set that compares a boolean with a string, or reads an attribute a URL does not
 * have, before any endpoint is resolved. At run time values are plain {@code String}, {@code
 * Boolean}, {@code Integer}, {@code List} and {@code Map}.
 */
enum Kind {
  STRING("a string"),
  BOOLEAN("a boolean"),
  INTEGER("an integer"),
  ARRAY("an array"),
  /** A record whose attributes are not known ahead (an object written in the rule set). */
  RECORD("a record"),
  /** What {@code parseURL} returns. */
  URL("a URL"),
  /** What {@code aws.partition} returns. */
  PARTITION("a partition"),
  /** What {@code aws.parseArn} returns. */
  ARN("an ARN"),
  /** Not known before run time, such as an element of an array. */
  ANY("a value");

  private final String description;

  Kind(String description) {
    this.description = description;
  }

  String description() {
    return description;
  }

  /**
   * Whether a value of kind {@code actual} may stand where this kind is expected, as far as the
   * parser knows.
   */
  boolean admits(Kind actual) {
    return this == ANY || actual == ANY || this == actual;
  }

  /** Whether the run-time {@code value} is of this kind. */
  boolean matches(Object value) {
    switch (this) {
      case STRING:
        return value instanceof String;
      case BOOLEAN:
        return value instanceof Boolean;
      case INTEGER:
        return value instanceof Integer;
      case ARRAY:
        return value instanceof List;
      case RECORD:
      case URL:
      case PARTITION:
      case ARN:
        return value instanceof Map;
      default:
        return true;
    }
  }

  /**
   * The kind of attribute {@code name} of a record of this kind: {@link #ANY} when the record's
   * attributes are not known ahead, null when this kind of record has no such attribute.
   */
  @Nullable Kind attribute(String name) {
    switch (this) {
      case URL:
        switch (name) {
          case "scheme":
          case "authority":
          case "path":
          case "normalizedPath":
            return STRING;
          case "isIp":
            return BOOLEAN;
          default:
            return null;
        }
      case PARTITION:
        switch (name) {
          case "name":
          case "dnsSuffix":
          case "dualStackDnsSuffix":
          case "implicitGlobalRegion":
            return STRING;
          case "supportsFIPS":
          case "supportsDualStack":
            return BOOLEAN;
          default:
            return null;
        }
      case ARN:
        switch (name) {
          case "partition":
          case "service":
          case "region":
          case "accountId":
            return STRING;
          case "resourceId":
            return ARRAY;
          default:
            return null;
        }
      default:
        return ANY;
    }
  }

  /** The kind of a run-time value, for messages. */
  static String describe(@Nullable Object value) {
    if (value == null) {
      return "unset";
    }
    for (Kind kind : new Kind[] {STRING, BOOLEAN, INTEGER, ARRAY, RECORD}) {
      if (kind.matches(value)) {
        return kind.description;
      }
    }
    return "a value of no rules kind";
  }
}
