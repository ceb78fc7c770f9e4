package dev.apigw.codegen.generator;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The accessor of a scalar, timestamp or structure member: a required one's returns the value (a
 * primitive where there is one), an optional one's an {@code Optional}.
 */
record ValueAccessors(JavaMember member, String facts) implements MemberAccessors {
  @Override
  public List<MethodSpec> methods() {
    String name = member.javaName();
    MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC);
    if (member.required()) {
      method
          .addJavadoc("$L\n\n@return the value\n", facts)
          .returns(member.type().unboxedIfPossible())
          .addStatement("return $L", name);
    } else {
      method
          .addJavadoc("$L Empty when unset.\n\n@return the value\n", facts)
          .returns(ParameterizedTypeName.get(Types.OPTIONAL, member.type().boxed()))
          .addStatement("return $T.ofNullable($L)", Types.OPTIONAL, name);
    }
    return List.of(method.build());
  }
}
