package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the client facade: one method per operation (and one taking a builder {@code Consumer}), a paginator per
 * paging operation, and the builder that wires the core runtime. Plain code: each method hands its operation's
 * marshaller and unmarshaller to the runtime.
 */
final class ClientEmitter implements Emitter {
  static final String CLIENT_PACKAGE = "dev.apigw.client";
  private static final ClassName RUNTIME = ClassName.get("dev.apigw.core.client", "ClientRuntime");
  private static final ClassName CLIENT_BUILDER = ClassName.get("dev.apigw.core.client", "SdkClientBuilder");
  private static final ClassName SERVICE_METADATA = ClassName.get("dev.apigw.core.client", "ServiceMetadata");
  private static final ClassName PAGINATOR = ClassName.get("dev.apigw.core.paging", "Paginator");
  /** Where the model's endpoint rule set travels: in the sdk-model jar, beside the model. */
  static final String ENDPOINT_RULE_SET = "dev/apigw/model/endpoint-rule-set.json";
  private static final ClassName CONSUMER = ClassName.get(java.util.function.Consumer.class);

  @Override
  public List<JavaFile> emit(JavaService service) {
    ClassName client = clientName(service);
    List<JavaFile> files = new ArrayList<>();
    files.add(Emitter.file(CLIENT_PACKAGE, client(service, client)));
    return files;
  }

  static ClassName clientName(JavaService service) {
    return ClassName.get(CLIENT_PACKAGE, service.model().service().id() + "Client");
  }

