package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.Arrays;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * The {@code equals}, {@code hashCode} and {@code toString} of a value class, over its members; a
 * result's response metadata takes no part.
 */
final class ObjectMethods {
  private ObjectMethods() {}

  static MethodSpec equalsMethod(JavaStructure structure) {
    ClassName self = structure.className();
    MethodSpec.Builder method =
        overriding("equals", TypeName.BOOLEAN)
            .addJavadoc(
                structure.kind() == JavaStructure.Kind.REQUEST
                    ? "Equal when every member is; {@code overrideConfiguration} is not compared.\n"
                    : "Equal when every member is; {@code responseMetadata} is not compared.\n")
            .addParameter(Types.nullable(ClassName.OBJECT), "other")
            .beginControlFlow("if (this == other)")
            .addStatement("return true")
            .endControlFlow()
            .beginControlFlow("if (!(other instanceof $T))", self)
            .addStatement("return false")
            .endControlFlow();
    if (structure.members().isEmpty()) {
      return method.addStatement("return true").build();
    }
    method.addStatement("$T that = ($T) other", self, self);
    CodeBlock.Builder same = CodeBlock.builder();
    for (JavaMember member : structure.members()) {
      if (!same.isEmpty()) {
        same.add("\n&& ");
      }
      same.add(
          "$T.$L(this.$L, that.$L)",
          helpers(member),
          "equals",
          member.javaName(),
          member.javaName());
    }
    return method.addStatement("return $L", same.build()).build();
  }

  static MethodSpec hashCodeMethod(JavaStructure structure) {
    MethodSpec.Builder method =
        overriding("hashCode", TypeName.INT)
            .addStatement("int h = $L", structure.className().simpleName().hashCode());
    for (JavaMember member : structure.members()) {
      method.addStatement("h = 31 * h + $T.hashCode(this.$L)", helpers(member), member.javaName());
    }
    return method.addStatement("return h").build();
  }

  /** The members that are set, by Java name; a blob by its length only. */
  static MethodSpec toStringMethod(JavaStructure structure) {
    MethodSpec.Builder method =
        overriding("toString", Types.STRING)
            .addStatement(
                "$T text = new $T($S)",
                StringBuilder.class,
                StringBuilder.class,
                structure.className().simpleName() + "{");
    for (JavaMember member : structure.members()) {
      String name = member.javaName();
      CodeBlock value =
          member.type() instanceof JavaType.Blob
              ? CodeBlock.of("$S).append(this.$L.length).append($S", "<", name, " bytes>")
              : CodeBlock.of("this.$L", name);
      method
          .beginControlFlow("if (this.$L != null)", name)
          .addStatement(
              "text.append(text.length() == $L ? $S : $S).append($L)",
              structure.className().simpleName().length() + 1,
              name + "=",
              ", " + name + "=",
              value)
          .endControlFlow();
    }
    return method.addStatement("return text.append('}').toString()").build();
  }

  private static MethodSpec.Builder overriding(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }

  /** Where a member's {@code equals} and {@code hashCode} are: a blob's compare its bytes. */
  private static ClassName helpers(JavaMember member) {
    return ClassName.get(member.type() instanceof JavaType.Blob ? Arrays.class : Objects.class);
  }
}
