package dev.apigw.codegen.generator;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;

/**
 * The code in a codec that writes to the {@code JsonGenerator out}: a member of {@code object}
 * under its wire name, left out when unset, by way of the code for a value of its type.
 */
final class JsonWriteCode {
  private static final JavaType WIRE_STRING = new JavaType.Scalar(JavaType.ScalarKind.STRING);

  private JsonWriteCode() {}

  static CodeBlock member(JavaMember member) {
    String name = member.javaName();
    CodeBlock.Builder code = CodeBlock.builder();
    if (member.type().isContainer()) {
      return code.beginControlFlow("if (object.$L())", member.hasAccessor())
          .addStatement("out.writeFieldName($S)", member.wireName())
          .addStatement(value(member.type(), CodeBlock.of("object.$L()", name)))
          .endControlFlow()
          .build();
    }
    // An enumeration is written as held: the wire string, also one this version does not know.
    boolean enumeration = member.type() instanceof JavaType.EnumRef;
    JavaType type = enumeration ? WIRE_STRING : member.type();
    String accessor = enumeration ? name + "AsString" : name;
    if (member.required()) {
      return code.addStatement("out.writeFieldName($S)", member.wireName())
          .addStatement(value(type, CodeBlock.of("object.$L()", accessor)))
          .build();
    }
    return code.addStatement(
            "$T $L = object.$L()",
            ParameterizedTypeName.get(Types.OPTIONAL, type.boxed()),
            name,
            accessor)
        .beginControlFlow("if ($L.isPresent())", name)
        .addStatement("out.writeFieldName($S)", member.wireName())
        .addStatement(value(type, CodeBlock.of("$L.get()", name)))
        .endControlFlow()
        .build();
  }

  /** A statement that writes {@code value} of {@code type}. */
  private static CodeBlock value(JavaType type, CodeBlock value) {
    if (type instanceof JavaType.Scalar scalar) {
      return scalar.kind() == JavaType.ScalarKind.STRING
          ? CodeBlock.of("out.writeString($L)", value)
          : scalar.kind() == JavaType.ScalarKind.BOOLEAN
              ? CodeBlock.of("out.writeBoolean($L)", value)
              : CodeBlock.of("out.writeNumber($L)", value);
    }
    CollectionKind kind = CollectionKind.of(type);
    if (kind != null) {
      return CodeBlock.of(
          "$T.$L(out, $L, $L)",
          Types.JSON_WRITES,
          kind.named("write"),
          value,
          writer(CollectionKind.contents(type), 1));
    }
    if (type instanceof JavaType.StructureRef struct) {
      return CodeBlock.of("$T.write(out, $L)", struct.codec(), value);
    }
    if (type instanceof JavaType.Timestamp timestamp) {
      return CodeBlock.of("$T.$L(out, $L)", Types.JSON_WRITES, timestampWriter(timestamp), value);
    }
    return CodeBlock.of("out.writeBinary($L)", value);
  }

  /** A {@code JsonWrites.Writer} for elements of {@code type}, nested {@code depth} deep. */
  private static CodeBlock writer(JavaType type, int depth) {
    if (type instanceof JavaType.Scalar scalar) {
      return CodeBlock.of("$T::write$L", Types.JSON_WRITES, scalar.kind().jsonName());
    }
    if (type instanceof JavaType.StructureRef struct) {
      return CodeBlock.of("$T::write", struct.codec());
    }
    if (type instanceof JavaType.Timestamp timestamp) {
      return CodeBlock.of("$T::$L", Types.JSON_WRITES, timestampWriter(timestamp));
    }
    if (type instanceof JavaType.Blob) {
      return CodeBlock.of("$T::writeBlob", Types.JSON_WRITES);
    }
    String out = "out" + depth;
    String value = "value" + depth;
    return CodeBlock.of(
        "($L, $L) -> $T.$L($L, $L, $L)",
        out,
        value,
        Types.JSON_WRITES,
        CollectionKind.of(type).named("write"),
        out,
        value,
        writer(CollectionKind.contents(type), depth + 1));
  }

  private static String timestampWriter(JavaType.Timestamp timestamp) {
    return timestamp.unixSeconds() ? "writeEpochSeconds" : "writeIso8601";
  }
}