  private TypeSpec client(JavaService service, ClassName client) {
    String serviceId = service.model().service().id();
    TypeSpec.Builder type = TypeSpec.classBuilder(client)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(AutoCloseable.class)
        .addJavadoc("The $L client: every operation of the model, signed with SigV4 and sent over OkHttp.\n"
            + "\n<p>Thread-safe. Build one with {@link #builder()}, share it, and {@link #close()} it when done.\n"
            + "An error the service answers with an error code is thrown as {@link $T} or one of its\n"
            + "subclasses; an error response without one (a proxy's HTML page, an empty 500) as its superclass\n"
            + "{@code ServiceException}; a failure to get a usable response as {@code SdkClientException}.\n",
            serviceId, service.baseException())
        .addField(FieldSpec.builder(String.class, "SIGNING_NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The name requests are signed for.\n")
            .initializer("$S", service.model().service().signingName()).build())
        .addField(FieldSpec.builder(String.class, "ENDPOINT_PREFIX", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The first label of the service's default host names.\n")
            .initializer("$S", service.model().service().endpointPrefix()).build())
        .addField(RUNTIME, "runtime", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(RUNTIME, "runtime")
            .addStatement("this.runtime = runtime")
            .build())
        .addMethod(MethodSpec.methodBuilder("builder")
            .addJavadoc("A builder; without settings, region and credentials come from the environment.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(client.nestedClass("Builder"))
            .addStatement("return new Builder()")
            .build());

    for (JavaOperation op : service.operations()) {
      addOperation(type, op);
      op.paging().ifPresent(paging -> addPaginator(type, op, paging));
    }
    type.addMethod(MethodSpec.methodBuilder("close")
        .addJavadoc("Releases the connections and threads of an HTTP client this client built; one handed in is left\n"
            + "alone. Calls after this fail.\n")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addStatement("runtime.close()")
        .build());
    type.addMethod(MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $S + runtime + $S", client.simpleName() + "{", "}")
        .build());
    type.addType(builder(service, client));
    return type.build();
  }

  private void addOperation(TypeSpec.Builder type, JavaOperation op) {
    ClassName request = op.request().className();
    ClassName result = op.result().className();
    ClassName marshaller = OperationEmitter.className(op);
    type.addMethod(MethodSpec.methodBuilder(op.methodName())
        .addJavadoc("Calls {@code $L}: {@code $L $L}.\n", op.name(), op.operation().http().method(), op.operation().http().uri())
        .addModifiers(Modifier.PUBLIC)
        .returns(result)
        .addParameter(request, "request")
        .addCode(checkNotNull(op))
        .addStatement("return runtime.invoke($S, $T.marshall(request), $T::unmarshall)", op.name(), marshaller, marshaller)
        .build());
    type.addMethod(MethodSpec.methodBuilder(op.methodName())
        .addJavadoc("Calls {@code $L} with a request built by {@code request}.\n", op.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(result)
        .addParameter(ParameterizedTypeName.get(CONSUMER, request.nestedClass("Builder")), "request")
        .addCode(checkNotNull(op))
        .addStatement("$T.Builder builder = $T.builder()", request, request)
        .addStatement("request.accept(builder)")
        .addStatement("return $L(builder.build())", op.methodName())
        .build());
  }

  private void addPaginator(TypeSpec.Builder type, JavaOperation op, JavaPaging paging) {
    ClassName request = op.request().className();
    ClassName result = op.result().className();
    TypeName item = ((JavaType.ListOf) paging.items().type()).element().boxed();
    TypeName paginator = ParameterizedTypeName.get(PAGINATOR, result, item);
    String method = op.methodName() + "Paginator";
    String withToken = "with" + Names.upperCamel(paging.inputToken().javaName());
    type.addMethod(MethodSpec.methodBuilder(method)
        .addJavadoc("All pages of {@code $L}, fetched lazily: no call until iterated, one call per page, starting at\n"
            + "the request's {@code $L} if it has one.\n", op.name(), paging.inputToken().member().name())
        .addModifiers(Modifier.PUBLIC)
        .returns(paginator)
        .addParameter(request, "request")
        .addCode(checkNotNull(op))
        .addStatement("return $T.create($S, request.$L().orElse(null), token -> $L(request.$L(token)), $T::$L, $T::$L)",
            PAGINATOR, op.name(), paging.inputToken().javaName(), op.methodName(), withToken,
            result, paging.outputToken().javaName(), result, paging.items().javaName())
        .build());
    type.addMethod(MethodSpec.methodBuilder(method)
        .addJavadoc("All pages of {@code $L} for a request built by {@code request}.\n", op.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(paginator)
        .addParameter(ParameterizedTypeName.get(CONSUMER, request.nestedClass("Builder")), "request")
        .addCode(checkNotNull(op))
        .addStatement("$T.Builder builder = $T.builder()", request, request)
        .addStatement("request.accept(builder)")
        .addStatement("return $L(builder.build())", method)
        .build());
  }

  private static CodeBlock checkNotNull(JavaOperation op) {
    return CodeBlock.builder()
        .beginControlFlow("if (request == null)")
        .addStatement("throw new $T($S)", IllegalArgumentException.class, op.name() + ": request must not be null")
        .endControlFlow()
        .build();
  }

  /** The builder: the settings every client has come from the core's base; only the service's own facts are here. */
  private TypeSpec builder(JavaService service, ClassName client) {
    ClassName self = client.nestedClass("Builder");
    ClassName errors = ClassName.get(service.internalPackage(), service.model().service().id() + "Errors");
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(ParameterizedTypeName.get(CLIENT_BUILDER, self, client))
        .addJavadoc("Settings of a client; see {@link $T} for each. Not thread-safe; {@link #build()} may be called\n"
            + "more than once.\n", CLIENT_BUILDER)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addStatement("super($T.of($S, SIGNING_NAME, ENDPOINT_PREFIX, $T::create)\n.withServiceId($S)"
                + "\n.withEndpointRuleSet($S))", SERVICE_METADATA, client.simpleName(), errors,
                service.model().service().id(), ENDPOINT_RULE_SET)
            .build())
        .addMethod(MethodSpec.methodBuilder("newClient")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .returns(client)
            .addParameter(RUNTIME, "runtime")
            .addStatement("return new $T(runtime)", client)
            .build())
        .build();
  }
}
