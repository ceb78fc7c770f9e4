package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * What the blocking and the asynchronous client emitters write alike besides the operation methods
 * ({@link OperationMethods}): the interface's factories and default {@code close()}, the
 * implementation class around the runtime, and the builder.
 */
final class ClientParts {
  static final ClassName RUNTIME = ClassName.get("dev.apigw.core.client", "ClientRuntime");
  private static final ClassName CLIENT_BUILDER =
      ClassName.get("dev.apigw.core.client", "SdkClientBuilder");
  private static final ClassName SERVICE_METADATA =
      ClassName.get("dev.apigw.core.service", "ServiceMetadata");
  private static final ClassName CREDENTIALS_PROVIDER =
      ClassName.get("dev.apigw.core.auth", "CredentialsProvider");
  private static final ClassName DEFAULT_CREDENTIALS_PROVIDER =
      ClassName.get("dev.apigw.core.credentials", "DefaultCredentialsProvider");
  private static final ClassName PROXY_CONFIGURATION =
      ClassName.get("dev.apigw.core.http", "ProxyConfiguration");
  private static final ClassName ENVIRONMENT =
      ClassName.get("dev.apigw.core.internal", "Environment");

  /** Where the generated builders find the endpoint rule set, on the classpath. */
  static final String ENDPOINT_RULE_SET = "dev/apigw/model/endpoint-rule-set.json";

  private ClientParts() {}

  /**
   * The interface's static {@code builder()} and {@code create()}.
   *
   * @param builderDoc what {@code builder()}'s Javadoc says before its tags
   * @param createDoc what {@code create()}'s Javadoc says before its tags
   */
  static List<MethodSpec> factories(ClassName client, CodeBlock builderDoc, CodeBlock createDoc) {
    return List.of(
        MethodSpec.methodBuilder("builder")
            .addJavadoc(builderDoc)
            .addJavadoc("\n@return a new builder\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(client.nestedClass("Builder"))
            .addStatement("return new Builder()")
            .build(),
        MethodSpec.methodBuilder("create")
            .addJavadoc(createDoc)
            .addJavadoc(
                "\n@return a new client\n"
                    + "@throws IllegalStateException when a setting cannot be resolved, naming it\n")
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

  /** The package-private class that implements {@code client}: {@code DefaultX} for {@code X}. */
  static ClassName implementationName(ClassName client) {
    return client.peerClass("Default" + client.simpleName());
  }

  /**
   * The package-private implementation of {@code client}: the runtime, a method per operation,
   * {@code close()} and {@code toString()}.
   */
  static TypeSpec implementation(
      ClassName client, CodeBlock javadoc, List<JavaOperation> operations, ClientStyle style) {
    List<MethodSpec> methods = new ArrayList<>();
    for (JavaOperation op : operations) {
      methods.add(
          MethodSpec.methodBuilder(op.methodName())
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(style.returns(op))
              .addParameter(op.request().className(), "request")
              .addCode(style.invoke(op, OperationEmitter.className(op)))
              .build());
    }
    return TypeSpec.classBuilder(implementationName(client))
        .addModifiers(Modifier.FINAL)
        .addSuperinterface(client)
        .addJavadoc(javadoc)
        .addField(RUNTIME, "runtime", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(RUNTIME, "runtime")
                .addStatement("this.runtime = runtime")
                .build())
        .addMethods(methods)
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
                    ENDPOINT_RULE_SET)
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
                        + " none of its own; its STS and SSO calls go through the client's proxy.\n")
                .addAnnotation(Override.class)
                .addAnnotation(Suppressions.EXPORTS)
                .addModifiers(Modifier.PROTECTED)
                .returns(CREDENTIALS_PROVIDER)
                .addParameter(ENVIRONMENT, "environment")
                .addParameter(PROXY_CONFIGURATION, "proxyConfiguration")
                .addStatement("return $T.create(proxyConfiguration)", DEFAULT_CREDENTIALS_PROVIDER)
                .build())
        .build();
  }
}
