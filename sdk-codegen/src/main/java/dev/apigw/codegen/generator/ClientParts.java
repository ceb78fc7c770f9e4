package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * What the blocking and the asynchronous client emitters write alike: the implementation class
 * around the runtime, the two paginator methods of a paginated operation, and the builder.
 */
final class ClientParts {
  static final ClassName RUNTIME = ClassName.get("dev.apigw.core.client", "ClientRuntime");
  private static final ClassName CLIENT_BUILDER =
      ClassName.get("dev.apigw.core.client", "SdkClientBuilder");
  private static final ClassName SERVICE_METADATA =
      ClassName.get("dev.apigw.core", "ServiceMetadata");
  private static final ClassName CREDENTIALS_PROVIDER =
      ClassName.get("dev.apigw.core.auth", "CredentialsProvider");
  private static final ClassName DEFAULT_CREDENTIALS_PROVIDER =
      ClassName.get("dev.apigw.core.credentials", "DefaultCredentialsProvider");
  private static final ClassName ENVIRONMENT =
      ClassName.get("dev.apigw.core.internal", "Environment");
  private static final ClassName CONSUMER = ClassName.get(Consumer.class);

  private ClientParts() {}

  /** The interface's static {@code builder()} and {@code create()}. */
  static List<MethodSpec> factories(ClassName client, CodeBlock builderDoc, CodeBlock createDoc) {
    return List.of(
        MethodSpec.methodBuilder("builder")
            .addJavadoc(builderDoc)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(client.nestedClass("Builder"))
            .addStatement("return new Builder()")
            .build(),
        MethodSpec.methodBuilder("create")
            .addJavadoc(createDoc)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(client)
            .addStatement("return builder().build()")
            .build());
  }

  /** The interface's default {@code close()}, which does nothing, for test doubles. */
  static MethodSpec defaultClose(CodeBlock doc) {
    return MethodSpec.methodBuilder("close")
        .addJavadoc(doc)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
        .build();
  }

  /**
   * The package-private implementation of {@code client}: the runtime, the given operation methods,
   * {@code close()} and {@code toString()}.
   */
  static TypeSpec implementation(
      ClassName implementation, ClassName client, CodeBlock javadoc, List<MethodSpec> operations) {
    return TypeSpec.classBuilder(implementation)
        .addModifiers(Modifier.FINAL)
        .addSuperinterface(client)
        .addJavadoc(javadoc)
        .addField(RUNTIME, "runtime", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(RUNTIME, "runtime")
                .addStatement("this.runtime = runtime")
                .build())
        .addMethods(operations)
        .addMethod(
            MethodSpec.methodBuilder("close")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addStatement("runtime.close()")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $S + runtime + $S", client.simpleName() + "{", "}")
                .build())
        .build();
  }

  /**
   * An operation's paginator methods, both default: one from a request, one from a {@code Consumer}
   * of its builder; {@code paginatorClass} is created with the operation's method.
   */
  static List<MethodSpec> paginators(
      JavaOperation op,
      JavaPaging paging,
      ClassName paginatorClass,
      CodeBlock fromRequestDoc,
      CodeBlock fromConsumerDoc) {
    ClassName request = op.request().className();
    ClassName result = op.result().className();
    TypeName item = ((JavaType.ListOf) paging.items().type()).element().boxed();
    TypeName paginator = ParameterizedTypeName.get(paginatorClass, result, item);
    String method = op.methodName() + "Paginator";
    String withToken = "with" + Names.upperCamel(paging.inputToken().javaName());
    MethodSpec fromRequest =
        MethodSpec.methodBuilder(method)
            .addJavadoc(fromRequestDoc)
            .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
            .returns(paginator)
            .addParameter(request, "request")
            .addCode(ClientEmitter.checkNotNull(op))
            .addStatement(
                "return $T.create($S, request.$L().orElse(null), token -> $L(request.$L(token)), $T::$L, $T::$L)",
                paginatorClass,
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
            .addJavadoc(fromConsumerDoc)
            .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
            .returns(paginator)
            .addParameter(
                ParameterizedTypeName.get(CONSUMER, request.nestedClass("Builder")), "request")
            .addCode(ClientEmitter.checkNotNull(op))
            .addStatement("$T.Builder builder = $T.builder()", request, request)
            .addStatement("request.accept(builder)")
            .addStatement("return $L(builder.build())", method)
            .build();
    return List.of(fromRequest, fromConsumer);
  }

  /**
   * The client's builder: the settings every client has come from the core's base; only the
   * service's facts are here, and {@code extra} setters.
   *
   * @param constants where the signing name and endpoint prefix constants are, as code
   */
  static TypeSpec builder(
      JavaService service,
      ClassName client,
      ClassName implementation,
      CodeBlock javadoc,
      CodeBlock constants,
      List<MethodSpec> extra) {
    ClassName self = client.nestedClass("Builder");
    ClassName errors =
        ClassName.get(service.internalPackage(), service.model().service().id() + "Errors");
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(CLIENT_BUILDER, self, client))
        .addJavadoc(javadoc)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addStatement(
                    "super($T.of($S, $L, $T::create)\n.withServiceId($S)"
                        + "\n.withEndpointRuleSet($S))",
                    SERVICE_METADATA,
                    client.simpleName(),
                    constants,
                    errors,
                    service.model().service().id(),
                    ClientEmitter.ENDPOINT_RULE_SET)
                .build())
        .addMethods(extra)
        .addMethod(
            MethodSpec.methodBuilder("newClient")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(client)
                .addParameter(RUNTIME, "runtime")
                .addStatement("return new $T(runtime)", implementation)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("defaultCredentialsProvider")
                .addJavadoc(
                    "The SDK's default credentials chain, handed down to the core builder, which has"
                        + " none of its own.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PROTECTED)
                .returns(CREDENTIALS_PROVIDER)
                .addParameter(ENVIRONMENT, "environment")
                .addStatement("return $T.create()", DEFAULT_CREDENTIALS_PROVIDER)
                .build())
        .build();
  }
}
