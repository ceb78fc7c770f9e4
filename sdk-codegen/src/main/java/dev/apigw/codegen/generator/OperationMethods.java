package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * A client interface's methods for the operations, all default methods, so that a test double
 * overrides only what it uses. Each operation has one from a request and one from a consumer of the
 * request's builder, and a paginated one has the same two for its paginator.
 */
final class OperationMethods {
  private OperationMethods() {}

  static List<MethodSpec> of(JavaService service, ClientStyle style) {
    List<MethodSpec> methods = new ArrayList<>();
    for (JavaOperation op : service.operations()) {
      methods.addAll(operation(service, op, style));
      op.paging().ifPresent(paging -> methods.addAll(paginators(op, paging, style)));
    }
    return methods;
  }

  private static List<MethodSpec> operation(
      JavaService service, JavaOperation op, ClientStyle style) {
    ClassName request = op.request().className();
    MethodSpec fromRequest =
        MethodSpec.methodBuilder(op.methodName())
            .addJavadoc(style.operationJavadoc(service, op))
            .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
            .returns(style.returns(op))
            .addParameter(request, "request")
            .addCode(
                style.fail(
                    CodeBlock.of(
                        "new $T($S + getClass().getName())",
                        UnsupportedOperationException.class,
                        op.name() + " is not implemented by ")))
            .build();
    MethodSpec fromConsumer =
        MethodSpec.methodBuilder(op.methodName())
            .addJavadoc(style.fromConsumerJavadoc(), op.name(), op.methodName(), request)
            .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
            .returns(style.returns(op))
            .addParameter(builderConsumer(request), "request")
            .addCode(style.fromConsumer(op))
            .build();
    return List.of(fromRequest, fromConsumer);
  }

  /** The runtime's paginator calls the operation's method for each page. */
  private static List<MethodSpec> paginators(
      JavaOperation op, JavaPaging paging, ClientStyle style) {
    ClassName request = op.request().className();
    ClassName result = op.result().className();
    TypeName item = ((JavaType.ListOf) paging.items().type()).element().boxed();
    TypeName paginator = ParameterizedTypeName.get(style.paginator(), result, item);
    String method = op.methodName() + "Paginator";
    String withToken = "with" + Names.upperCamel(paging.inputToken().javaName());
    MethodSpec fromRequest =
        MethodSpec.methodBuilder(method)
            .addJavadoc(
                style.paginatorJavadoc(),
                op.name(),
                op.methodName(),
                request,
                paging.inputToken().javaName())
            .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
            .returns(paginator)
            .addParameter(request, "request")
            .addCode(checkNotNull(op))
            .addStatement(
                "return $T.create($S, request.$L().orElse(null), token -> $L(request.$L(token)), $T::$L, $T::$L)",
                style.paginator(),
                op.name(),
                paging.inputToken().javaName(),
                op.methodName(),
                withToken,
                result,
                paging.outputToken().javaName(),
                result,
                paging.items().javaName())
            .build();
    MethodSpec fromConsumer =
        MethodSpec.methodBuilder(method)
            .addJavadoc(style.paginatorFromConsumerJavadoc(), op.name())
            .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
            .returns(paginator)
            .addParameter(builderConsumer(request), "request")
            .addCode(fromConsumer(op, method))
            .build();
    return List.of(fromRequest, fromConsumer);
  }

  /**
   * The body of a method from a {@code Consumer} of the request's builder that builds the request
   * and returns what {@code method} returns for it; a failure is thrown.
   */
  static CodeBlock fromConsumer(JavaOperation op, String method) {
    ClassName request = op.request().className();
    return CodeBlock.builder()
        .add(checkNotNull(op))
        .addStatement("$T.Builder builder = $T.builder()", request, request)
        .addStatement("request.accept(builder)")
        .addStatement("return $L(builder.build())", method)
        .build();
  }

  private static TypeName builderConsumer(ClassName request) {
    return ParameterizedTypeName.get(ClassName.get(Consumer.class), request.nestedClass("Builder"));
  }

  static CodeBlock checkNotNull(JavaOperation op) {
    return CodeBlock.builder()
        .beginControlFlow("if (request == null)")
        .addStatement(
            "throw new $T($S)",
            IllegalArgumentException.class,
            op.name() + ": request must not be null")
        .endControlFlow()
        .build();
  }
}
