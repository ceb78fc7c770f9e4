package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the service's exception base type (a {@code ServiceException}), one exception per modelled
 * error, and the internal factory that picks the exception for an error code.
 */
final class ExceptionEmitter implements Emitter {
  @Override
  public List<JavaFile> emit(JavaService service) {
    List<JavaFile> files = new ArrayList<>();
    files.add(Emitter.file(service.modelPackage(), base(service)));
    for (JavaError error : service.errors()) {
      files.add(Emitter.file(service.modelPackage(), error(service, error)));
    }
    files.add(Emitter.file(service.internalPackage(), factory(service)));
    return files;
  }

  private static TypeSpec base(JavaService service) {
    return TypeSpec.classBuilder(service.baseException())
        .addModifiers(Modifier.PUBLIC)
        .superclass(Types.SERVICE_EXCEPTION)
        .addJavadoc(
            "An error answered by $L. Errors the model names have subclasses; others come as this type.\n",
            service.model().service().id())
        .addField(serialVersionUid())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(Types.ERROR_DETAILS, "details")
                .addStatement("super(details)")
                .build())
        .build();
  }

  private static TypeSpec error(JavaService service, JavaError error) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(error.className())
            .addModifiers(Modifier.PUBLIC)
            .superclass(service.baseException())
            .addJavadoc(
                "The error {@code $L}, answered with HTTP status $L.\n",
                error.code(),
                error.status())
            .addField(serialVersionUid())
            .addField(
                FieldSpec.builder(
                        String.class,
                        "ERROR_CODE",
                        Modifier.PUBLIC,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .addJavadoc("The error code the service sends for this error.\n")
                    .initializer("$S", error.code())
                    .build())
            .addField(
                FieldSpec.builder(
                        int.class, "HTTP_STATUS", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The HTTP status the model gives this error.\n")
                    .initializer("$L", error.status())
                    .build());
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(Types.ERROR_DETAILS, "details")
            .addStatement("super(details)");
    for (JavaMember member : error.extraMembers()) {
      type.addField(
          Types.nullable(Types.STRING), member.javaName(), Modifier.PRIVATE, Modifier.FINAL);
      constructor.addParameter(
          ParameterSpec.builder(Types.nullable(Types.STRING), member.javaName()).build());
      constructor.addStatement("this.$L = $L", member.javaName(), member.javaName());
      type.addMethod(
          MethodSpec.methodBuilder(member.javaName())
              .addJavadoc(
                  "The error's {@code $L} field; empty when the response had none.\n",
                  member.wireName())
              .addModifiers(Modifier.PUBLIC)
              .returns(ParameterizedTypeName.get(Types.OPTIONAL, Types.STRING))
              .addStatement("return $T.ofNullable($L)", Types.OPTIONAL, member.javaName())
              .build());
    }
    return type.addMethod(constructor.build()).build();
  }

  /**
   * {@code create(details, fields)}: the typed exception for {@code details.errorCode()}, else the
   * base type.
   */
  private static TypeSpec factory(JavaService service) {
    ClassName self =
        ClassName.get(service.internalPackage(), service.model().service().id() + "Errors");
    ParameterizedTypeName fields =
        ParameterizedTypeName.get(
            ClassName.get(java.util.function.Function.class), Types.STRING, Types.STRING);
    MethodSpec.Builder create =
        MethodSpec.methodBuilder("create")
            .addJavadoc(
                "The exception for an error response. {@code fields} gives the top-level string fields of the\n"
                    + "error body by wire name (null when absent), for errors that carry more than a message.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(service.baseException())
            .addParameter(Types.ERROR_DETAILS, "details")
            .addParameter(fields, "fields")
            .addStatement("String code = details.errorCode()")
            .beginControlFlow("if (code == null)")
            .addStatement("return new $T(details)", service.baseException())
            .endControlFlow()
            .beginControlFlow("switch (code)");
    for (JavaError error : service.errors()) {
      create.addCode("case $S:\n$>", error.code());
      StringBuilder args = new StringBuilder("details");
      for (JavaMember member : error.extraMembers()) {
        args.append(", fields.apply(\"").append(member.wireName()).append("\")");
      }
      create.addStatement("return new $T($L)", error.className(), args).addCode("$<");
    }
    create
        .addCode("default:\n$>")
        .addStatement("return new $T(details)", service.baseException())
        .addCode("$<");
    create.endControlFlow();
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Maps error codes to the exceptions of the model.\n")
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(create.build())
        .build();
  }

  private static FieldSpec serialVersionUid() {
    return FieldSpec.builder(
            long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("1L")
        .build();
  }
}
