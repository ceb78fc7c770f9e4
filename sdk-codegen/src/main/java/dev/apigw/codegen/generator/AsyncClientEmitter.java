package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.lang.model.element.Modifier;

/**
 * Writes the asynchronous client: an interface of the same shape as the blocking one, whose
 * operations return {@link CompletableFuture}s and whose paginators are {@code Flow.Publisher}s,
 * with its builder; and its package-private implementation, which hands each operation's marshaller
 * and unmarshaller to the runtime's {@code invokeAsync}.
 */
final class AsyncClientEmitter implements Emitter, ClientStyle {
  private static final ClassName CLIENT_BUILDER =
      ClassName.get("dev.apigw.core.client", "SdkClientBuilder");
  private static final ClassName PAGINATOR =
      ClassName.get("dev.apigw.core.paging", "AsyncPaginator");
  private static final ClassName SDK_CLIENT_EXCEPTION =
      ClassName.get("dev.apigw.core.exception", "SdkClientException");
  private static final ClassName FUTURE = ClassName.get(CompletableFuture.class);

  @Override
  public List<JavaFile> emit(JavaService service) {
    ClassName client = asyncClientName(service);
    return List.of(
        Emitter.file(Types.CLIENT_PACKAGE, asyncInterface(service, client)),
        Emitter.file(Types.CLIENT_PACKAGE, implementation(service, client)));
  }

  static ClassName asyncClientName(JavaService service) {
    return ClassName.get(Types.CLIENT_PACKAGE, service.model().service().id() + "AsyncClient");
  }

  private TypeSpec asyncInterface(JavaService service, ClassName client) {
    ClassName blocking = ClientEmitter.clientName(service);
    return TypeSpec.interfaceBuilder(client)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(AutoCloseable.class)
        .addJavadoc(
            "The $L client without blocking: every operation of {@link $T}, started at once and\n"
                + "finished in a {@link $T}.\n"
                + "\n<p>Calls are signed, retried and bounded in time as the blocking client's are; OkHttp sends them\n"
                + "from its own threads, and backoffs wait on a timer, so no thread of the caller's waits for a call.\n"
                + "A future completes on the completion executor (see {@link Builder#futureCompletionExecutor}),\n"
                + "never on an OkHttp thread, with the result or with the exception the blocking client would\n"
                + "throw: {@link $T} or one of its subclasses, {@link $T}, or {@link IllegalArgumentException} for a\n"
                + "request that cannot be sent; {@code join()} wraps it in a {@code CompletionException} and\n"
                + "{@code get()} in an {@code ExecutionException}, as usual. Cancelling a future cancels the HTTP\n"
                + "call in flight and any retry waiting for its backoff.\n"
                + "\n<p>The client from {@link #builder()} or {@link #create()} is thread-safe: build one, share it, and\n"
                + "{@link #close()} it when done. In tests of code that uses it, implement this interface: every\n"
                + "operation is a default method whose future fails with {@link UnsupportedOperationException}, and\n"
                + "the {@code Consumer} overloads and the paginators call the operations.\n",
            service.model().service().id(),
            blocking,
            FUTURE,
            service.baseException(),
            SDK_CLIENT_EXCEPTION)
        .addMethods(
            ClientParts.factories(
                client,
                CodeBlock.of(
                    "A builder, with the settings of {@link $T.Builder} and the completion executor;\n"
                        + "without settings, region and credentials come from the environment.\n",
                    blocking),
                CodeBlock.of(
                    "A client with every setting from the environment, as {@code builder().build()}.\n")))
        .addMethods(OperationMethods.of(service, this))
        .addMethods(WaiterEmitter.accessor(service, true))
        .addMethod(
            ClientParts.defaultClose(
                CodeBlock.of(
                    "Releases the connections and threads of an HTTP client this client built, its retry timer and\n"
                        + "its own completion executor; what was handed in is left alone. Calls after this fail their\n"
                        + "futures. The default does nothing, for test doubles.\n")))
        .addType(builder(service, client))
        .build();
  }

  private TypeSpec implementation(JavaService service, ClassName client) {
    return ClientParts.implementation(
        client,
        CodeBlock.of(
            "The client {@link $T#builder()} builds: each operation goes through the core runtime's\n"
                + "asynchronous path.\n",
            client),
        service.operations(),
        this);
  }

  @Override
  public TypeName returns(JavaOperation op) {
    return ParameterizedTypeName.get(FUTURE, op.result().className());
  }

  @Override
  public CodeBlock fail(CodeBlock exception) {
    return CodeBlock.builder()
        .addStatement("return $T.failedFuture($L)", FUTURE, exception)
        .build();
  }

