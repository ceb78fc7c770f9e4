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
 * Writes the client: the public interface, with every operation as a default method (so a test
 * double overrides only what it uses), the {@code Consumer<Builder>} overloads and the paginators
 * as default methods built on the operations, and the builder that wires the core runtime; and its
 * implementation, a package-private class whose methods hand each operation's marshaller and
 * unmarshaller to the runtime.
 */
final class ClientEmitter implements Emitter {
  static final String CLIENT_PACKAGE = "dev.apigw.client";
  private static final ClassName CLIENT_BUILDER =
      ClassName.get("dev.apigw.core.client", "SdkClientBuilder");
  private static final ClassName PAGINATOR = ClassName.get("dev.apigw.core.paging", "Paginator");
  private static final ClassName SDK_CLIENT_EXCEPTION =
      ClassName.get("dev.apigw.core.exception", "SdkClientException");

  /** Where the model's endpoint rule set travels: in the sdk-model jar, beside the model. */
  static final String ENDPOINT_RULE_SET = "dev/apigw/model/endpoint-rule-set.json";

  private static final ClassName CONSUMER = ClassName.get(java.util.function.Consumer.class);

  @Override
  public List<JavaFile> emit(JavaService service) {
    ClassName client = clientName(service);
    List<JavaFile> files = new ArrayList<>();
    files.add(Emitter.file(CLIENT_PACKAGE, clientInterface(service, client)));
    files.add(Emitter.file(CLIENT_PACKAGE, implementation(service, client)));
    return files;
  }

  static ClassName clientName(JavaService service) {
    return ClassName.get(CLIENT_PACKAGE, service.model().service().id() + "Client");
  }

  static ClassName implementationName(JavaService service) {
    return ClassName.get(CLIENT_PACKAGE, "Default" + clientName(service).simpleName());
  }

  private TypeSpec clientInterface(JavaService service, ClassName client) {
    String serviceId = service.model().service().id();
    TypeSpec.Builder type =
        TypeSpec.interfaceBuilder(client)
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
                FieldSpec.builder(
                        String.class,
                        "SIGNING_NAME",
                        Modifier.PUBLIC,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .addJavadoc("The name requests are signed for.\n")
                    .initializer("$S", service.model().service().signingName())
                    .build())
            .addField(
                FieldSpec.builder(
                        String.class,
                        "ENDPOINT_PREFIX",
                        Modifier.PUBLIC,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .addJavadoc("The first label of the service's default host names.\n")
                    .initializer("$S", service.model().service().endpointPrefix())
                    .build())
            .addMethods(
                ClientParts.factories(
                    client,
                    CodeBlock.of(
                        "A builder; without settings, region and credentials come from the environment.\n"
                            + "\n@return a new builder\n"),
                    CodeBlock.of(
                        "A client with every setting from the environment, as {@code builder().build()}: the default\n"
                            + "region, credentials, retry and endpoint chains.\n"
                            + "\n@return a new client\n"
                            + "@throws IllegalStateException when a setting cannot be resolved, naming it\n")));

    for (JavaOperation op : service.operations()) {
      addOperation(type, service, op);
      op.paging().ifPresent(paging -> addPaginator(type, op, paging));
    }
    type.addMethod(
        ClientParts.defaultClose(
            CodeBlock.of(
                "Releases the connections and threads of an HTTP client this client built; one handed in is left\n"
                    + "alone. Calls after this fail. The default does nothing, for test doubles.\n")));
    type.addType(builder(service, client));
    return type.build();
  }

  private TypeSpec implementation(JavaService service, ClassName client) {
    List<MethodSpec> operations = new ArrayList<>();
    for (JavaOperation op : service.operations()) {
      ClassName marshaller = OperationEmitter.className(op);
      operations.add(
          MethodSpec.methodBuilder(op.methodName())
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(op.result().className())
              .addParameter(op.request().className(), "request")
              .addCode(checkNotNull(op))
              .addStatement(
                  "return runtime.invoke($S, $T.marshall(request), $T::unmarshall)",
                  op.name(),
                  marshaller,
                  marshaller)
              .build());
    }
    return ClientParts.implementation(
        implementationName(service),
        client,
        CodeBlock.of(
            "The client {@link $T#builder()} builds: each operation goes through the core runtime.\n",
            client),
        operations);
  }

  private void addOperation(TypeSpec.Builder type, JavaService service, JavaOperation op) {
    ClassName request = op.request().className();
    ClassName result = op.result().className();
    type.addMethod(
        MethodSpec.methodBuilder(op.methodName())
            .addJavadoc(operationJavadoc(service, op))
            .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
            .returns(result)
            .addParameter(request, "request")
            .addStatement(
                "throw new $T($S + getClass().getName())",
                UnsupportedOperationException.class,
                op.name() + " is not implemented by ")
            .build());
    type.addMethod(
        MethodSpec.methodBuilder(op.methodName())
            .addJavadoc(
                "Calls {@code $L} with a request built by {@code request}; see {@link #$L($T)}.\n"
                    + "\n@param request sets the members of the request on its builder\n"
                    + "@return the result\n",
                op.name(),
                op.methodName(),
                request)
            .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
            .returns(result)
            .addParameter(
                ParameterizedTypeName.get(CONSUMER, request.nestedClass("Builder")), "request")
            .addCode(checkNotNull(op))
            .addStatement("$T.Builder builder = $T.builder()", request, request)
            .addStatement("request.accept(builder)")
            .addStatement("return $L(builder.build())", op.methodName())
            .build());
  }

  /**
   * What the model says of an operation, and nothing it does not: its HTTP method and path, the
   * request members it requires, and the exceptions for the errors it lists.
   */
  private static CodeBlock operationJavadoc(JavaService service, JavaOperation op) {
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "Calls {@code $L}: {@code $L $L}.\n",
                op.name(),
                op.operation().http().method(),
                op.operation().http().uri());
    doc.add("\n<p>$L\n", requiredMembers(op));
    doc.add("\n@param request the request\n@return the result\n");
    for (JavaError error : op.errors()) {
      doc.add(
          "@throws $T when the service answers {@code $L} (HTTP $L)\n",
          error.className(),
          error.code(),
          error.status());
    }
    doc.add(
        "@throws $T when the service answers with another error code\n", service.baseException());
    doc.add(
        "@throws $T when no usable response arrives (connection, timeout, interrupt, credentials)\n",
        SDK_CLIENT_EXCEPTION);
    doc.add("@throws IllegalArgumentException when {@code request} is null\n");
    doc.add(
        "@throws UnsupportedOperationException from this default method; the client {@link #builder()}\n"
            + "    builds implements every operation\n");
    return doc.build();
  }

