package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.apigw.codegen.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Writes one binding class per operation: {@code marshall} puts each request member where the model
 * says (path label, query parameter, header or JSON body) and {@code unmarshall} reads the result
 * from the response.
 */
final class OperationEmitter implements Emitter {
  private static final ClassName REQUEST_SPEC =
      ClassName.get("dev.apigw.core.http", "HttpRequestSpec");
  private static final ClassName PATH_LABELS = ClassName.get("dev.apigw.core.http", "PathLabels");
  private static final ClassName RESPONSE = ClassName.get("dev.apigw.core.http", "SdkHttpResponse");
  private static final ClassName JSON_BODIES =
      ClassName.get("dev.apigw.core.internal.json", "JsonBodies");
  private static final Pattern LABEL = Pattern.compile("\\{([^}]+)}");

  static ClassName className(JavaOperation op) {
    return ClassName.get(Types.CLIENT_PACKAGE + ".internal", op.name() + "Operation");
  }

  @Override
  public List<JavaFile> emit(JavaService service) {
    List<JavaFile> files = new ArrayList<>();
    for (JavaOperation op : service.operations()) {
      files.add(Emitter.file(Types.CLIENT_PACKAGE + ".internal", binding(op)));
    }
    return files;
  }

  private TypeSpec binding(JavaOperation op) {
    return TypeSpec.classBuilder(className(op))
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(
            "The HTTP binding of {@code $L}: {@code $L $L}, success status $L.\n",
            op.name(),
            op.operation().http().method(),
            op.operation().http().uri(),
            op.operation().http().successStatus())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(marshall(op))
        .addMethod(unmarshall(op))
        .build();
  }

