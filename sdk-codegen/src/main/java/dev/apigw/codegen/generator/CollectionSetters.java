package dev.apigw.codegen.generator;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import javax.lang.model.element.Modifier;

/**
 * What the setters of a list member and of a map member share: the setter that replaces the
 * collection, the method that adds a whole collection, and the private {@code xForChange()} that
 * every change goes through.
 *
 * @param parameterDoc the Javadoc {@code @param} line of the contents
 */
record CollectionSetters(BuilderMember member, CollectionKind kind, String parameterDoc) {
  /** The Javadoc tags of a method that takes the contents. */
  String tags() {
    return parameterDoc + "@return this builder\n";
  }

  /**
   * The setter that replaces the collection: null unsets the member; anything else goes into a new
   * collection through the method that adds a whole one.
   *
   * @param contents what the member is set to, as the Javadoc says it
   */
  MethodSpec replace(String contents) {
    String name = member.name();
    String parameter = kind.parameter();
    return member
        .method(name)
        .addJavadoc("Sets $L to $L; null unsets it.\n\n$L", member.link(), contents, tags())
        .addParameter(Types.nullable(MemberSetters.parameterType(member.type())), parameter)
        .beginControlFlow("if ($L == null)", parameter)
        .addStatement("this.$L = null", name)
        .addStatement("return this")
        .endControlFlow()
        .addStatement("this.$L = new $T<>()", name, kind.implementation())
        .addStatement("this.$L = false", member.member().sharedFlag())
        .addStatement("return $L($L)", kind.addAll(name), parameter)
        .build();
  }

  /**
   * The method that adds a whole collection, which must not be null, with {@code addEach}.
   *
   * @param summary the Javadoc's first paragraph, {@code $L} standing for the member's link
   */
  MethodSpec addAll(String summary, CodeBlock addEach) {
    String parameter = kind.parameter();
    return member
        .method(kind.addAll(member.name()))
        .addJavadoc(summary, member.link())
        .addJavadoc("$L", tags())
        .addParameter(MemberSetters.parameterType(member.type()), parameter)
        .addCode(member.rejectNull(parameter, ": " + parameter + " must not be null"))
        .addCode(addEach)
        .addStatement("return this")
        .build();
  }

  /**
   * The builder's private {@code xForChange()}: the member's collection, ready to change; a new one
   * when unset, a copy when it went into a built value (which keeps the one it was handed).
   */
  MethodSpec forChange() {
    String name = member.name();
    String shared = member.member().sharedFlag();
    return MethodSpec.methodBuilder(name + "ForChange")
        .addModifiers(Modifier.PRIVATE)
        .returns(member.type().boxed())
        .beginControlFlow("if ($L == null)", name)
        .addStatement("$L = new $T<>()", name, kind.implementation())
        .nextControlFlow("else if ($L)", shared)
        .addStatement("$L = new $T<>($L)", name, kind.implementation(), name)
        .endControlFlow()
        .addStatement("$L = false", shared)
        .addStatement("return $L", name)
        .build();
  }
}