  /** The sentence of an operation's Javadoc that names the request members it requires. */
  static String requiredMembers(JavaOperation op) {
    List<String> required = new ArrayList<>();
    for (JavaMember member : op.request().members()) {
      if (member.member().required()) {
        required.add("{@code " + member.javaName() + "}");
      }
    }
    return required.isEmpty()
        ? "No member of the request is required."
        : "Required members of the request: " + String.join(", ", required) + ".";
  }

  private void addPaginator(TypeSpec.Builder type, JavaOperation op, JavaPaging paging) {
    type.addMethods(
        ClientParts.paginators(
            op,
            paging,
            PAGINATOR,
            CodeBlock.of(
                "All pages of {@code $L}, fetched lazily: no call until iterated, one call of\n"
                    + "{@link #$L($T)} per page, starting at the request's {@code $L} if it has one.\n"
                    + "\n@param request the request of the first page\n@return the pages, not fetched yet\n",
                op.name(),
                op.methodName(),
                op.request().className(),
                paging.inputToken().javaName()),
            CodeBlock.of(
                "All pages of {@code $L} for a request built by {@code request}.\n"
                    + "\n@param request sets the members of the first page's request on its builder\n"
                    + "@return the pages, not fetched yet\n",
                op.name())));
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

  /**
   * The builder: the settings every client has come from the core's base; only the service's own
   * facts are here.
   */
  private TypeSpec builder(JavaService service, ClassName client) {
    return ClientParts.builder(
        service,
        client,
        implementationName(service),
        CodeBlock.of(
            "Settings of a client; see {@link $T} for each. Not thread-safe; {@link #build()} may be called\n"
                + "more than once.\n",
            CLIENT_BUILDER),
        CodeBlock.of("SIGNING_NAME, ENDPOINT_PREFIX"),
        List.of());
  }
}
