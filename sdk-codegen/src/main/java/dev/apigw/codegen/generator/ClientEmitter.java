package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the client: the public interface, with every operation as a default method (so a test
 * double overrides only what it uses), the {@code Consumer<Builder>} overloads and the paginators
 * as default methods built on the operations, and the builder that wires the core runtime; and its
 * implementation, a package-private class whose methods hand each operation's marshaller and
 * unmarshaller to the runtime.
 */
final class ClientEmitter implements Emitter, ClientStyle {
  private static final ClassName CLIENT_BUILDER =
      ClassName.get("dev.apigw.core.client", "SdkClientBuilder");
  private static final ClassName PAGINATOR = ClassName.get("dev.apigw.core.paging", "Paginator");
  private static final ClassName SDK_CLIENT_EXCEPTION =
      ClassName.get("dev.apigw.core.exception", "SdkClientException");

  /** Where the model's endpoint rule set travels: in the sdk-model jar, beside the model. */
  @Override
  public List<JavaFile> emit(JavaService service) {
    ClassName client = clientName(service);
    List<JavaFile> files = new ArrayList<>();
    files.add(Emitter.file(Types.CLIENT_PACKAGE, clientInterface(service, client)));
    files.add(Emitter.file(Types.CLIENT_PACKAGE, implementation(service, client)));
    return files;
  }

  static ClassName clientName(JavaService service) {
    return ClassName.get(Types.CLIENT_PACKAGE, service.model().service().id() + "Client");
  }

  private TypeSpec clientInterface(JavaService service, ClassName client) {
    String serviceId = service.model().service().id();
    return TypeSpec.interfaceBuilder(client)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(AutoCloseable.class)
        .addJavadoc(
            "The $L client: every operation of the model, signed with SigV4 and sent over OkHttp.\n"
                + "\n<p>The client from {@link #builder()} or {@link #create()} is thread-safe: build one, share it, and\n"
                + "{@link #close()} it when done. An error the service answers with an error code is thrown as {@link $T}\n"
                + "or one of its subclasses; an error response without one (a proxy's HTML page, an empty 500) as its\n"
                + "superclass {@code ServiceException}; a failure to get a usable response as {@link $T}.\n"
                + "\n<p>In tests of code that uses it, implement this interface: every operation is a default method that\n"
                + "throws {@link UnsupportedOperationException}, and the {@code Consumer} overloads and the paginators call\n"
                + "the operations, so a test double overrides only the operations its code calls.\n",
            serviceId,
            service.baseException(),
            SDK_CLIENT_EXCEPTION)
        .addField(
            constant(
                "SIGNING_NAME",
                "The name requests are signed for.\n",
                service.model().service().signingName()))
        .addField(
            constant(
                "ENDPOINT_PREFIX",
                "The first label of the service's default host names.\n",
                service.model().service().endpointPrefix()))
        .addMethods(
            ClientParts.factories(
                client,
                CodeBlock.of(
                    "A builder; without settings, region and credentials come from the environment.\n"),
                CodeBlock.of(
                    "A client with every setting from the environment, as {@code builder().build()}: the default\n"
                        + "region, credentials, retry and endpoint chains.\n")))
        .addMethods(OperationMethods.of(service, this))
        .addMethods(WaiterEmitter.accessor(service, false))
        .addMethod(
            ClientParts.defaultClose(
                CodeBlock.of(
                    "Releases the connections and threads of an HTTP client this client built; one handed in is left\n"
                        + "alone. Calls after this fail. The default does nothing, for test doubles.\n")))
        .addType(builder(service, client))
        .build();
  }

  private static FieldSpec constant(String name, String javadoc, String value) {
    return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(javadoc)
        .initializer("$S", value)
        .build();
  }

  private TypeSpec implementation(JavaService service, ClassName client) {
    return ClientParts.implementation(
        client,
        CodeBlock.of(
            "The client {@link $T#builder()} builds: each operation goes through the core runtime.\n",
            client),
        service.operations(),
        this);
  }

  @Override
  public TypeName returns(JavaOperation op) {
    return op.result().className();
  }

  @Override
  public CodeBlock fail(CodeBlock exception) {
    return CodeBlock.builder().addStatement("throw $L", exception).build();
  }

  @Override
  public CodeBlock fromConsumer(JavaOperation op) {
    return OperationMethods.fromConsumer(op, op.methodName());
  }

  @Override
  public CodeBlock operationJavadoc(JavaService service, JavaOperation op) {
    return CodeBlock.builder()
        .add(OperationJavadoc.summary("Calls", op))
        .add("\n@param request the request\n@return the result\n")
        .add(
            OperationJavadoc.errors(
                op, "@throws $T when the service answers {@code $L} (HTTP $L)\n"))
        .add(
            "@throws $T when the service answers with another error code\n",
            service.baseException())
        .add(
            "@throws $T when no usable response arrives (connection, timeout, interrupt, credentials)\n",
            SDK_CLIENT_EXCEPTION)
        .add("@throws IllegalArgumentException when {@code request} is null\n")
        .add(
            "@throws UnsupportedOperationException from this default method; the client {@link #builder()}\n"
                + "    builds implements every operation\n")
        .build();
  }

  @Override
  public String fromConsumerJavadoc() {
    return "Calls {@code $L} with a request built by {@code request}; see {@link #$L($T)}.\n"
        + "\n@param request sets the members of the request on its builder\n"
        + "@return the result\n";
  }

  @Override
  public ClassName paginator() {
    return PAGINATOR;
  }

  @Override
  public String paginatorJavadoc() {
    return "All pages of {@code $L}, fetched lazily: no call until iterated, one call of\n"
        + "{@link #$L($T)} per page, starting at the request's {@code $L} if it has one.\n"
        + "\n@param request the request of the first page\n@return the pages, not fetched yet\n";
  }

  @Override
  public String paginatorFromConsumerJavadoc() {
    return "All pages of {@code $L} for a request built by {@code request}.\n"
        + "\n@param request sets the members of the first page's request on its builder\n"
        + "@return the pages, not fetched yet\n";
  }

  @Override
  public CodeBlock invoke(JavaOperation op, ClassName binding) {
    return CodeBlock.builder()
        .add(OperationMethods.checkNotNull(op))
        .addStatement(
            "return runtime.invoke($S, request, $T::marshall, $T::unmarshall)",
            op.name(),
            binding,
            binding)
        .build();
  }

  /**
   * The builder: the settings every client has come from the core's base; only the service's own
   * facts are here.
   */
  private TypeSpec builder(JavaService service, ClassName client) {
    return ClientParts.builder(
        service,
        client,
        ClientParts.implementationName(client),
        CodeBlock.of(
            "Settings of a client; see {@link $T} for each. Not thread-safe; {@link #build()} may be called\n"
                + "more than once.\n",
            CLIENT_BUILDER),
        CodeBlock.of("SIGNING_NAME, ENDPOINT_PREFIX"),
        List.of());
  }
}
