package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the builder of a value class: its fields, {@code from(value)}, each member's setters (see
 * {@link MemberSetters}), and {@code build()}, which names the required members left unset.
 */
final class StructureBuilder {
  private StructureBuilder() {}

  static TypeSpec type(JavaStructure structure, ClassName builder) {
    ClassName self = structure.className();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(builder)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "Builds {@link $T}. Not thread-safe; {@link #build()} may be called more than once.\n",
                self)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (JavaMember member : structure.members()) {
      type.addField(
          FieldSpec.builder(Types.nullable(member.heldType()), member.javaName(), Modifier.PRIVATE)
              .build());
      if (CollectionKind.of(member.type()) != null) {
        type.addField(
            FieldSpec.builder(boolean.class, member.sharedFlag(), Modifier.PRIVATE)
                .addJavadoc(
                    "Whether {@code $L} went into a built value: it is copied before the next change.\n",
                    member.javaName())
                .build());
      }
    }
    boolean result = structure.kind() == JavaStructure.Kind.RESULT;
    boolean request = structure.kind() == JavaStructure.Kind.REQUEST;
    if (request) {
      type.addField(RequestOverrides.field(Modifier.PRIVATE));
    }
    if (result) {
      type.addField(
          FieldSpec.builder(
                  Types.nullable(Types.RESPONSE_METADATA), "responseMetadata", Modifier.PRIVATE)
              .build());
    }
    type.addMethod(fromMethod(structure, builder));
    for (JavaMember member : structure.members()) {
      type.addMethods(settersOf(new BuilderMember(member, builder, self.simpleName())).methods());
    }
    if (result) {
      type.addMethod(
          MethodSpec.methodBuilder("responseMetadata")
              .addJavadoc(
                  "Sets the HTTP status and request id, as the client does when it decodes a response.\n\n"
                      + "@param responseMetadata the metadata; null for none\n@return this builder\n")
              .addModifiers(Modifier.PUBLIC)
              .returns(builder)
              .addParameter(Types.RESPONSE_METADATA, "responseMetadata")
              .addStatement("this.responseMetadata = responseMetadata")
              .addStatement("return this")
              .build());
    }
    if (request) {
      type.addMethods(RequestOverrides.setters(builder, self));
    }
    type.addMethod(buildMethod(structure));
    return type.build();
  }

  private static MethodSpec fromMethod(JavaStructure structure, ClassName builder) {
    ClassName self = structure.className();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("from")
            .addJavadoc(
                "Sets every member that {@code value} has set; members it leaves unset keep what this builder\n"
                    + "holds.\n\n@param value the value to copy from\n@return this builder\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(self, "value")
            .beginControlFlow("if (value == null)")
            .addStatement(
                "throw new $T($S)",
                IllegalArgumentException.class,
                self.simpleName() + ".Builder.from: value must not be null")
            .endControlFlow();
    for (JavaMember member : structure.members()) {
      String name = member.javaName();
      method
          .beginControlFlow("if (value.$L != null)", name)
          .addStatement("this.$L = value.$L", name, name);
      if (CollectionKind.of(member.type()) != null) {
        method.addStatement("this.$L = true", member.sharedFlag());
      }
      method.endControlFlow();
    }
    if (structure.kind() == JavaStructure.Kind.REQUEST) {
      method
          .beginControlFlow("if (value.$L != null)", RequestOverrides.NAME)
          .addStatement("this.$L = value.$L", RequestOverrides.NAME, RequestOverrides.NAME)
          .endControlFlow();
    }
    if (structure.kind() == JavaStructure.Kind.RESULT) {
      method.addStatement("this.responseMetadata = value.responseMetadata");
    }
    return method.addStatement("return this").build();
  }

  private static MethodSpec buildMethod(JavaStructure structure) {
    ClassName self = structure.className();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(self);
    List<JavaMember> required = structure.members().stream().filter(JavaMember::required).toList();
    if (required.isEmpty()) {
      method.addJavadoc("A value with the members set so far.\n\n@return the value\n");
    } else {
      method.addJavadoc(
          "A value with the members set so far.\n\n@return the value\n"
              + "@throws IllegalStateException naming the required members that are not set\n");
      method.addStatement("$T missing = null", Types.STRING);
      for (JavaMember member : required) {
        method
            .beginControlFlow("if (this.$L == null)", member.javaName())
            .addStatement(
                "missing = missing == null ? $S : missing + $S",
                member.javaName(),
                ", " + member.javaName())
            .endControlFlow();
      }
      method
          .beginControlFlow("if (missing != null)")
          .addStatement(
              "throw new $T($S + missing)",
              IllegalStateException.class,
              "Cannot build " + self.simpleName() + ": required members not set: ")
          .endControlFlow();
    }
    return method.addStatement("return new $T(this)", self).build();
  }

  /** The setters of a member, by its kind. */
  private static MemberSetters settersOf(BuilderMember member) {
    JavaType type = member.type();
    if (type instanceof JavaType.ListOf list) {
      return new ListSetters(member, list);
    }
    if (type instanceof JavaType.MapOf map) {
      return new MapSetters(member, map);
    }
    if (type instanceof JavaType.EnumRef enumRef) {
      return new EnumSetters(member, enumRef.name());
    }
    if (type instanceof JavaType.StructureRef struct) {
      return new StructureSetters(member, struct);
    }
    return new ValueSetters(member);
  }
}
