package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import javax.lang.model.element.Modifier;

/**
 * A member as the methods of its structure's builder see it: they return {@code builder}, link to
 * the member's accessor on {@code valueType}, and name the member in their errors.
 */
record BuilderMember(JavaMember member, ClassName builder, String valueType) {
  String name() {
    return member.javaName();
  }

  JavaType type() {
    return member.type();
  }

  /** The Javadoc link to the member's accessor. */
  String link() {
    return "{@link " + valueType + "#" + name() + "()}";
  }

  /** {@code Type.member}, as error messages begin. */
  String where() {
    return valueType + "." + name();
  }

  /** A public method of the builder, returning it. */
  MethodSpec.Builder method(String methodName) {
    return MethodSpec.methodBuilder(methodName).addModifiers(Modifier.PUBLIC).returns(builder);
  }

  /** Code that rejects a null {@code parameter}, saying where the member is, then the problem. */
  CodeBlock rejectNull(String parameter, String problem) {
    return CodeBlock.builder()
        .beginControlFlow("if ($L == null)", parameter)
        .addStatement("throw new $T($S)", IllegalArgumentException.class, where() + problem)
        .endControlFlow()
        .build();
  }
}
