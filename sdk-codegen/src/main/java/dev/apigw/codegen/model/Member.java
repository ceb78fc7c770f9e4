package dev.apigw.codegen.model;

import java.util.List;

/**
 * A member of a structure: its model name, the shape it holds, where it travels and under which
 * wire name, whether it is required, and the values it is limited to when the member itself
 * declares them.
 */
public record Member(
    String name,
    String target,
    Location location,
    String wireName,
    boolean required,
    List<String> enumValues) {

  public Member {
    enumValues = List.copyOf(enumValues);
  }
}
