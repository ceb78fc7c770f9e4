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
 * Writes each string enumeration as a final class of constants rather than a Java enum, so that a value this version
 * does not know is kept as it came and sent back unchanged. {@code of} returns the constant for a known value, so
 * known values may be compared with {@code ==}.
 */
final class EnumEmitter implements Emitter {
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
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(Types.WIRE_ENUM)
        .addSuperinterface(java.io.Serializable.class)
        .addJavadoc("The values of the model enumeration {@code $L}. Unknown values are kept, not rejected.\n",
            javaEnum.shapeName())
        .addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("1L").build());

    CodeBlock.Builder known = CodeBlock.builder();
    for (String value : javaEnum.values()) {
      String constant = Names.constant(value);
      type.addField(FieldSpec.builder(self, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("The wire value {@code $L}.\n", value)
          .initializer("new $T($S, true)", self, value)
          .build());
      known.add(known.isEmpty() ? "$L" : ", $L", constant);
    }
    ParameterizedTypeName listOfSelf = ParameterizedTypeName.get(Types.LIST, self);
    type.addField(FieldSpec.builder(listOfSelf, "KNOWN", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($L)", Types.LIST, known.build())
        .build());
    type.addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL);
    type.addField(boolean.class, "known", Modifier.PRIVATE, Modifier.FINAL);

    type.addMethod(MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(String.class, "value")
        .addParameter(boolean.class, "known")
        .addStatement("this.value = value")
        .addStatement("this.known = known")
        .build());
    type.addMethod(MethodSpec.methodBuilder("of")
        .addJavadoc("The value for {@code value}: one of the constants when known, otherwise a new value kept as is.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(String.class, "value")
        .beginControlFlow("if (value == null)")
        .addStatement("throw new $T($S)", IllegalArgumentException.class, self.simpleName() + " value must not be null")
        .endControlFlow()
        .beginControlFlow("for ($T candidate : KNOWN)", self)
        .beginControlFlow("if (candidate.value.equals(value))")
        .addStatement("return candidate")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return new $T(value, false)", self)
        .build());
    type.addMethod(MethodSpec.methodBuilder("knownValues")
        .addJavadoc("The values this SDK version knows, in model order.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(listOfSelf)
        .addStatement("return KNOWN")
        .build());
    type.addMethod(MethodSpec.methodBuilder("value")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return value")
        .build());
    type.addMethod(MethodSpec.methodBuilder("isKnown")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addStatement("return known")
        .build());
    type.addMethod(MethodSpec.methodBuilder("readResolve")
        .addModifiers(Modifier.PRIVATE)
        .returns(Object.class)
        .addStatement("return of(value)")
        .build());
    type.addMethod(MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addParameter(Object.class, "other")
        .addStatement("return other instanceof $T && (($T) other).value.equals(value)", self, self)
        .build());
    type.addMethod(MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addStatement("return value.hashCode()")
        .build());
    type.addMethod(MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return value")
        .build());
    return type.build();
  }
}
