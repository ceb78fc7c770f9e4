package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.apigw.codegen.model.Waiter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * Writes the model's waiters: their definitions ({@link WaiterDefinitions}), and a blocking and an
 * asynchronous waiter class over a client, each with four methods a waiter (from a request or a
 * {@code Consumer} of its builder, with or without {@code WaiterOverrides}). Nothing when the model
 * has no waiters.
 */
final class WaiterEmitter implements Emitter {
  private static final String WAITERS = "dev.apigw.core.waiters";
  private static final ClassName RESULT = ClassName.get(WAITERS, "WaiterResult");
  private static final ClassName OVERRIDES = ClassName.get(WAITERS, "WaiterOverrides");
  private static final ClassName FAILURE = ClassName.get(WAITERS, "WaiterFailureException");
  private static final ClassName ENGINE = ClassName.get(WAITERS + ".internal", "WaiterEngine");

  @Override
  public List<JavaFile> emit(JavaService service) {
    if (service.model().waiters().isEmpty()) {
      return List.of();
    }
    String id = service.model().service().id();
    return List.of(
        Emitter.file(WaiterDefinitions.PACKAGE, WaiterDefinitions.definitions(service)),
        Emitter.file(
            Types.CLIENT_PACKAGE,
            waiterClass(
                service, waiterName(service, false), ClientEmitter.clientName(service), false)),
        Emitter.file(
            Types.CLIENT_PACKAGE,
            waiterClass(
                service,
                waiterName(service, true),
                ClassName.get(Types.CLIENT_PACKAGE, id + "AsyncClient"),
                true)));
  }

  /**
   * The client interface's {@code waiter()}: a default method, so that a waiter works over a test
   * double too; none when the model has no waiters.
   */
  static List<MethodSpec> accessor(JavaService service, boolean async) {
    if (service.model().waiters().isEmpty()) {
      return List.of();
    }
    ClassName waiter = waiterName(service, async);
    return List.of(
        MethodSpec.methodBuilder("waiter")
            .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
            .returns(waiter)
            .addJavadoc(
                "A waiter that polls this client until a resource reaches a state; cheap, made at each call.\n"
                    + "\n@return the waiter over this client\n")
            .addStatement("return $T.create(this)", waiter)
            .build());
  }

  /** {@code ApiGatewayV2Waiter}, or {@code ApiGatewayV2AsyncWaiter}. */
  static ClassName waiterName(JavaService service, boolean async) {
    String id = service.model().service().id();
    return ClassName.get(Types.CLIENT_PACKAGE, id + (async ? "AsyncWaiter" : "Waiter"));
  }

