package dev.apigw.codegen.model;

import java.util.Locale;

/** Where a member of an operation's input or output travels. */
public enum Location {
  /** A label of the URI template. */
  PATH,
  /** A query-string parameter. */
  QUERY,
  /** An HTTP header. */
  HEADER,
  /** A field of the JSON body. */
  BODY,
  /** The whole body, raw. */
  PAYLOAD;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Location fromWireName(String name) {
    for (Location location : values()) {
      if (location.wireName().equals(name)) {
        return location;
      }
    }
    throw new IllegalArgumentException("Unknown member location: " + name);
  }
}
