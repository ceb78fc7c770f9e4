package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes one JSON codec per value type, on Jackson's streaming API: no reflection, no object
 * mapper. A codec reads and writes the members that travel in the JSON body, by wire name. Absent
 * members are not written; on reading, unknown fields are skipped and {@code null} means absent.
 */
final class CodecEmitter implements Emitter {
  private static final ClassName STREAM_READ_EXCEPTION =
      ClassName.get("com.fasterxml.jackson.core.exc", "StreamReadException");
  private static final ClassName JSON_PARSE_EXCEPTION =
      ClassName.get("com.fasterxml.jackson.core", "JsonParseException");

  @Override
  public List<JavaFile> emit(JavaService service) {
    List<JavaFile> files = new ArrayList<>();
    for (JavaStructure structure : service.structures()) {
      files.add(Emitter.file(service.internalPackage(), codec(structure)));
    }
    return files;
  }

  private TypeSpec codec(JavaStructure structure) {
    ClassName value = structure.className();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(structure.codec())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc("Reads and writes the JSON body of {@link $T}.\n", value)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(write(structure));
    if (structure.kind() != JavaStructure.Kind.REQUEST) {
      type.addMethod(
          MethodSpec.methodBuilder("read")
              .addJavadoc(
                  "Reads a whole $L; the parser is on its {@code START_OBJECT} and is left on its {@code END_OBJECT}.\n",
                  value.simpleName())
              .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
              .returns(value)
              .addParameter(Types.JSON_PARSER, "in")
              .addException(Types.IO_EXCEPTION)
              .addStatement("$T builder = $T.builder()", builder(value), value)
              .addStatement("readInto(in, builder)")
              .addStatement("return builder.build()")
              .build());
    }
    return type.addMethod(readInto(structure)).build();
  }

  private static ClassName builder(ClassName value) {
    return value.nestedClass("Builder");
  }

  private MethodSpec write(JavaStructure structure) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("write")
            .addJavadoc(
                "Writes the members of {@code object} that travel in the JSON body, as one JSON object. Fails with\n"
                    + "{@link IllegalArgumentException} when a member the model requires of a sent shape is unset.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(Types.JSON_GENERATOR, "out")
            .addParameter(structure.className(), "object")
            .addException(Types.IO_EXCEPTION);
    for (JavaMember member : structure.members()) {
      if (!member.requiredWhenSent()) {
        continue;
      }
      CodeBlock unset =
          member.type().isContainer()
              ? CodeBlock.of("!object.$L()", member.hasAccessor())
              : CodeBlock.of("!object.$L().isPresent()", member.javaName());
      method
          .beginControlFlow("if ($L)", unset)
          .addStatement(
              "throw new $T($S)",
              IllegalArgumentException.class,
              "Cannot send "
                  + structure.className().simpleName()
                  + ": the required member "
                  + member.javaName()
                  + " is not set")
          .endControlFlow();
    }
    method.addStatement("out.writeStartObject()");
    for (JavaMember member : structure.bodyMembers()) {
      method.addCode(JsonWriteCode.member(member));
    }
    return method.addStatement("out.writeEndObject()").build();
  }

  private MethodSpec readInto(JavaStructure structure) {
    String typeName = structure.className().simpleName();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("readInto")
            .addJavadoc(
                "Reads the body members of a $L object into {@code builder}; the parser is on the object's\n"
                    + "{@code START_OBJECT} and is left on its {@code END_OBJECT}.\n",
                typeName)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(Types.JSON_PARSER, "in")
            .addParameter(builder(structure.className()), "builder")
            .addException(Types.IO_EXCEPTION)
            .addStatement("$T.expectObject(in, $S)", Types.JSON_READS, typeName)
            .addStatement("$T token", Types.JSON_TOKEN)
            .beginControlFlow("while ((token = in.nextToken()) != $T.END_OBJECT)", Types.JSON_TOKEN)
            .beginControlFlow("if (token != $T.FIELD_NAME)", Types.JSON_TOKEN)
            .addStatement(
                "throw new $T(in, $S)",
                JSON_PARSE_EXCEPTION,
                "The JSON ends inside a " + typeName + " object")
            .endControlFlow()
            .addStatement("String field = in.currentName()")
            .beginControlFlow("if (in.nextToken() == $T.VALUE_NULL)", Types.JSON_TOKEN)
            .addStatement("continue")
            .endControlFlow();
    List<JavaMember> members = structure.bodyMembers();
    if (members.isEmpty()) {
      method.addStatement("in.skipChildren()");
    } else {
      method.beginControlFlow("try").beginControlFlow("switch (field)");
      for (JavaMember member : members) {
        method
            .addCode("case $S:\n$>", member.wireName())
            .addCode(JsonReadCode.member(member))
            .addStatement("break")
            .addCode("$<");
      }
      method.addCode("default:\n$>").addStatement("in.skipChildren()").addCode("$<");
      method
          .endControlFlow()
          .nextControlFlow("catch ($T e)", STREAM_READ_EXCEPTION)
          .addStatement("throw $T.inMember(in, $S, field, e)", Types.JSON_READS, typeName)
          .endControlFlow();
    }
    return method.endControlFlow().build();
  }
}
