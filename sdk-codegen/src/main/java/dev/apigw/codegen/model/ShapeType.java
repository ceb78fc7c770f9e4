package dev.apigw.codegen.model;

import java.util.Locale;

/** The kinds of shape the model knows. */
public enum ShapeType {
  STRUCTURE,
  STRING,
  BOOLEAN,
  INTEGER,
  LONG,
  DOUBLE,
  TIMESTAMP,
  BLOB,
  LIST,
  MAP;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ShapeType fromWireName(String name) {
    for (ShapeType type : values()) {
      if (type.wireName().equals(name)) {
        return type;
      }
    }
    throw new IllegalArgumentException("Unknown shape type: " + name);
  }
}
