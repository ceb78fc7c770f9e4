package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The accessors of an enumeration member, which the value class holds as its wire string. One gives
 * the constant, {@code UNKNOWN_TO_SDK} for a value this version does not know; the other, named
 * {@code xAsString()}, gives the string as it came. An optional member's return {@code Optional}s.
 */
record EnumAccessors(JavaMember member, String facts, ClassName enumType)
    implements MemberAccessors {
  @Override
  public List<MethodSpec> methods() {
    String name = member.javaName();
    MethodSpec.Builder constant = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC);
    MethodSpec.Builder wireValue =
        MethodSpec.methodBuilder(name + "AsString").addModifiers(Modifier.PUBLIC);
    if (member.required()) {
      constant
          .addJavadoc(
              "$L\n\n@return the constant, {@code UNKNOWN_TO_SDK} for a value this version does not know "
                  + "(see {@link #$LAsString()})\n",
              facts,
              name)
          .returns(enumType)
          .addStatement("return $T.fromValue($L)", enumType, name);
      wireValue
          .addJavadoc(
              "The {@code $L} member exactly as it is on the wire.\n\n@return the wire value\n",
              name)
          .returns(Types.STRING)
          .addStatement("return $L", name);
    } else {
      constant
          .addJavadoc(
              "$L Empty when unset.\n\n@return the constant, {@code UNKNOWN_TO_SDK} for a value this version "
                  + "does not know (see {@link #$LAsString()})\n",
              facts,
              name)
          .returns(ParameterizedTypeName.get(Types.OPTIONAL, enumType))
          .addStatement(
              "return $L == null ? $T.empty() : $T.of($T.fromValue($L))",
              name,
              Types.OPTIONAL,
              Types.OPTIONAL,
              enumType,
              name);
      wireValue
          .addJavadoc(
              "The {@code $L} member exactly as it is on the wire; empty when unset.\n\n"
                  + "@return the wire value\n",
              name)
          .returns(ParameterizedTypeName.get(Types.OPTIONAL, Types.STRING))
          .addStatement("return $T.ofNullable($L)", Types.OPTIONAL, name);
    }
    return List.of(constant.build(), wireValue.build());
  }
}
