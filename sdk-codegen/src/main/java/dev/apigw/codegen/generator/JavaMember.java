package dev.apigw.codegen.generator;

import dev.apigw.codegen.model.Location;
import dev.apigw.codegen.model.Member;

/** A member with its Java name and type resolved. */
record JavaMember(Member member, String javaName, JavaType type) {
  String wireName() {
    return member.wireName();
  }

  Location location() {
    return member.location();
  }

  boolean required() {
    return member.required();
  }

  /** Containers are held nullable under this name so that "unset" and "empty" stay apart. */
  String nullableAccessor() {
    return javaName + "OrNull";
  }

  String hasAccessor() {
    return "has" + Names.upperCamel(javaName);
  }

  /** Read as {@code Optional<T>}: neither required nor a container. */
  boolean isOptional() {
    return !required() && !type.isContainer();
  }
}
