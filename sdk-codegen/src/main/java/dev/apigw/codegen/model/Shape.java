package dev.apigw.codegen.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A named shape. Which fields are meaningful depends on the type: members for structures, enum
 * values and a pattern for strings, min and max for numbers, the timestamp format, the element
 * shape of lists, the key and value shapes of maps, and the HTTP status of error structures.
 */
public record Shape(
    String name,
    ShapeType type,
    List<Member> members,
    List<String> enumValues,
    Optional<Long> min,
    Optional<Long> max,
    Optional<String> pattern,
    Optional<String> timestampFormat,
    Optional<String> listMember,
    Optional<String> mapKey,
    Optional<String> mapValue,
    OptionalInt errorStatus) {

  public Shape {
    members = List.copyOf(members);
    enumValues = List.copyOf(enumValues);
  }

  public boolean isEnum() {
    return type == ShapeType.STRING && !enumValues.isEmpty();
  }

  public boolean isError() {
    return errorStatus.isPresent();
  }

  public Optional<Member> member(String memberName) {
    return members.stream().filter(m -> m.name().equals(memberName)).findFirst();
  }
}
