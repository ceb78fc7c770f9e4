package dev.apigw.codegen.generator;

import com.palantir.javapoet.MethodSpec;
import java.util.List;

/** The setter of a scalar, timestamp, blob or structure member; a blob's copies the bytes. */
record ValueSetters(BuilderMember member) implements MemberSetters {
  @Override
  public List<MethodSpec> methods() {
    return List.of(member.type() instanceof JavaType.Blob ? blob() : value());
  }

  private MethodSpec value() {
    return member
        .method(member.name())
        .addJavadoc(
            "Sets $L; null unsets it.\n\n@param value the value\n@return this builder\n",
            member.link())
        .addParameter(Types.nullable(member.type().boxed()), "value")
        .addStatement("this.$L = value", member.name())
        .addStatement("return this")
        .build();
  }

  private MethodSpec blob() {
    return member
        .method(member.name())
        .addJavadoc(
            "Sets $L to a copy of {@code bytes}; null unsets it.\n\n@param bytes the bytes\n"
                + "@return this builder\n",
            member.link())
        .addParameter(Types.nullable(member.type().boxed()), "bytes")
        .addStatement("this.$L = bytes == null ? null : bytes.clone()", member.name())
        .addStatement("return this")
        .build();
  }
}