  /**
   * A failure of {@code request} or of building the request fails the future; nothing is thrown.
   */
  @Override
  public CodeBlock fromConsumer(JavaOperation op) {
    ClassName request = op.request().className();
    return CodeBlock.builder()
        .beginControlFlow("if (request == null)")
        .add(
            fail(
                CodeBlock.of(
                    "new $T($S)",
                    IllegalArgumentException.class,
                    op.name() + ": request must not be null")))
        .endControlFlow()
        .addStatement("$T built", request)
        .beginControlFlow("try")
        .addStatement("$T.Builder builder = $T.builder()", request, request)
        .addStatement("request.accept(builder)")
        .addStatement("built = builder.build()")
        .nextControlFlow("catch ($T e)", RuntimeException.class)
        .add(fail(CodeBlock.of("e")))
        .endControlFlow()
        .addStatement("return $L(built)", op.methodName())
        .build();
  }

  /** The blocking client's Javadoc facts, told for a future: what it completes with, and when. */
  @Override
  public CodeBlock operationJavadoc(JavaService service, JavaOperation op) {
    return CodeBlock.builder()
        .add(OperationJavadoc.summary("Starts", op))
        .add("\n<p>The future fails with:\n<ul>\n")
        .add(
            OperationJavadoc.errors(
                op, "  <li>{@link $T} when the service answers {@code $L} (HTTP $L);\n"))
        .add(
            "  <li>{@link $T} when the service answers with another error code;\n",
            service.baseException())
        .add(
            "  <li>{@link $T} when no usable response arrives (connection, timeout, cancellation,\n"
                + "      credentials);\n",
            SDK_CLIENT_EXCEPTION)
        .add("  <li>{@link IllegalArgumentException} when {@code request} is null or invalid;\n")
        .add(
            "  <li>{@link UnsupportedOperationException} from this default method; the client\n"
                + "      {@link #builder()} builds implements every operation.\n")
        .add("</ul>\n")
        .add("\n@param request the request\n@return the future result\n")
        .build();
  }

  @Override
  public String fromConsumerJavadoc() {
    return "Calls {@code $L} with a request built by {@code request}; see {@link #$L($T)}. A failure\n"
        + "of {@code request} or of building the request fails the future.\n"
        + "\n@param request sets the members of the request on its builder\n"
        + "@return the future result\n";
  }

  @Override
  public ClassName paginator() {
    return PAGINATOR;
  }

  @Override
  public String paginatorJavadoc() {
    return "All pages of {@code $L} as a {@code Flow.Publisher}: a call of {@link #$L($T)} per page,\n"
        + "only as the subscriber asks, one at a time, starting at the request's {@code $L} if it has\n"
        + "one; {@code items()} publishes the items and {@code forEach} runs an action on each.\n"
        + "\n@param request the request of the first page\n@return the pages, not fetched yet\n"
        + "@throws IllegalArgumentException when {@code request} is null\n";
  }

  @Override
  public String paginatorFromConsumerJavadoc() {
    return "All pages of {@code $L} for a request built by {@code request}.\n"
        + "\n@param request sets the members of the first page's request on its builder\n"
        + "@return the pages, not fetched yet\n"
        + "@throws IllegalArgumentException when {@code request} is null\n";
  }

  @Override
  public CodeBlock invoke(JavaOperation op, ClassName binding) {
    return CodeBlock.builder()
        .addStatement(
            "return runtime.invokeAsync($S, request, $T::marshall, $T::unmarshall)",
            op.name(),
            binding,
            binding)
        .build();
  }

  /**
   * The builder: the blocking client's settings, from the same base, and the completion executor.
   */
  private TypeSpec builder(JavaService service, ClassName client) {
    ClassName blocking = ClientEmitter.clientName(service);
    MethodSpec completionExecutor =
        MethodSpec.methodBuilder("futureCompletionExecutor")
            .addJavadoc(
                "The executor that completes the client's futures, and so runs the callbacks chained on them\n"
                    + "without {@code Async}; the client's own by default (daemon threads, as many as there are\n"
                    + "processors, at least 2). Closing the client leaves an executor handed in running.\n"
                    + "\n@param executor where futures complete\n@return this builder\n"
                    + "@throws IllegalArgumentException when {@code executor} is null\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(client.nestedClass("Builder"))
            .addParameter(Executor.class, "executor")
            .addStatement("setFutureCompletionExecutor(executor)")
            .addStatement("return this")
            .build();
    return ClientParts.builder(
        service,
        client,
        ClientParts.implementationName(client),
        CodeBlock.of(
            "Settings of an asynchronous client; see {@link $T} for those it shares with the blocking\n"
                + "client. Not thread-safe; {@link #build()} may be called more than once.\n",
            CLIENT_BUILDER),
        CodeBlock.of("$T.SIGNING_NAME, $T.ENDPOINT_PREFIX", blocking, blocking),
        List.of(completionExecutor));
  }
}
