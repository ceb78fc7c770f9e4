package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes each string enumeration as a Java {@code enum} with a constant per known value and {@code
 * UNKNOWN_TO_SDK} for any other. The value types hold the wire string itself, so a value this
 * version does not know reads as {@code UNKNOWN_TO_SDK} from {@code x()}, as it came from {@code
 * xAsString()}, and is sent back unchanged.
 */
final class EnumEmitter implements Emitter {
  static final String UNKNOWN = "UNKNOWN_TO_SDK";

  @Override
  public List<JavaFile> emit(JavaService service) {
    List<JavaFile> files = new ArrayList<>();
    for (JavaEnum javaEnum : service.enums()) {
      files.add(Emitter.file(service.modelPackage(), type(javaEnum)));
    }
    return files;
  }

  private TypeSpec type(JavaEnum javaEnum) {
    ClassName self = javaEnum.className();
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(self)
            .addModifiers(Modifier.PUBLIC)
            .addSuperinterface(Types.WIRE_ENUM)
            .addJavadoc(
                "The values of the model enumeration {@code $L}, and {@link #$L} for any other.\n",
                javaEnum.shapeName(),
                UNKNOWN);
    CodeBlock.Builder known = CodeBlock.builder();
    MethodSpec.Builder fromValue =
        MethodSpec.methodBuilder("fromValue")
            .addJavadoc(
                "The constant for a wire value.\n\n@param value the value as it is on the wire\n"
                    + "@return its constant; {@link #$L} for a value this version does not know, null for null\n",
                UNKNOWN)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(Types.nullable(self))
            .addParameter(Types.nullable(Types.STRING), "value")
            .beginControlFlow("if (value == null)")
            .addStatement("return null")
            .endControlFlow()
            .beginControlFlow("switch (value)");
    for (String value : javaEnum.values()) {
      String constant = Names.constant(value);
      type.addEnumConstant(
          constant,
          TypeSpec.anonymousClassBuilder("$S", value)
              .addJavadoc("The wire value {@code $L}.\n", value)
              .build());
      known.add(known.isEmpty() ? "$L" : ", $L", constant);
      fromValue.addCode("case $S:\n$>", value).addStatement("return $L", constant).addCode("$<");
    }
    fromValue
        .addCode("default:\n$>")
        .addStatement("return $L", UNKNOWN)
        .addCode("$<")
        .endControlFlow();
    type.addEnumConstant(
        UNKNOWN,
        TypeSpec.anonymousClassBuilder("null")
            .addJavadoc(
                "A value this version of the SDK does not know. The member's {@code xAsString()} accessor gives it\n"
                    + "as it came; it has no wire value of its own and cannot be set through a builder.\n")
            .build());
    ParameterizedTypeName listOfSelf = ParameterizedTypeName.get(Types.LIST, self);
    type.addField(
        FieldSpec.builder(listOfSelf, "KNOWN", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of($L)", Types.LIST, known.build())
            .build());
    type.addField(
        FieldSpec.builder(Types.nullable(Types.STRING), "value", Modifier.PRIVATE, Modifier.FINAL)
            .build());
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addParameter(Types.nullable(Types.STRING), "value")
            .addStatement("this.value = value")
            .build());
    type.addMethod(fromValue.build());
    type.addMethod(
        MethodSpec.methodBuilder("knownValues")
            .addJavadoc(
                "The values this SDK version knows, in model order, without {@link #$L}.\n\n"
                    + "@return the unmodifiable list\n",
                UNKNOWN)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(listOfSelf)
            .addStatement("return KNOWN")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("value")
            .addJavadoc(
                "The value as it is on the wire.\n\n@return the wire value; null for {@link #$L}\n",
                UNKNOWN)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Types.nullable(Types.STRING))
            .addStatement("return value")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("isKnown")
            .addJavadoc(
                "Whether this is a value of the model rather than {@link #$L}.\n\n@return true for a known value\n",
                UNKNOWN)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addStatement("return value != null")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("toString")
            .addJavadoc("The wire value; the constant's name for {@link #$L}.\n", UNKNOWN)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Types.STRING)
            .addStatement("return value != null ? value : name()")
            .build());
    return type.build();
  }
}
