package dev.apigw.codegen.generator;

import com.palantir.javapoet.CodeBlock;
import java.util.Collections;

/**
 * The code in a codec that reads from the {@code JsonParser in}: a member into {@code builder}, by
 * way of the code for a value of its type.
 */
final class JsonReadCode {
  private JsonReadCode() {}

  /**
   * Reads one member into {@code builder}. A list or map member is read element by element into the
   * builder (its {@code addX}/{@code putX} methods), so the collection is built once. The member is
   * set to empty first: an array or object holding nothing but nulls still sets it, and a member
   * sent twice keeps the last, as before.
   */
  static CodeBlock member(JavaMember member) {
    JavaType type = member.type();
    String name = member.javaName();
    CollectionKind kind = CollectionKind.of(type);
    if (kind == null) {
      return CodeBlock.builder().addStatement("builder.$L($L)", name, value(type, "in", 0)).build();
    }
    CodeBlock contents = value(CollectionKind.contents(type), "in", 0);
    CodeBlock addOne =
        kind == CollectionKind.LIST
            ? CodeBlock.of("builder.$L($L)", kind.addOne(name), contents)
            : CodeBlock.of("builder.$L(in.currentName(), $L)", kind.addOne(name), contents);
    return CodeBlock.builder()
        .addStatement("builder.$L($T.$L())", name, Collections.class, kind.named("empty"))
        .beginControlFlow("if ($T.$L(in))", Types.JSON_READS, kind.itemNamed("first"))
        .beginControlFlow("do")
        .addStatement(addOne)
        .endControlFlow("while ($T.$L(in))", Types.JSON_READS, kind.itemNamed("next"))
        .endControlFlow()
        .build();
  }

  /**
   * An expression that reads a value of {@code type} with the parser {@code in} on its first token,
   * nested {@code depth} deep.
   */
  private static CodeBlock value(JavaType type, String in, int depth) {
    if (type instanceof JavaType.Scalar scalar) {
      return CodeBlock.of("$T.read$L($L)", Types.JSON_READS, scalar.kind().jsonName(), in);
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
    String element = "in" + (depth + 1);
    return CodeBlock.of(
        "$T.$L($L, $L -> $L)",
        Types.JSON_READS,
        CollectionKind.of(type).named("read"),
        in,
        element,
        value(CollectionKind.contents(type), element, depth + 1));
  }
}
