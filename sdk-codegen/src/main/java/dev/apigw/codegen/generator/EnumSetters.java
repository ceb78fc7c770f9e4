package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import java.util.List;

/**
 * The setters of an enumeration member, which the builder holds as its wire string: one takes a
 * constant, one the wire value itself, known to this version or not.
 */
record EnumSetters(BuilderMember member, ClassName enumType) implements MemberSetters {
  @Override
  public List<MethodSpec> methods() {
    return List.of(fromConstant(), fromWireValue());
  }

  private MethodSpec fromConstant() {
    return member
        .method(member.name())
        .addJavadoc(
            "Sets $L; null unsets it.\n\n@param value a known value\n@return this builder\n"
                + "@throws IllegalArgumentException for {@code UNKNOWN_TO_SDK}, which has no wire value: pass the\n"
                + "    value as a string instead\n",
            member.link())
        .addParameter(Types.nullable(enumType), "value")
        .beginControlFlow("if (value == $T.UNKNOWN_TO_SDK)", enumType)
        .addStatement(
            "throw new $T($S)",
            IllegalArgumentException.class,
            member.where()
                + ": "
                + enumType.simpleName()
                + ".UNKNOWN_TO_SDK has no wire value; pass the value as a String")
        .endControlFlow()
        .addStatement("this.$L = value == null ? null : value.value()", member.name())
        .addStatement("return this")
        .build();
  }

  private MethodSpec fromWireValue() {
    return member
        .method(member.name())
        .addJavadoc(
            "Sets $L to a raw wire value, known to this version or not; null unsets it.\n\n"
                + "@param value the wire value\n@return this builder\n",
            member.link())
        .addParameter(Types.nullable(Types.STRING), "value")
        .addStatement("this.$L = value", member.name())
        .addStatement("return this")
        .build();
  }
}