  private MethodSpec marshall(JavaOperation op) {
    JavaStructure request = op.request();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("marshall")
            .addJavadoc("The HTTP request for {@code request}.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(REQUEST_SPEC)
            .addParameter(request.className(), "request")
            .addStatement(
                "$T http = $T.builder($S, $L)",
                REQUEST_SPEC.nestedClass("Builder"),
                REQUEST_SPEC,
                op.operation().http().method(),
                path(op));
    for (JavaMember member : request.membersAt(Location.QUERY)) {
      addParameter(method, member, "query");
    }
    for (JavaMember member : request.membersAt(Location.HEADER)) {
      addParameter(method, member, "header");
    }
    if (!request.bodyMembers().isEmpty()) {
      method.addStatement(
          "http.jsonBody($T.write(out -> $T.write(out, request)))", JSON_BODIES, request.codec());
    }
    if (!request.membersAt(Location.PAYLOAD).isEmpty()) {
      throw new IllegalArgumentException(op.name() + ": request payload members are not supported");
    }
    return method.addStatement("return http.build()").build();
  }

  /**
   * The path expression: literal parts of the URI template with each label's member
   * percent-encoded.
   */
  private CodeBlock path(JavaOperation op) {
    String template = op.operation().http().uri();
    if (template.contains("?")) {
      throw new IllegalArgumentException(
          op.name() + ": URI templates with a query part are not supported");
    }
    CodeBlock.Builder path = CodeBlock.builder();
    Matcher matcher = LABEL.matcher(template);
    int at = 0;
    boolean first = true;
    while (matcher.find()) {
      String label = matcher.group(1);
      if (label.endsWith("+")) {
        throw new IllegalArgumentException(
            op.name() + ": greedy labels are not supported: " + label);
      }
      JavaMember member =
          op.request().membersAt(Location.PATH).stream()
              .filter(m -> m.wireName().equals(label))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          op.name() + ": no member binds the label " + label));
      path.add(first ? "$S" : " + $S", template.substring(at, matcher.start()));
      CodeBlock value =
          member.required()
              ? CodeBlock.of("request.$L()", member.javaName())
              : CodeBlock.of(
                  "request.$L().orElseThrow(() -> new $T($S))",
                  member.javaName(),
                  IllegalArgumentException.class,
                  op.name() + ": " + member.javaName() + " must be set, it is part of the path");
      path.add(" + $T.encode($S, $L)", PATH_LABELS, member.javaName(), value);
      at = matcher.end();
      first = false;
    }
    if (at < template.length() || first) {
      path.add(first ? "$S" : " + $S", template.substring(at));
    }
    long bound = op.request().membersAt(Location.PATH).size();
    if (bound != LABEL.matcher(template).results().count()) {
      throw new IllegalArgumentException(op.name() + ": path members and URI labels differ");
    }
    return path.build();
  }

  private static void addParameter(MethodSpec.Builder method, JavaMember member, String kind) {
    JavaType type = member.type();
    if (type instanceof JavaType.ListOf list) {
      method
          .beginControlFlow(
              "for ($T value : request.$L())", list.element().boxed(), member.javaName())
          .addStatement(
              "http.$L($S, $L)",
              kind,
              member.wireName(),
              text(list.element(), CodeBlock.of("value")))
          .endControlFlow();
    } else if (type.isContainer()) {
      throw new IllegalArgumentException(
          "Map and blob " + kind + " parameters are not supported: " + member.javaName());
    } else if (type instanceof JavaType.EnumRef) {
      // Sent as held: the wire string, also one this version does not know.
      addParameter(
          method,
          member,
          kind,
          new JavaType.Scalar(JavaType.ScalarKind.STRING),
          member.javaName() + "AsString");
    } else {
      addParameter(method, member, kind, type, member.javaName());
    }
  }

  private static void addParameter(
      MethodSpec.Builder method, JavaMember member, String kind, JavaType type, String accessor) {
    if (member.required()) {
      method.addStatement(
          "http.$L($S, $L)",
          kind,
          member.wireName(),
          text(type, CodeBlock.of("request.$L()", accessor)));
    } else {
      method
          .addStatement(
              "$T $L = request.$L()",
              ParameterizedTypeName.get(Types.OPTIONAL, type.boxed()),
              member.javaName(),
              accessor)
          .beginControlFlow("if ($L.isPresent())", member.javaName())
          .addStatement(
              "http.$L($S, $L)",
              kind,
              member.wireName(),
              text(type, CodeBlock.of("$L.get()", member.javaName())))
          .endControlFlow();
    }
  }

  /** A value as query or header text: strings as they are, numbers and booleans in decimal. */
  private static CodeBlock text(JavaType type, CodeBlock value) {
    if (type instanceof JavaType.Scalar scalar && scalar.kind() == JavaType.ScalarKind.STRING) {
      return value;
    }
    if (type instanceof JavaType.Scalar || type instanceof JavaType.Timestamp) {
      return CodeBlock.of("String.valueOf($L)", value);
    }
    throw new IllegalArgumentException("No text form for " + type);
  }

  private MethodSpec unmarshall(JavaOperation op) {
    JavaStructure result = op.result();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("unmarshall")
            .addJavadoc("The result in a successful {@code response}.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(result.className())
            .addParameter(RESPONSE, "response")
            .addException(Types.IO_EXCEPTION)
            .addStatement(
                "$T builder = $T.builder().responseMetadata(response.metadata())",
                result.className().nestedClass("Builder"),
                result.className());
    for (JavaMember payload : result.membersAt(Location.PAYLOAD)) {
      if (!(payload.type() instanceof JavaType.Blob)) {
        throw new IllegalArgumentException(op.name() + ": only blob payloads are supported");
      }
      method.addStatement("builder.$L(response.body())", payload.javaName());
    }
    if (!result.bodyMembers().isEmpty()) {
      method.addStatement(
          "$T.read(response, in -> $T.readInto(in, builder))", JSON_BODIES, result.codec());
    }
    if (!result.membersAt(Location.HEADER).isEmpty()
        || !result.membersAt(Location.QUERY).isEmpty()) {
      throw new IllegalArgumentException(
          op.name() + ": result members in headers are not supported");
    }
    return method.addStatement("return builder.build()").build();
  }
}
