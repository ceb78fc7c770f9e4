package dev.apigw.codegen.generator;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
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
  private static final ClassName OBJECTS = ClassName.get(java.util.Objects.class);
  private static final ClassName ARRAYS = ClassName.get(java.util.Arrays.class);
  private static final ClassName COLLECTIONS = ClassName.get(java.util.Collections.class);
  private static final ClassName ARRAY_LIST = ClassName.get(java.util.ArrayList.class);
  private static final ClassName LINKED_HASH_MAP = ClassName.get(java.util.LinkedHashMap.class);
  private static final ClassName ITERABLE = ClassName.get(Iterable.class);
  private static final ClassName CONSUMER = ClassName.get(java.util.function.Consumer.class);
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
    if (result) {
      type.addSuperinterface(Types.SDK_RESULT);
    }
    for (JavaMember member : structure.members()) {
      type.addField(
          FieldSpec.builder(stored(member), member.javaName(), Modifier.PRIVATE, Modifier.FINAL)
              .addAnnotation(Types.NULLABLE)
              .build());
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
      addAccessors(type, MemberFacts.describe(service.model(), member), member);
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
    type.addMethod(equalsMethod(structure));
    type.addMethod(hashCodeMethod(structure));
    type.addMethod(toStringMethod(structure));
    type.addType(builderType(structure, builder));
    return type.build();
  }

  /** How a member is held: enumerations as their wire string, everything else as its boxed type. */
  private static TypeName stored(JavaMember member) {
    return member.type() instanceof JavaType.EnumRef ? Types.STRING : member.type().boxed();
  }

  private static MethodSpec constructor(JavaStructure structure, ClassName builder) {
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(builder, "builder");
    for (JavaMember member : structure.members()) {
      String name = member.javaName();
      JavaType type = member.type();
      if (type instanceof JavaType.ListOf || type instanceof JavaType.MapOf) {
        boolean list = type instanceof JavaType.ListOf;
        constructor.addStatement(
            "this.$L = builder.$L == null ? null : builder.$L.isEmpty() ? $T.of() : $T.$L(builder.$L)",
            name,
            name,
            name,
            list ? Types.LIST : Types.MAP,
            COLLECTIONS,
            list ? "unmodifiableList" : "unmodifiableMap",
            name);
        constructor.addStatement("builder.$L = true", shared(member));
      } else {
        constructor.addStatement("this.$L = builder.$L", name, name);
      }
    }
    if (structure.kind() == JavaStructure.Kind.RESULT) {
      constructor.addStatement(
          "this.responseMetadata = builder.responseMetadata == null ? $T.none() : "
              + "builder.responseMetadata",
          Types.RESPONSE_METADATA);
    }
    return constructor.build();
  }

  private static void addAccessors(TypeSpec.Builder type, String facts, JavaMember member) {
    String name = member.javaName();
    JavaType javaType = member.type();
    if (javaType instanceof JavaType.Blob) {
      type.addMethod(
          MethodSpec.methodBuilder(name)
              .addJavadoc(
                  "$L Empty when unset (see {@link #$L()}).\n\n@return a copy of the bytes\n",
                  facts,
                  member.hasAccessor())
              .addModifiers(Modifier.PUBLIC)
              .returns(javaType.boxed())
              .addStatement("return $L == null ? new byte[0] : $L.clone()", name, name)
              .build());
      type.addMethod(hasMethod(member));
    } else if (javaType.isContainer()) {
      type.addMethod(
          MethodSpec.methodBuilder(name)
              .addJavadoc(
                  "$L Empty when unset (see {@link #$L()}).\n\n@return the unmodifiable $L\n",
                  facts,
                  member.hasAccessor(),
                  javaType instanceof JavaType.ListOf ? "list" : "map")
              .addModifiers(Modifier.PUBLIC)
              .returns(javaType.boxed())
              .addStatement(
                  "return $L == null ? $T.of() : $L",
                  name,
                  javaType instanceof JavaType.ListOf ? Types.LIST : Types.MAP,
                  name)
              .build());
      type.addMethod(hasMethod(member));
    } else if (javaType instanceof JavaType.EnumRef enumRef) {
      ClassName enumType = enumRef.name();
      if (member.required()) {
        type.addMethod(
            MethodSpec.methodBuilder(name)
                .addJavadoc(
                    "$L\n\n@return the constant, {@code UNKNOWN_TO_SDK} for a value this version does not know "
                        + "(see {@link #$LAsString()})\n",
                    facts,
                    name)
                .addModifiers(Modifier.PUBLIC)
                .returns(enumType)
                .addStatement("return $T.fromValue($L)", enumType, name)
                .build());
        type.addMethod(
            MethodSpec.methodBuilder(name + "AsString")
                .addJavadoc(
                    "The {@code $L} member exactly as it is on the wire.\n\n@return the wire value\n",
                    name)
                .addModifiers(Modifier.PUBLIC)
                .returns(Types.STRING)
                .addStatement("return $L", name)
                .build());
      } else {
        type.addMethod(
            MethodSpec.methodBuilder(name)
                .addJavadoc(
                    "$L Empty when unset.\n\n@return the constant, {@code UNKNOWN_TO_SDK} for a value this version "
                        + "does not know (see {@link #$LAsString()})\n",
                    facts,
                    name)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(Types.OPTIONAL, enumType))
                .addStatement(
                    "return $L == null ? $T.empty() : $T.of($T.fromValue($L))",
                    name,
                    Types.OPTIONAL,
                    Types.OPTIONAL,
                    enumType,
                    name)
                .build());
        type.addMethod(
            MethodSpec.methodBuilder(name + "AsString")
                .addJavadoc(
                    "The {@code $L} member exactly as it is on the wire; empty when unset.\n\n"
                        + "@return the wire value\n",
                    name)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(Types.OPTIONAL, Types.STRING))
                .addStatement("return $T.ofNullable($L)", Types.OPTIONAL, name)
                .build());
      }
    } else if (member.required()) {
      type.addMethod(
          MethodSpec.methodBuilder(name)
              .addJavadoc("$L\n\n@return the value\n", facts)
              .addModifiers(Modifier.PUBLIC)
              .returns(javaType.unboxedIfPossible())
              .addStatement("return $L", name)
              .build());
    } else {
      type.addMethod(
          MethodSpec.methodBuilder(name)
              .addJavadoc("$L Empty when unset.\n\n@return the value\n", facts)
              .addModifiers(Modifier.PUBLIC)
              .returns(ParameterizedTypeName.get(Types.OPTIONAL, javaType.boxed()))
              .addStatement("return $T.ofNullable($L)", Types.OPTIONAL, name)
              .build());
    }
  }

  private static MethodSpec hasMethod(JavaMember member) {
    return MethodSpec.methodBuilder(member.hasAccessor())
        .addJavadoc(
            "Whether {@code $L} was set, even to an empty value: an unset one is left out of a request.\n\n"
                + "@return true when set\n",
            member.javaName())
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addStatement("return $L != null", member.javaName())
        .build();
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
        .addParameter(setterType(member.type()), "value")
        .addStatement("return toBuilder().$L(value).build()", name)
        .build();
  }

  /** The type of a member's main setter: what a user passes. */
  private static TypeName setterType(JavaType type) {
    if (type instanceof JavaType.ListOf list) {
      return ParameterizedTypeName.get(
          ITERABLE, WildcardTypeName.subtypeOf(list.element().boxed()));
    }
    if (type instanceof JavaType.MapOf map) {
      return ParameterizedTypeName.get(
          Types.MAP, Types.STRING, WildcardTypeName.subtypeOf(map.value().boxed()));
    }
    return type.boxed();
  }

  private static MethodSpec equalsMethod(JavaStructure structure) {
    ClassName self = structure.className();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("equals")
            .addJavadoc("Equal when every member is; {@code responseMetadata} is not compared.\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addParameter(Object.class, "other")
            .beginControlFlow("if (this == other)")
            .addStatement("return true")
            .endControlFlow()
            .beginControlFlow("if (!(other instanceof $T))", self)
            .addStatement("return false")
            .endControlFlow();
    if (structure.members().isEmpty()) {
      return method.addStatement("return true").build();
    }
    method.addStatement("$T that = ($T) other", self, self);
    CodeBlock.Builder same = CodeBlock.builder();
    for (JavaMember member : structure.members()) {
      if (!same.isEmpty()) {
        same.add("\n&& ");
      }
      same.add(
          "$T.$L(this.$L, that.$L)",
          member.type() instanceof JavaType.Blob ? ARRAYS : OBJECTS,
          "equals",
          member.javaName(),
          member.javaName());
    }
    return method.addStatement("return $L", same.build()).build();
  }

  private static MethodSpec hashCodeMethod(JavaStructure structure) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("hashCode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addStatement("int h = $L", structure.className().simpleName().hashCode());
    for (JavaMember member : structure.members()) {
      method.addStatement(
          "h = 31 * h + $T.hashCode(this.$L)",
          member.type() instanceof JavaType.Blob ? ARRAYS : OBJECTS,
          member.javaName());
    }
    return method.addStatement("return h").build();
  }

  /** The members that are set, by Java name; a blob by its length only. */
  private static MethodSpec toStringMethod(JavaStructure structure) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement(
                "$T text = new $T($S)",
                StringBuilder.class,
                StringBuilder.class,
                structure.className().simpleName() + "{");
    for (JavaMember member : structure.members()) {
      String name = member.javaName();
      CodeBlock value =
          member.type() instanceof JavaType.Blob
              ? CodeBlock.of("$S).append(this.$L.length).append($S", "<", name, " bytes>")
              : CodeBlock.of("this.$L", name);
      method
          .beginControlFlow("if (this.$L != null)", name)
          .addStatement(
              "text.append(text.length() == $L ? $S : $S).append($L)",
              structure.className().simpleName().length() + 1,
              name + "=",
              ", " + name + "=",
              value)
          .endControlFlow();
    }
    return method.addStatement("return text.append('}').toString()").build();
  }

  private static String shared(JavaMember member) {
    return member.javaName() + "Shared";
  }

  private TypeSpec builderType(JavaStructure structure, ClassName builder) {
    ClassName self = structure.className();
    String typeName = self.simpleName();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(builder)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(
                "Builds {@link $T}. Not thread-safe; {@link #build()} may be called more than once.\n",
                self)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (JavaMember member : structure.members()) {
      type.addField(
          FieldSpec.builder(stored(member), member.javaName(), Modifier.PRIVATE)
              .addAnnotation(Types.NULLABLE)
              .build());
      if (member.type() instanceof JavaType.ListOf || member.type() instanceof JavaType.MapOf) {
        type.addField(
            FieldSpec.builder(boolean.class, shared(member), Modifier.PRIVATE)
                .addJavadoc(
                    "Whether {@code $L} went into a built value: it is copied before the next change.\n",
                    member.javaName())
                .build());
      }
    }
    boolean result = structure.kind() == JavaStructure.Kind.RESULT;
    if (result) {
      type.addField(
          FieldSpec.builder(Types.RESPONSE_METADATA, "responseMetadata", Modifier.PRIVATE)
              .addAnnotation(Types.NULLABLE)
              .build());
    }
    type.addMethod(fromMethod(structure, builder));
    for (JavaMember member : structure.members()) {
      addSetters(type, builder, typeName, member);
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
      if (member.type() instanceof JavaType.ListOf || member.type() instanceof JavaType.MapOf) {
        method.addStatement("this.$L = true", shared(member));
      }
      method.endControlFlow();
    }
    if (structure.kind() == JavaStructure.Kind.RESULT) {
      method.addStatement("this.responseMetadata = value.responseMetadata");
    }
    return method.addStatement("return this").build();
  }

  private static void addSetters(
      TypeSpec.Builder type, ClassName builder, String typeName, JavaMember member) {
    String name = member.javaName();
    JavaType javaType = member.type();
    String where = typeName + "." + name;
    if (javaType instanceof JavaType.ListOf list) {
      TypeName element = list.element().boxed();
      String single = "add" + Names.upperCamel(singular(name));
      type.addMethod(
          MethodSpec.methodBuilder(name)
              .addJavadoc(
                  "Sets {@link $L#$L()} to the elements of {@code elements}, in order; null unsets it.\n\n"
                      + "@param elements the elements, none of them null\n@return this builder\n",
                  typeName,
                  name)
              .addModifiers(Modifier.PUBLIC)
              .returns(builder)
              .addParameter(setterType(javaType), "elements")
              .beginControlFlow("if (elements == null)")
              .addStatement("this.$L = null", name)
              .addStatement("return this")
              .endControlFlow()
              .addStatement("this.$L = new $T<>()", name, ARRAY_LIST)
              .addStatement("this.$L = false", shared(member))
              .addStatement("return addAll$L(elements)", Names.upperCamel(name))
              .build());
      // Varargs only of plain element types: a parameterized one would make every call site warn of
      // heap pollution.
      if (element instanceof ClassName) {
        type.addMethod(
            varargs(
                name,
                CodeBlock.of(
                    "Sets {@link $L#$L()} to {@code elements}, in order.\n\n", typeName, name),
                builder,
                element,
                where,
                CodeBlock.of("return $L($T.asList(elements))", name, ARRAYS)));
        type.addMethod(
            varargs(
                "add" + Names.upperCamel(name),
                CodeBlock.of(
                    "Adds {@code elements} to {@link $L#$L()}, in order.\n\n", typeName, name),
                builder,
                element,
                where,
                CodeBlock.of(
                    "return addAll$L($T.asList(elements))", Names.upperCamel(name), ARRAYS)));
      }
      type.addMethod(
          MethodSpec.methodBuilder(single)
              .addJavadoc(
                  "Adds one element to {@link $L#$L()}.\n\n@param element the element, not null\n"
                      + "@return this builder\n",
                  typeName,
                  name)
              .addModifiers(Modifier.PUBLIC)
              .returns(builder)
              .addParameter(element, "element")
              .beginControlFlow("if (element == null)")
              .addStatement(
                  "throw new $T($S)", IllegalArgumentException.class, where + " must not hold null")
              .endControlFlow()
              .addStatement("$LForChange().add(element)", name)
              .addStatement("return this")
              .build());
      type.addMethod(
          MethodSpec.methodBuilder("addAll" + Names.upperCamel(name))
              .addJavadoc(
                  "Adds the elements of {@code elements} to {@link $L#$L()}, in order.\n\n"
                      + "@param elements the elements, none of them null\n@return this builder\n",
                  typeName,
                  name)
              .addModifiers(Modifier.PUBLIC)
              .returns(builder)
              .addParameter(setterType(javaType), "elements")
              .beginControlFlow("if (elements == null)")
              .addStatement(
                  "throw new $T($S)",
                  IllegalArgumentException.class,
                  where + ": elements must not be null")
              .endControlFlow()
              .addStatement("$T<$T> target = $LForChange()", Types.LIST, element, name)
              .beginControlFlow("for ($T element : elements)", element)
              .beginControlFlow("if (element == null)")
              .addStatement(
                  "throw new $T($S)", IllegalArgumentException.class, where + " must not hold null")
              .endControlFlow()
              .addStatement("target.add(element)")
              .endControlFlow()
              .addStatement("return this")
              .build());
      type.addMethod(forChangeMethod(member, ARRAY_LIST));
    } else if (javaType instanceof JavaType.MapOf map) {
      TypeName value = map.value().boxed();
      type.addMethod(
          MethodSpec.methodBuilder(name)
              .addJavadoc(
                  "Sets {@link $L#$L()} to the entries of {@code entries}, in their order; null unsets it.\n\n"
                      + "@param entries the entries, no key or value null\n@return this builder\n",
                  typeName,
                  name)
              .addModifiers(Modifier.PUBLIC)
              .returns(builder)
              .addParameter(setterType(javaType), "entries")
              .beginControlFlow("if (entries == null)")
              .addStatement("this.$L = null", name)
              .addStatement("return this")
              .endControlFlow()
              .addStatement("this.$L = new $T<>()", name, LINKED_HASH_MAP)
              .addStatement("this.$L = false", shared(member))
              .addStatement("return putAll$L(entries)", Names.upperCamel(name))
              .build());
      type.addMethod(
          MethodSpec.methodBuilder("put" + Names.upperCamel(singular(name)))
              .addJavadoc(
                  "Puts one entry into {@link $L#$L()}, replacing the value of an equal key.\n\n"
                      + "@param key the key, not null\n@param value the value, not null\n@return this builder\n",
                  typeName,
                  name)
              .addModifiers(Modifier.PUBLIC)
              .returns(builder)
              .addParameter(Types.STRING, "key")
              .addParameter(value, "value")
              .beginControlFlow("if (key == null || value == null)")
              .addStatement(
                  "throw new $T($S + (key == null ? $S : $S + key))",
                  IllegalArgumentException.class,
                  where + " must not hold a null ",
                  "key",
                  "value for key ")
              .endControlFlow()
              .addStatement("$LForChange().put(key, value)", name)
              .addStatement("return this")
              .build());
      type.addMethod(
          MethodSpec.methodBuilder("putAll" + Names.upperCamel(name))
              .addJavadoc(
                  "Puts the entries of {@code entries} into {@link $L#$L()}.\n\n"
                      + "@param entries the entries, no key or value null\n@return this builder\n",
                  typeName,
                  name)
              .addModifiers(Modifier.PUBLIC)
              .returns(builder)
              .addParameter(setterType(javaType), "entries")
              .beginControlFlow("if (entries == null)")
              .addStatement(
                  "throw new $T($S)",
                  IllegalArgumentException.class,
                  where + ": entries must not be null")
              .endControlFlow()
              .beginControlFlow(
                  "for ($T.Entry<$T, ? extends $T> entry : entries.entrySet())",
                  Types.MAP,
                  Types.STRING,
                  value)
              .addStatement(
                  "put$L(entry.getKey(), entry.getValue())", Names.upperCamel(singular(name)))
              .endControlFlow()
              .addStatement("return this")
              .build());
      type.addMethod(forChangeMethod(member, LINKED_HASH_MAP));
    } else if (javaType instanceof JavaType.Blob) {
      type.addMethod(
          MethodSpec.methodBuilder(name)
              .addJavadoc(
                  "Sets {@link $L#$L()} to a copy of {@code bytes}; null unsets it.\n\n@param bytes the bytes\n"
                      + "@return this builder\n",
                  typeName,
                  name)
              .addModifiers(Modifier.PUBLIC)
              .returns(builder)
              .addParameter(javaType.boxed(), "bytes")
              .addStatement("this.$L = bytes == null ? null : bytes.clone()", name)
              .addStatement("return this")
              .build());
    } else if (javaType instanceof JavaType.EnumRef enumRef) {
      ClassName enumType = enumRef.name();
      type.addMethod(
          MethodSpec.methodBuilder(name)
              .addJavadoc(
                  "Sets {@link $L#$L()}; null unsets it.\n\n@param value a known value\n@return this builder\n"
                      + "@throws IllegalArgumentException for {@code UNKNOWN_TO_SDK}, which has no wire value: pass the\n"
                      + "    value as a string instead\n",
                  typeName,
                  name)
              .addModifiers(Modifier.PUBLIC)
              .returns(builder)
              .addParameter(enumType, "value")
              .beginControlFlow("if (value == $T.UNKNOWN_TO_SDK)", enumType)
              .addStatement(
                  "throw new $T($S)",
                  IllegalArgumentException.class,
                  where
                      + ": "
                      + enumType.simpleName()
                      + ".UNKNOWN_TO_SDK has no wire value; pass the value as a String")
              .endControlFlow()
              .addStatement("this.$L = value == null ? null : value.value()", name)
              .addStatement("return this")
              .build());
      type.addMethod(
          MethodSpec.methodBuilder(name)
              .addJavadoc(
                  "Sets {@link $L#$L()} to a raw wire value, known to this version or not; null unsets it.\n\n"
                      + "@param value the wire value\n@return this builder\n",
                  typeName,
                  name)
              .addModifiers(Modifier.PUBLIC)
              .returns(builder)
              .addParameter(Types.STRING, "value")
              .addStatement("this.$L = value", name)
              .addStatement("return this")
              .build());
    } else {
      type.addMethod(
          MethodSpec.methodBuilder(name)
              .addJavadoc(
                  "Sets {@link $L#$L()}; null unsets it.\n\n@param value the value\n@return this builder\n",
                  typeName,
                  name)
              .addModifiers(Modifier.PUBLIC)
              .returns(builder)
              .addParameter(javaType.boxed(), "value")
              .addStatement("this.$L = value", name)
              .addStatement("return this")
              .build());
      if (javaType instanceof JavaType.StructureRef struct) {
        ClassName nested = struct.name().nestedClass("Builder");
        type.addMethod(
            MethodSpec.methodBuilder(name)
                .addJavadoc(
                    "Sets {@link $L#$L()} to the value {@code value} builds on a new builder.\n\n"
                        + "@param value sets the members of the nested value\n@return this builder\n",
                    typeName,
                    name)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(ParameterizedTypeName.get(CONSUMER, nested), "value")
                .beginControlFlow("if (value == null)")
                .addStatement(
                    "throw new $T($S)",
                    IllegalArgumentException.class,
                    where + ": value must not be null")
                .endControlFlow()
                .addStatement("$T nested = $T.builder()", nested, struct.name())
                .addStatement("value.accept(nested)")
                .addStatement("this.$L = nested.build()", name)
                .addStatement("return this")
                .build());
      }
    }
  }

  /**
   * The builder's private {@code xForChange()}: the member's collection, ready to change; a new one
   * when unset, a copy when it went into a built value (which keeps the one it was handed).
   */
  private static MethodSpec forChangeMethod(JavaMember member, ClassName implementation) {
    String name = member.javaName();
    return MethodSpec.methodBuilder(name + "ForChange")
        .addModifiers(Modifier.PRIVATE)
        .returns(member.type().boxed())
        .beginControlFlow("if ($L == null)", name)
        .addStatement("$L = new $T<>()", name, implementation)
        .nextControlFlow("else if ($L)", shared(member))
        .addStatement("$L = new $T<>($L)", name, implementation, name)
        .endControlFlow()
        .addStatement("$L = false", shared(member))
        .addStatement("return $L", name)
        .build();
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

  /** The element name of a collection member's {@code addX}/{@code putX} method. */
  static String singular(String plural) {
    return plural.endsWith("s") && plural.length() > 1
        ? plural.substring(0, plural.length() - 1)
        : plural;
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
   * A builder method taking {@code elements} as varargs: {@code doc}, the null check naming {@code
   * where}, then {@code body}.
   */
  private static MethodSpec varargs(
      String method,
      CodeBlock doc,
      TypeName builder,
      TypeName element,
      String where,
      CodeBlock body) {
    return MethodSpec.methodBuilder(method)
        .addJavadoc(doc)
        .addJavadoc("@param elements the elements, none of them null\n@return this builder\n")
        .addModifiers(Modifier.PUBLIC)
        .varargs()
        .returns(builder)
        .addParameter(ArrayTypeName.of(element), "elements")
        .beginControlFlow("if (elements == null)")
        .addStatement(
            "throw new $T($S)",
            IllegalArgumentException.class,
            where + ": elements must not be null")
        .endControlFlow()
        .addStatement(body)
        .build();
  }
}
