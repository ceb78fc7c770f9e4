package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The setters of a structure member: the value setter, and one that builds the nested value with a
 * {@code Consumer} of its builder.
 */
record StructureSetters(BuilderMember member, JavaType.StructureRef struct)
    implements MemberSetters {
  @Override
  public List<MethodSpec> methods() {
    List<MethodSpec> methods = new ArrayList<>(new ValueSetters(member).methods());
    methods.add(fromConsumer());
    return methods;
  }

  private MethodSpec fromConsumer() {
    ClassName nested = struct.name().nestedClass("Builder");
    return member
        .method(member.name())
        .addJavadoc(
            "Sets $L to the value {@code value} builds on a new builder.\n\n"
                + "@param value sets the members of the nested value\n@return this builder\n",
            member.link())
        .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class), nested), "value")
        .addCode(member.rejectNull("value", ": value must not be null"))
        .addStatement("$T nested = $T.builder()", nested, struct.name())
        .addStatement("value.accept(nested)")
        .addStatement("this.$L = nested.build()", member.name())
        .addStatement("return this")
        .build();
  }
}
