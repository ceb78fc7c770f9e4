package dev.apigw.codegen.generator;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.apigw.codegen.model.Location;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the abstract Immutables type of each request, result and structure; Immutables generates the public
 * immutable class, its builder and its copy methods from it. Scalars read as {@code Optional} unless required;
 * lists, maps and blobs are held nullable behind a never-null accessor and a {@code hasX()} that tells whether the
 * member was set.
 */
final class StructureEmitter implements Emitter {
  @Override
  public List<JavaFile> emit(JavaService service) {
    List<JavaFile> files = new ArrayList<>();
    for (JavaStructure structure : service.structures()) {
      files.add(Emitter.file(service.modelPackage(), type(structure)));
    }
    return files;
  }

  private TypeSpec type(JavaStructure structure) {
    TypeSpec.Builder type = TypeSpec.classBuilder(structure.abstractName())
        .addModifiers(Modifier.ABSTRACT)
        .addAnnotation(Types.VALUE_IMMUTABLE)
        .addJavadoc(describe(structure));
    if (structure.kind() == JavaStructure.Kind.RESULT) {
      type.addSuperinterface(Types.SDK_RESULT);
    }
    List<JavaMember> requiredContainers = new ArrayList<>();
    for (JavaMember member : structure.members()) {
      addAccessors(type, member);
      if (member.required() && member.type().isContainer()) {
        requiredContainers.add(member);
      }
    }
    if (member(structure, Location.PAYLOAD) != null && member(structure, Location.PAYLOAD).type() instanceof JavaType.Blob) {
      JavaMember payload = member(structure, Location.PAYLOAD);
      type.addMethod(MethodSpec.methodBuilder(payload.javaName() + "AsString")
          .addJavadoc("The {@code $L} payload as UTF-8 text; empty when there was none.\n", payload.javaName())
          .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
          .returns(Types.STRING)
          .addStatement("return new String($L(), $T.UTF_8)", payload.javaName(), java.nio.charset.StandardCharsets.class)
          .build());
    }
    if (!requiredContainers.isEmpty()) {
      MethodSpec.Builder check = MethodSpec.methodBuilder("checkRequiredMembers")
          .addAnnotation(Types.VALUE_CHECK)
          .addModifiers(Modifier.FINAL);
      for (JavaMember member : requiredContainers) {
        check.beginControlFlow("if ($L() == null)", member.nullableAccessor())
            .addStatement("throw new $T($S)", IllegalStateException.class,
                "Cannot build " + structure.className().simpleName() + ", required attribute is not set: " + member.javaName())
            .endControlFlow();
      }
      type.addMethod(check.build());
    }
    if (structure.kind() == JavaStructure.Kind.RESULT) {
      type.addMethod(MethodSpec.methodBuilder("responseMetadata")
          .addJavadoc("The HTTP status and request id of the response; not part of equality.\n")
          .addAnnotation(Override.class)
          .addAnnotation(Types.VALUE_DEFAULT)
          .addAnnotation(Types.VALUE_AUXILIARY)
          .addModifiers(Modifier.PUBLIC)
          .returns(Types.RESPONSE_METADATA)
          .addStatement("return $T.none()", Types.RESPONSE_METADATA)
          .build());
    }
    return type.build();
  }

  private static JavaMember member(JavaStructure structure, Location location) {
    return structure.members().stream().filter(m -> m.location() == location).findFirst().orElse(null);
  }

  private static void addAccessors(TypeSpec.Builder type, JavaMember member) {
    String where = where(member);
    if (member.type().isContainer()) {
      type.addMethod(MethodSpec.methodBuilder(member.nullableAccessor())
          .addJavadoc("$L, or null when unset.\n", where)
          .addModifiers(Modifier.ABSTRACT)
          .addAnnotation(Types.NULLABLE)
          .returns(member.type().boxed())
          .build());
      CodeBlock empty = emptyValue(member.type());
      type.addMethod(MethodSpec.methodBuilder(member.javaName())
          .addJavadoc("$L; empty when unset (see {@link #$L()}).$L\n", where, member.hasAccessor(),
              member.required() ? " Required." : "")
          .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
          .returns(member.type().boxed())
          .addStatement("$T value = $L()", member.type().boxed(), member.nullableAccessor())
          .addStatement("return value == null ? $L : value", empty)
          .build());
      type.addMethod(MethodSpec.methodBuilder(member.hasAccessor())
          .addJavadoc("Whether {@code $L} was set, even to an empty value: an unset one is left out of the request.\n",
              member.javaName())
          .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
          .returns(boolean.class)
          .addStatement("return $L() != null", member.nullableAccessor())
          .build());
    } else if (member.required()) {
      type.addMethod(MethodSpec.methodBuilder(member.javaName())
          .addJavadoc("$L. Required.\n", where)
          .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
          .returns(member.type().unboxedIfPossible())
          .build());
    } else {
      type.addMethod(MethodSpec.methodBuilder(member.javaName())
          .addJavadoc("$L.\n", where)
          .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
          .returns(ParameterizedTypeName.get(Types.OPTIONAL, member.type().boxed()))
          .build());
    }
  }

  private static CodeBlock emptyValue(JavaType type) {
    if (type instanceof JavaType.ListOf) {
      return CodeBlock.of("$T.of()", Types.LIST);
    }
    if (type instanceof JavaType.MapOf) {
      return CodeBlock.of("$T.of()", Types.MAP);
    }
    return CodeBlock.of("new byte[0]");
  }

  private static String where(JavaMember member) {
    String name = "{@code " + member.member().name() + "}";
    switch (member.location()) {
      case PATH:
        return name + ", the URI label {@code " + member.wireName() + "}";
      case QUERY:
        return name + ", the query parameter {@code " + member.wireName() + "}";
      case HEADER:
        return name + ", the header {@code " + member.wireName() + "}";
      case PAYLOAD:
        return name + ", the whole body";
      default:
        return name + ", the JSON field {@code " + member.wireName() + "}";
    }
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
}
