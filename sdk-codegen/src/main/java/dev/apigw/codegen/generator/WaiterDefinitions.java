package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.apigw.codegen.model.Waiter;
import dev.apigw.codegen.model.WaiterAcceptor;
import java.time.Duration;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * The class of the model's waiters as the core runtime's {@code WaiterDefinition}s, one constant
 * each, which the blocking and the asynchronous waiter share; in the client's internal package.
 */
final class WaiterDefinitions {
  static final String PACKAGE = Types.CLIENT_PACKAGE + ".internal";
  private static final String WAITERS = "dev.apigw.core.waiters";
  static final ClassName DEFINITION = ClassName.get(WAITERS, "WaiterDefinition");
  private static final ClassName ACCEPTOR = ClassName.get(WAITERS, "WaiterAcceptor");
  private static final ClassName STATE = ClassName.get(WAITERS, "WaiterState");

  private WaiterDefinitions() {}

  static ClassName className(JavaService service) {
    return ClassName.get(PACKAGE, service.model().service().id() + "WaiterDefinitions");
  }

  /** The constant of {@code waiter}: {@code VPC_LINK_AVAILABLE} for {@code VpcLinkAvailable}. */
  static String constant(Waiter waiter) {
    return waiter.name().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  static JavaOperation operation(JavaService service, Waiter waiter) {
    return service.operations().stream()
        .filter(op -> op.name().equals(waiter.operation()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "The waiter "
                        + waiter.name()
                        + " polls "
                        + waiter.operation()
                        + ", which the model lacks"));
  }

  static TypeSpec definitions(JavaService service) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(className(service))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "The model's waiters, for the blocking and the asynchronous waiter: what each polls for, its\n"
                    + "default delay and attempts. Internal: may change in any release.\n")
            .addMethod(
                com.palantir.javapoet.MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .build());
    for (Waiter waiter : service.model().waiters().values()) {
      type.addField(definition(service, waiter));
    }
    return type.build();
  }

  private static FieldSpec definition(JavaService service, Waiter waiter) {
    JavaStructure result = operation(service, waiter).result();
    ClassName resultClass = result.className();
    CodeBlock.Builder init =
        CodeBlock.builder()
            .add("$T.<$T>builder($S)\n", DEFINITION, resultClass, waiter.name())
            .indent()
            .add(".delay($T.ofSeconds($L))\n", Duration.class, waiter.delaySeconds())
            .add(".maxAttempts($L)\n", waiter.maxAttempts());
    waiter
        .statusMessage()
        .ifPresent(
            path ->
                init.add(
                    ".statusMessage(result -> $L)\n", WaiterPaths.first(service, result, path)));
    for (WaiterAcceptor acceptor : waiter.acceptors()) {
      init.add(".acceptor($L)\n", acceptor(service, result, acceptor));
    }
    init.add(".build()").unindent();
    return FieldSpec.builder(
            ParameterizedTypeName.get(DEFINITION, resultClass),
            constant(waiter),
            Modifier.PUBLIC,
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc(
            "The waiter {@code $L}, polling {@code $L}.\n", waiter.name(), waiter.operation())
        .initializer(init.build())
        .build();
  }

  private static CodeBlock acceptor(
      JavaService service, JavaStructure result, WaiterAcceptor acceptor) {
    ClassName resultClass = result.className();
    String state = acceptor.state().toUpperCase(Locale.ROOT);
    if (acceptor.matcher().equals("error")) {
      return CodeBlock.of(
          "$T.<$T>onError($T.$L, $S)", ACCEPTOR, resultClass, STATE, state, acceptor.expected());
    }
    String comparison;
    switch (acceptor.matcher()) {
      case "pathAll":
        comparison = "ALL_EQUAL";
        break;
      case "pathAny":
        comparison = "ANY_EQUALS";
        break;
      default:
        comparison = "EQUALS";
    }
    return CodeBlock.of(
        "$T.<$T>onPath(\n$T.$L, result -> $L, $T.Comparison.$L, $S)",
        ACCEPTOR,
        resultClass,
        STATE,
        state,
        WaiterPaths.values(service, result, acceptor.path().orElseThrow(), acceptor.expected()),
        ACCEPTOR,
        comparison,
        acceptor.expected());
  }
}
