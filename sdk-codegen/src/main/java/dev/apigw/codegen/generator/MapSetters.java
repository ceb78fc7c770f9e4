package dev.apigw.codegen.generator;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * The builder methods of a map member: set the map, put one entry, put all of a map. No key or
 * value may be null.
 */
final class MapSetters implements MemberSetters {
  private final BuilderMember member;
  private final TypeName value;
  private final CollectionSetters shared;

  MapSetters(BuilderMember member, JavaType.MapOf map) {
    this.member = member;
    this.value = map.value().boxed();
    this.shared =
        new CollectionSetters(
            member, CollectionKind.MAP, "@param entries the entries, no key or value null\n");
  }

  @Override
  public List<MethodSpec> methods() {
    return List.of(
        shared.replace("the entries of {@code entries}, in their order"),
        putOne(),
        shared.addAll(
            "Puts the entries of {@code entries} into $L.\n\n",
            CodeBlock.builder()
                .beginControlFlow(
                    "for ($T.Entry<$T, ? extends $T> entry : entries.entrySet())",
                    Types.MAP,
                    Types.STRING,
                    value)
                .addStatement(
                    "$L(entry.getKey(), entry.getValue())",
                    CollectionKind.MAP.addOne(member.name()))
                .endControlFlow()
                .build()),
        shared.forChange());
  }

  private MethodSpec putOne() {
    return member
        .method(CollectionKind.MAP.addOne(member.name()))
        .addJavadoc(
            "Puts one entry into $L, replacing the value of an equal key.\n\n"
                + "@param key the key, not null\n@param value the value, not null\n@return this builder\n",
            member.link())
        .addParameter(Types.STRING, "key")
        .addParameter(value, "value")
        .beginControlFlow("if (key == null || value == null)")
        .addStatement(
            "throw new $T($S + (key == null ? $S : $S + key))",
            IllegalArgumentException.class,
            member.where() + " must not hold a null ",
            "key",
            "value for key ")
        .endControlFlow()
        .addStatement("$LForChange().put(key, value)", member.name())
        .addStatement("return this")
        .build();
  }
}