  private static TypeSpec waiterClass(
      JavaService service, ClassName name, ClassName client, boolean async) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Waits for a resource to reach a state by polling {@link $T}: $L.\n"
                    + "\n<p>Each waiter polls its {@code Get} operation until a result shows the state waited for, then\n"
                    + "returns a {@link $T} with that result; a failure state, an error the waiter does not expect, running\n"
                    + "out of attempts or of time end it with a {@link $T} instead. Between polls it waits the waiter's delay\n"
                    + "(from half of it to all of it, at random). {@link $T} change the attempts, delay and timeout of one\n"
                    + "wait. Thread-safe.\n",
                client,
                async
                    ? "each wait is a future, no thread is held between polls, and cancelling the future stops the polling"
                    : "each wait blocks the calling thread",
                RESULT,
                FAILURE,
                OVERRIDES)
            .addField(client, "client", Modifier.PRIVATE, Modifier.FINAL)
            .addField(ENGINE, "engine", Modifier.PRIVATE, Modifier.FINAL)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(client, "client")
                    .addParameter(ENGINE, "engine")
                    .addStatement("this.client = client")
                    .addStatement("this.engine = engine")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("create")
                    .addJavadoc(
                        "A waiter polling {@code client}, on the system clock.\n\n@param client the client it polls\n@return the waiter\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(name)
                    .addParameter(client, "client")
                    .addStatement("return create(client, $T.system())", ENGINE)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("create")
                    .addJavadoc(
                        "A waiter polling {@code client} with {@code engine}; tests hand in an engine on a fake clock.\n"
                            + "\n@param client the client it polls\n@param engine how it polls (internal: may change in any release)\n"
                            + "@return the waiter\n@throws IllegalArgumentException when either is null\n")
                    .addAnnotation(Suppressions.EXPORTS)
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(name)
                    .addParameter(client, "client")
                    .addParameter(ENGINE, "engine")
                    .beginControlFlow("if (client == null || engine == null)")
                    .addStatement(
                        "throw new $T($S)",
                        IllegalArgumentException.class,
                        "client and engine must not be null")
                    .endControlFlow()
                    .addStatement("return new $T(client, engine)", name)
                    .build());
    for (Waiter waiter : service.model().waiters().values()) {
      type.addMethods(methods(service, waiter, async));
    }
    return type.build();
  }

  private static List<MethodSpec> methods(JavaService service, Waiter waiter, boolean async) {
    JavaOperation op = WaiterDefinitions.operation(service, waiter);
    ClassName request = op.request().className();
    TypeName result = ParameterizedTypeName.get(RESULT, op.result().className());
    TypeName returns =
        async ? ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), result) : result;
    TypeName consumer =
        ParameterizedTypeName.get(ClassName.get(Consumer.class), request.nestedClass("Builder"));
    String method = "waitUntil" + waiter.name();
    String ends =
        async
            ? "@return a future of the result, failed with a {@link $T} when the wait ends otherwise\n"
            : "@return the result\n@throws $T when the wait ends otherwise\n";
    CodeBlock summary =
        CodeBlock.of(
            "Waits until {@code $L} ($L), polling {@code $L} every $L s at most $L times.\n\n",
            waiter.name(),
            describe(waiter),
            op.name(),
            waiter.delaySeconds(),
            waiter.maxAttempts());
    List<MethodSpec> methods = new ArrayList<>();
    String requestDoc = "the request of each poll";
    String consumerDoc = "sets the members of the request on its builder";
    methods.add(overload(method, returns, summary, ends, request, requestDoc, false).build());
    methods.add(
        overload(method, returns, summary, ends, request, requestDoc, true)
            .addCode(checks(async, waiter, "request == null || overrides == null"))
            .addStatement(
                "return engine.$L($T.$L, () -> client.$L(request), overrides)",
                async ? "runAsync" : "run",
                WaiterDefinitions.className(service),
                WaiterDefinitions.constant(waiter),
                op.methodName())
            .build());
    methods.add(overload(method, returns, summary, ends, consumer, consumerDoc, false).build());
    methods.add(
        overload(method, returns, summary, ends, consumer, consumerDoc, true)
            .addCode(checks(async, waiter, "request == null"))
            .addStatement("$T.Builder builder = $T.builder()", request, request)
            .addStatement("request.accept(builder)")
            .addStatement("return $L(builder.build(), overrides)", method)
            .build());
    return methods;
  }

  /**
   * One of a waiter's four methods, up to its body: from {@code requestType}, with or without
   * overrides; the one without hands {@code WaiterOverrides.none()} to the one with.
   */
  private static MethodSpec.Builder overload(
      String method,
      TypeName returns,
      CodeBlock summary,
      String ends,
      TypeName requestType,
      String requestDoc,
      boolean withOverrides) {
    MethodSpec.Builder builder =
        MethodSpec.methodBuilder(method)
            .addModifiers(Modifier.PUBLIC)
            .returns(returns)
            .addJavadoc(summary)
            .addJavadoc(
                "@param request "
                    + requestDoc
                    + "\n"
                    + (withOverrides
                        ? "@param overrides this wait's own attempts, delay or timeout\n"
                        : "")
                    + ends,
                FAILURE)
            .addParameter(requestType, "request");
    if (withOverrides) {
      return builder.addParameter(OVERRIDES, "overrides");
    }
    return builder.addStatement("return $L(request, $T.none())", method, OVERRIDES);
  }

  private static CodeBlock checks(boolean async, Waiter waiter, String condition) {
    CodeBlock exception =
        CodeBlock.of(
            "new $T($S)",
            IllegalArgumentException.class,
            waiter.name() + ": request and overrides must not be null");
    return CodeBlock.builder()
        .beginControlFlow("if ($L)", condition)
        .addStatement(
            async ? "return $T.failedFuture($L)" : "throw $L",
            async ? new Object[] {CompletableFuture.class, exception} : new Object[] {exception})
        .endControlFlow()
        .build();
  }

  /** The rules in words: "success when VpcLinkStatus is AVAILABLE; failure when …". */
  private static String describe(Waiter waiter) {
    List<String> rules = new ArrayList<>();
    for (var acceptor : waiter.acceptors()) {
      String what;
      switch (acceptor.matcher()) {
        case "error":
          what = "the error is " + acceptor.expected();
          break;
        case "pathAll":
          what = "every " + acceptor.path().orElseThrow() + " is " + acceptor.expected();
          break;
        case "pathAny":
          what = "any " + acceptor.path().orElseThrow() + " is " + acceptor.expected();
          break;
        default:
          what = acceptor.path().orElseThrow() + " is " + acceptor.expected();
      }
      rules.add(acceptor.state() + " when " + what);
    }
    return String.join("; ", rules);
  }
}
