package dev.apigw.codegen.generator;

import com.palantir.javapoet.MethodSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The accessors of a list, map or blob member: the value, empty when unset, and {@code hasX()},
 * which tells unset from empty.
 */
record ContainerAccessors(JavaMember member, String facts) implements MemberAccessors {
  @Override
  public List<MethodSpec> methods() {
    return List.of(value(), has());
  }

  private MethodSpec value() {
    String name = member.javaName();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addJavadoc("$L Empty when unset (see {@link #$L()}).\n\n", facts, member.hasAccessor())
            .addModifiers(Modifier.PUBLIC)
            .returns(member.type().boxed());
    CollectionKind kind = CollectionKind.of(member.type());
    if (kind == null) {
      return method
          .addJavadoc("@return a copy of the bytes\n")
          .addStatement("return $L == null ? new byte[0] : $L.clone()", name, name)
          .build();
    }
    return method
        .addJavadoc("@return the unmodifiable $L\n", kind.noun())
        .addStatement("return $L == null ? $T.of() : $L", name, kind.type(), name)
        .build();
  }

  private MethodSpec has() {
    return MethodSpec.methodBuilder(member.hasAccessor())
        .addJavadoc(
            "Whether {@code $L} was set, even to an empty value: an unset one is left out of a request.\n\n"
                + "@return true when set\n",
            member.javaName())
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addStatement("return $L != null", member.javaName())
        .build();
  }
}
