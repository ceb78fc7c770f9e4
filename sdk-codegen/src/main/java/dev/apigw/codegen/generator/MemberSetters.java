package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.List;

/** The methods of a structure's builder for one member, written by the member's kind. */
interface MemberSetters {
  List<MethodSpec> methods();

  /** The type of a member's main setter: what a user passes. */
  static TypeName parameterType(JavaType type) {
    if (type instanceof JavaType.ListOf list) {
      return ParameterizedTypeName.get(
          ClassName.get(Iterable.class), WildcardTypeName.subtypeOf(list.element().boxed()));
    }
    if (type instanceof JavaType.MapOf map) {
      return ParameterizedTypeName.get(
          Types.MAP, Types.STRING, WildcardTypeName.subtypeOf(map.value().boxed()));
    }
    return type.boxed();
  }
}
