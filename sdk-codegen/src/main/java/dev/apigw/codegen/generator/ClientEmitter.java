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
  private static final ClassName RUNTIME = ClassName.get("dev.apigw.core.http", "ClientRuntime");
  private static final ClassName PAGINATOR = ClassName.get("dev.apigw.core.paging", "Paginator");
  private static final ClassName CREDENTIALS = ClassName.get("dev.apigw.core.auth", "Credentials");
  private static final ClassName CREDENTIALS_PROVIDER = ClassName.get("dev.apigw.core.auth", "CredentialsProvider");
  private static final ClassName ENV_CREDENTIALS = ClassName.get("dev.apigw.core.auth", "EnvironmentCredentialsProvider");
  private static final ClassName REGIONS = ClassName.get("dev.apigw.core.region", "Regions");
  private static final ClassName OK_HTTP = ClassName.get("okhttp3", "OkHttpClient");
  private static final ClassName CONSUMER = ClassName.get(java.util.function.Consumer.class);
  private static final ClassName URI = ClassName.get(java.net.URI.class);
  private static final ClassName CLOCK = ClassName.get(java.time.Clock.class);

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

  private TypeSpec builder(JavaService service, ClassName client) {
    ClassName self = client.nestedClass("Builder");
    ClassName errors = ClassName.get(service.internalPackage(), service.model().service().id() + "Errors");
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Settings of a client. Not thread-safe; {@link #build()} may be called more than once.\n")
        .addField(FieldSpec.builder(String.class, "region", Modifier.PRIVATE).addAnnotation(Types.NULLABLE).build())
        .addField(FieldSpec.builder(URI, "endpoint", Modifier.PRIVATE).addAnnotation(Types.NULLABLE).build())
        .addField(FieldSpec.builder(CREDENTIALS_PROVIDER, "credentialsProvider", Modifier.PRIVATE).addAnnotation(Types.NULLABLE).build())
        .addField(FieldSpec.builder(OK_HTTP, "httpClient", Modifier.PRIVATE).addAnnotation(Types.NULLABLE).build())
        .addField(FieldSpec.builder(CLOCK, "clock", Modifier.PRIVATE).addAnnotation(Types.NULLABLE).build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(setter(self, "region", ClassName.get(String.class),
            "The region, such as {@code us-east-1}; by default {@code AWS_REGION}, then {@code AWS_DEFAULT_REGION}.",
            CodeBlock.of("this.region = $T.requireValid(region)", REGIONS)))
        .addMethod(setter(self, "endpoint", URI,
            "Where to send requests instead of the region's endpoint, such as a local test server.",
            CodeBlock.of("this.endpoint = endpoint")))
        .addMethod(setter(self, "credentialsProvider", CREDENTIALS_PROVIDER,
            "Where credentials come from on each call; by default the environment variables\n"
                + "{@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY} and {@code AWS_SESSION_TOKEN}.",
            CodeBlock.of("this.credentialsProvider = credentialsProvider")))
        .addMethod(setter(self, "credentials", CREDENTIALS, "Fixed credentials.",
            CodeBlock.of("this.credentialsProvider = $T.of(credentials)", CREDENTIALS_PROVIDER)))
        .addMethod(setter(self, "httpClient", OK_HTTP,
            "An OkHttp client to share connection pools and threads with; closing this client leaves it open.",
            CodeBlock.of("this.httpClient = httpClient")))
        .addMethod(setter(self, "clock", CLOCK, "The clock requests are signed with; the system clock by default.",
            CodeBlock.of("this.clock = clock")))
        .addMethod(MethodSpec.methodBuilder("build")
            .addJavadoc("A new client. Fails, before any I/O, when no region or no credentials can be found.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(client)
            .addStatement("String resolvedRegion = region != null ? region : $T.fromEnvironment().orElseThrow(() ->\n"
                + "    new $T($S))", REGIONS, IllegalStateException.class,
                "No region: call region(...) on the " + client.simpleName() + " builder or set AWS_REGION")
            .addStatement("$T resolvedCredentials = credentialsProvider", CREDENTIALS_PROVIDER)
            .beginControlFlow("if (resolvedCredentials == null)")
            .addComment("Fails here, naming the missing variables, rather than on the first call.")
            .addStatement("resolvedCredentials = $T.of($T.create().resolveCredentials())", CREDENTIALS_PROVIDER, ENV_CREDENTIALS)
            .endControlFlow()
            .addStatement("$T.Builder runtime = $T.builder()\n"
                + ".signingName(SIGNING_NAME)\n"
                + ".region(resolvedRegion)\n"
                + ".endpoint(endpoint != null ? endpoint : $T.defaultEndpoint(ENDPOINT_PREFIX, resolvedRegion))\n"
                + ".credentialsProvider(resolvedCredentials)\n"
                + ".errorFactory($T::create)", RUNTIME, RUNTIME, REGIONS, errors)
            .beginControlFlow("if (httpClient != null)")
            .addStatement("runtime.httpClient(httpClient)")
            .endControlFlow()
            .beginControlFlow("if (clock != null)")
            .addStatement("runtime.clock(clock)")
            .endControlFlow()
            .addStatement("return new $T(runtime.build())", client)
            .build())
        .build();
  }

  private static MethodSpec setter(ClassName builder, String name, TypeName type, String doc, CodeBlock assign) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc(doc + "\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(type, name)
        .beginControlFlow("if ($L == null)", name)
        .addStatement("throw new $T($S)", IllegalArgumentException.class, name + " must not be null")
        .endControlFlow()
        .addStatement(assign)
        .addStatement("return this")
        .build();
  }
}
