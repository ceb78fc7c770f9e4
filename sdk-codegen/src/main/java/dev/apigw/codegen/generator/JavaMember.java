package dev.apigw.codegen.generator;

import com.palantir.javapoet.TypeName;
import dev.apigw.codegen.model.Location;
import dev.apigw.codegen.model.Member;

/**
 * A member with its Java name and type resolved. {@code required} is whether the Java type enforces
 * the member: the model's required flag, honoured only in shapes no operation returns, since
 * decoding a response must never fail on a member the service left out. {@code requiredWhenSent} is
 * the model's flag for a shape that requests and responses share: the type lets it be unset, and
 * writing it into a request fails, before any I/O, when it is.
 */
record JavaMember(
    Member member, String javaName, JavaType type, boolean required, boolean requiredWhenSent) {
  String wireName() {
    return member.wireName();
  }

  Location location() {
    return member.location();
  }

  String hasAccessor() {
    return "has" + Names.upperCamel(javaName);
  }

  /**
   * The builder's flag that its list or map went into a built value, which keeps it: the builder
   * copies it before the next change.
   */
  String sharedFlag() {
    return javaName + "Shared";
  }

  /** How a value class and its builder hold the member: an enumeration as its wire string. */
  TypeName heldType() {
    return type instanceof JavaType.EnumRef ? Types.STRING : type.boxed();
  }

  /** Read as {@code Optional<T>}: neither required nor a container. */
  boolean isOptional() {
    return !required() && !type.isContainer();
  }
}
