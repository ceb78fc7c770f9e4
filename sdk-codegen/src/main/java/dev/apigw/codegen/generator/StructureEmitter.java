package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.apigw.codegen.model.Location;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes each request, result and structure as an immutable value class with its builder.
 *
 * <p>Members are held nullable, so "unset" and "empty" stay apart: an optional member reads as
 * {@code Optional}, a required one as its plain (or primitive) type, a list, map or blob as itself
 * (empty when unset) with a {@code hasX()}. An enumeration member is held as its wire string:
 * {@code x()} gives the enum constant ({@code UNKNOWN_TO_SDK} for a value this version does not
 * know) and {@code xAsString()} the string as it came, and the builder takes either. A builder
 * hands its lists and maps to the value it builds without copying them and copies one only when it
 * is changed after that, so decoding builds each collection once.
 */
final class StructureEmitter implements Emitter {
  private static final ClassName COLLECTIONS = ClassName.get(java.util.Collections.class);
  private static final ClassName STANDARD_CHARSETS =
      ClassName.get(java.nio.charset.StandardCharsets.class);

  @Override
  public List<JavaFile> emit(JavaService service) {
    List<JavaFile> files = new ArrayList<>();
    for (JavaStructure structure : service.structures()) {
      files.add(Emitter.file(service.modelPackage(), type(service, structure)));
    }
    return files;
  }

  private TypeSpec type(JavaService service, JavaStructure structure) {
    ClassName self = structure.className();
    ClassName builder = self.nestedClass("Builder");
    boolean result = structure.kind() == JavaStructure.Kind.RESULT;
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(describe(structure))
            .addJavadoc(
                "\n<p>Immutable and thread-safe; build one with {@link #builder()}, copy one with changes with\n"
                    + "{@link #toBuilder()}.\n");
    boolean request = structure.kind() == JavaStructure.Kind.REQUEST;
    if (result) {
      type.addSuperinterface(Types.SDK_RESULT);
    }
    if (request) {
      type.addSuperinterface(Types.SDK_REQUEST);
    }
    for (JavaMember member : structure.members()) {
      type.addField(
          FieldSpec.builder(
                  Types.nullable(member.heldType()),
                  member.javaName(),
                  Modifier.PRIVATE,
                  Modifier.FINAL)
              .build());
    }
    if (request) {
      type.addField(RequestOverrides.field(Modifier.PRIVATE, Modifier.FINAL));
    }
    if (result) {
      type.addField(Types.RESPONSE_METADATA, "responseMetadata", Modifier.PRIVATE, Modifier.FINAL);
    }
    type.addMethod(constructor(structure, builder));
    type.addMethod(
        MethodSpec.methodBuilder("builder")
            .addJavadoc("A builder with no member set.\n\n@return a new builder\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addStatement("return new Builder()")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("toBuilder")
            .addJavadoc(
                "A builder holding this value's members, to build a changed copy.\n\n@return a new builder\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addStatement("return new Builder().from(this)")
            .build());
    for (JavaMember member : structure.members()) {
      type.addMethods(accessorsOf(member, MemberFacts.describe(service.model(), member)).methods());
    }
    if (request) {
      type.addMethod(RequestOverrides.accessor());
    }
    JavaMember payload = member(structure, Location.PAYLOAD);
    if (payload != null && payload.type() instanceof JavaType.Blob) {
      type.addMethod(
          MethodSpec.methodBuilder(payload.javaName() + "AsString")
              .addJavadoc(
                  "The {@code $L} payload as UTF-8 text; empty when there was none.\n\n@return the text\n",
                  payload.javaName())
              .addModifiers(Modifier.PUBLIC)
              .returns(Types.STRING)
              .addStatement(
                  "return $L == null ? $S : new String($L, $T.UTF_8)",
                  payload.javaName(),
                  "",
                  payload.javaName(),
                  STANDARD_CHARSETS)
              .build());
    }
    if (result) {
      type.addMethod(
          MethodSpec.methodBuilder("responseMetadata")
              .addJavadoc(
                  "The HTTP status and request id of the response; not part of equality.\n\n"
                      + "@return the metadata, {@link $T#none()} for a value not decoded from a response\n",
                  Types.RESPONSE_METADATA)
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(Types.RESPONSE_METADATA)
              .addStatement("return responseMetadata")
              .build());
    }
    for (JavaMember member : structure.members()) {
      type.addMethod(withMethod(self, member));
    }
    type.addMethod(ObjectMethods.equalsMethod(structure));
    type.addMethod(ObjectMethods.hashCodeMethod(structure));
    type.addMethod(ObjectMethods.toStringMethod(structure));
    type.addType(StructureBuilder.type(structure, builder));
    return type.build();
  }

  private static MethodSpec constructor(JavaStructure structure, ClassName builder) {
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(builder, "builder");
    for (JavaMember member : structure.members()) {
      String name = member.javaName();
      CollectionKind kind = CollectionKind.of(member.type());
      if (kind != null) {
        constructor.addStatement(
            "this.$L = builder.$L == null ? null : builder.$L.isEmpty() ? $T.of() : $T.$L(builder.$L)",
            name,
            name,
            name,
            kind.type(),
            COLLECTIONS,
            kind.named("unmodifiable"),
            name);
        constructor.addStatement("builder.$L = true", member.sharedFlag());
      } else {
        constructor.addStatement("this.$L = builder.$L", name, name);
      }
    }
    if (structure.kind() == JavaStructure.Kind.REQUEST) {
      constructor.addStatement(
          "this.$L = builder.$L", RequestOverrides.NAME, RequestOverrides.NAME);
    }
    if (structure.kind() == JavaStructure.Kind.RESULT) {
      constructor.addStatement(
          "this.responseMetadata = builder.responseMetadata == null ? $T.none() : "
              + "builder.responseMetadata",
          Types.RESPONSE_METADATA);
    }
    return constructor.build();
  }

  private static MethodSpec withMethod(ClassName self, JavaMember member) {
    String name = member.javaName();
    return MethodSpec.methodBuilder("with" + Names.upperCamel(name))
        .addJavadoc(
            "A copy of this value with {@code $L} set to {@code value} (unset when it is null).\n\n"
                + "@param value the new value\n@return the copy\n",
            name)
        .addModifiers(Modifier.PUBLIC)
        .returns(self)
        .addParameter(MemberSetters.parameterType(member.type()), "value")
        .addStatement("return toBuilder().$L(value).build()", name)
        .build();
  }

  private static JavaMember member(JavaStructure structure, Location location) {
    return structure.members().stream()
        .filter(m -> m.location() == location)
        .findFirst()
        .orElse(null);
  }

  private static String describe(JavaStructure structure) {
    switch (structure.kind()) {
      case REQUEST:
        return "The input of an operation; model shape {@code " + structure.shapeName() + "}.\n";
      case RESULT:
        return structure.members().isEmpty() && !structure.shapeName().endsWith("Response")
            ? "The result of an operation that returns no members.\n"
            : "The output of an operation; model shape {@code " + structure.shapeName() + "}.\n";
      default:
        return "The model structure {@code " + structure.shapeName() + "}.\n";
    }
  }

  /**
   * @param facts the member's Javadoc from the model (see {@link MemberFacts})
   */
  private static MemberAccessors accessorsOf(JavaMember member, String facts) {
    if (member.type().isContainer()) {
      return new ContainerAccessors(member, facts);
    }
    if (member.type() instanceof JavaType.EnumRef enumRef) {
      return new EnumAccessors(member, facts, enumRef.name());
    }
    return new ValueAccessors(member, facts);
  }
}
