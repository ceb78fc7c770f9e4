package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import java.util.List;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * What a request class has besides its members: the {@code RequestOverrideConfiguration} of the
 * call made with it, which is not part of its wire form nor of its equality. The request is an
 * {@code SdkRequest}, so that the runtime reads it; its builder sets it from a value or from a
 * {@code Consumer} of a new builder, and {@code from} (so {@code toBuilder()} and the {@code withX}
 * copies, which paginators make for each page) keeps it.
 */
final class RequestOverrides {
  static final String NAME = "overrideConfiguration";
  private static final ClassName TYPE = Types.REQUEST_OVERRIDE_CONFIGURATION;

  private RequestOverrides() {}

  /** The field, in the request and in its builder. */
  static FieldSpec field(Modifier... modifiers) {
    return FieldSpec.builder(Types.nullable(TYPE), NAME, modifiers).build();
  }

  /** The request's accessor, which implements {@code SdkRequest}'s. */
  static MethodSpec accessor() {
    return MethodSpec.methodBuilder(NAME)
        .addJavadoc(
            "What the call made with this request changes of its client's settings, for that call"
                + " alone:\ntimeouts, retry strategy, credentials, headers, query parameters,"
                + " interceptors. Not part of the\nrequest's wire form, nor of its equality.\n\n"
                + "@return the overrides; empty for none\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(Types.OPTIONAL, TYPE))
        .addStatement("return $T.ofNullable($L)", Types.OPTIONAL, NAME)
        .build();
  }

  /** The builder's two setters. */
  static List<MethodSpec> setters(ClassName builder, ClassName request) {
    ClassName overridesBuilder = TYPE.nestedClass("Builder");
    MethodSpec fromValue =
        MethodSpec.methodBuilder(NAME)
            .addJavadoc(
                "Sets {@link $T#$L()}:\nwhat the call made with the request changes of its client's"
                    + " settings; null for nothing.\n\n"
                    + "@param $L the overrides\n@return this builder\n",
                request,
                NAME,
                NAME)
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(TYPE, NAME)
            .addStatement("this.$L = $L", NAME, NAME)
            .addStatement("return this")
            .build();
    MethodSpec fromConsumer =
        MethodSpec.methodBuilder(NAME)
            .addJavadoc(
                "Sets {@link $T#$L()}\nto what {@code overrides} builds on a new builder, replacing"
                    + " those set before.\n\n"
                    + "@param overrides sets the overrides\n@return this builder\n",
                request,
                NAME)
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addParameter(
                ParameterizedTypeName.get(ClassName.get(Consumer.class), overridesBuilder),
                "overrides")
            .beginControlFlow("if (overrides == null)")
            .addStatement(
                "throw new $T($S)",
                IllegalArgumentException.class,
                request.simpleName() + ".Builder." + NAME + ": overrides must not be null")
            .endControlFlow()
            .addStatement("$T built = $T.builder()", overridesBuilder, TYPE)
            .addStatement("overrides.accept(built)")
            .addStatement("this.$L = built.build()", NAME)
            .addStatement("return this")
            .build();
    return List.of(fromValue, fromConsumer);
  }
}
