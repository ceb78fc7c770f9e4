package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.Collections;
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
      if (member.type() instanceof JavaType.EnumRef) {
        // Written as held: the wire string, also one this version does not know.
        String accessor = member.javaName() + "AsString";
        if (member.required()) {
          method
              .addStatement("out.writeFieldName($S)", member.wireName())
              .addStatement("out.writeString(object.$L())", accessor);
        } else {
          method
              .addStatement(
                  "$T $L = object.$L()",
                  ParameterizedTypeName.get(Types.OPTIONAL, Types.STRING),
                  member.javaName(),
                  accessor)
              .beginControlFlow("if ($L.isPresent())", member.javaName())
              .addStatement("out.writeFieldName($S)", member.wireName())
              .addStatement("out.writeString($L.get())", member.javaName())
              .endControlFlow();
        }
      } else if (member.type().isContainer()) {
        method
            .beginControlFlow("if (object.$L())", member.hasAccessor())
            .addStatement("out.writeFieldName($S)", member.wireName())
            .addStatement(writeValue(member.type(), CodeBlock.of("object.$L()", member.javaName())))
            .endControlFlow();
      } else if (member.required()) {
        method
            .addStatement("out.writeFieldName($S)", member.wireName())
            .addStatement(
                writeValue(member.type(), CodeBlock.of("object.$L()", member.javaName())));
      } else {
        method
            .addStatement(
                "$T $L = object.$L()",
                ParameterizedTypeName.get(Types.OPTIONAL, member.type().boxed()),
                member.javaName(),
                member.javaName())
            .beginControlFlow("if ($L.isPresent())", member.javaName())
            .addStatement("out.writeFieldName($S)", member.wireName())
            .addStatement(writeValue(member.type(), CodeBlock.of("$L.get()", member.javaName())))
            .endControlFlow();
      }
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
            .addCode(readMember(member))
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

  /** A statement that writes {@code value} of {@code type} to {@code out}. */
  private static CodeBlock writeValue(JavaType type, CodeBlock value) {
    if (type instanceof JavaType.Scalar scalar) {
      return scalar.kind() == JavaType.ScalarKind.STRING
          ? CodeBlock.of("out.writeString($L)", value)
          : scalar.kind() == JavaType.ScalarKind.BOOLEAN
              ? CodeBlock.of("out.writeBoolean($L)", value)
              : CodeBlock.of("out.writeNumber($L)", value);
    }
    if (type instanceof JavaType.ListOf list) {
      return CodeBlock.of(
          "$T.writeList(out, $L, $L)", Types.JSON_WRITES, value, writer(list.element(), 1));
    }
    if (type instanceof JavaType.MapOf map) {
      return CodeBlock.of(
          "$T.writeMap(out, $L, $L)", Types.JSON_WRITES, value, writer(map.value(), 1));
    }
    if (type instanceof JavaType.StructureRef struct) {
      return CodeBlock.of("$T.write(out, $L)", struct.codec(), value);
    }
    if (type instanceof JavaType.Timestamp timestamp) {
      return CodeBlock.of(
          "$T.$L(out, $L)",
          Types.JSON_WRITES,
          timestamp.unixSeconds() ? "writeEpochSeconds" : "writeIso8601",
          value);
    }
    return CodeBlock.of("out.writeBinary($L)", value);
  }

  /** A {@code JsonWrites.Writer} for elements of {@code type}. */
  private static CodeBlock writer(JavaType type, int depth) {
    if (type instanceof JavaType.Scalar scalar) {
      switch (scalar.kind()) {
        case STRING:
          return CodeBlock.of("$T::writeString", Types.JSON_WRITES);
        case BOOLEAN:
          return CodeBlock.of("$T::writeBoolean", Types.JSON_WRITES);
        case INTEGER:
          return CodeBlock.of("$T::writeInt", Types.JSON_WRITES);
        case LONG:
          return CodeBlock.of("$T::writeLong", Types.JSON_WRITES);
        default:
          return CodeBlock.of("$T::writeDouble", Types.JSON_WRITES);
      }
    }
    if (type instanceof JavaType.StructureRef struct) {
      return CodeBlock.of("$T::write", struct.codec());
    }
    if (type instanceof JavaType.Timestamp timestamp) {
      return CodeBlock.of(
          "$T::$L",
          Types.JSON_WRITES,
          timestamp.unixSeconds() ? "writeEpochSeconds" : "writeIso8601");
    }
    if (type instanceof JavaType.Blob) {
      return CodeBlock.of("$T::writeBlob", Types.JSON_WRITES);
    }
    String out = "out" + depth;
    String value = "value" + depth;
    String method = type instanceof JavaType.ListOf ? "writeList" : "writeMap";
    JavaType inner =
        type instanceof JavaType.ListOf list ? list.element() : ((JavaType.MapOf) type).value();
    return CodeBlock.of(
        "($L, $L) -> $T.$L($L, $L, $L)",
        out,
        value,
        Types.JSON_WRITES,
        method,
        out,
        value,
        writer(inner, depth + 1));
  }

  /**
   * Reads one member into {@code builder}. A list or map member is read element by element into the
   * builder (its {@code addX}/{@code putX} methods), so the collection is built once. The member is
   * set to empty first: an array or object holding nothing but nulls still sets it, and a member
   * sent twice keeps the last, as before.
   */
  private static CodeBlock readMember(JavaMember member) {
    JavaType type = member.type();
    if (!(type instanceof JavaType.ListOf) && !(type instanceof JavaType.MapOf)) {
      return CodeBlock.builder()
          .addStatement("builder.$L($L)", member.javaName(), readValue(type, "in", 0))
          .build();
    }
    boolean list = type instanceof JavaType.ListOf;
    String single = Names.singular(member.javaName());
    CodeBlock element =
        list
            ? CodeBlock.of(
                "builder.add$L($L)",
                capitalized(single),
                readValue(((JavaType.ListOf) type).element(), "in", 0))
            : CodeBlock.of(
                "builder.put$L(in.currentName(), $L)",
                capitalized(single),
                readValue(((JavaType.MapOf) type).value(), "in", 0));
    return CodeBlock.builder()
        .addStatement(
            "builder.$L($T.$L())",
            member.javaName(),
            Collections.class,
            list ? "emptyList" : "emptyMap")
        .beginControlFlow("if ($T.$L(in))", Types.JSON_READS, list ? "firstElement" : "firstEntry")
        .beginControlFlow("do")
        .addStatement(element)
        .endControlFlow("while ($T.$L(in))", Types.JSON_READS, list ? "nextElement" : "nextEntry")
        .endControlFlow()
        .build();
  }

  private static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /**
   * An expression that reads a value of {@code type} with the parser {@code in} on its first token.
   */
  private static CodeBlock readValue(JavaType type, String in, int depth) {
    if (type instanceof JavaType.Scalar scalar) {
      return CodeBlock.of("$T.$L($L)", Types.JSON_READS, scalarReader(scalar.kind()), in);
    }
    if (type instanceof JavaType.EnumRef enumRef) {
      return CodeBlock.of(
          "$T.readWireValue($L, $T.knownValues())", Types.JSON_READS, in, enumRef.name());
    }
    if (type instanceof JavaType.StructureRef struct) {
      return CodeBlock.of("$T.read($L)", struct.codec(), in);
    }
    if (type instanceof JavaType.Timestamp) {
      return CodeBlock.of("$T.readTimestamp($L)", Types.JSON_READS, in);
    }
    if (type instanceof JavaType.Blob) {
      return CodeBlock.of("$T.readBlob($L)", Types.JSON_READS, in);
    }
    String method = type instanceof JavaType.ListOf ? "readList" : "readMap";
    JavaType inner =
        type instanceof JavaType.ListOf list ? list.element() : ((JavaType.MapOf) type).value();
    String element = "in" + (depth + 1);
    return CodeBlock.of(
        "$T.$L($L, $L -> $L)",
        Types.JSON_READS,
        method,
        in,
        element,
        readValue(inner, element, depth + 1));
  }

  private static String scalarReader(JavaType.ScalarKind kind) {
    switch (kind) {
      case STRING:
        return "readString";
      case BOOLEAN:
        return "readBoolean";
      case INTEGER:
        return "readInt";
      case LONG:
        return "readLong";
      default:
        return "readDouble";
    }
  }
}
