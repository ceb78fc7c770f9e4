package dev.apigw.codegen.generator;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * What the model says of an operation, which the Javadoc of both clients tells, and nothing it does
 * not: its HTTP method and path, the request members it requires, and the exceptions for the errors
 * it lists.
 */
final class OperationJavadoc {
  private OperationJavadoc() {}

  /** The first sentence, which starts with {@code verb}, and the paragraph of required members. */
  static CodeBlock summary(String verb, JavaOperation op) {
    return CodeBlock.builder()
        .add(
            "$L {@code $L}: {@code $L $L}.\n",
            verb,
            op.name(),
            op.operation().http().method(),
            op.operation().http().uri())
        .add("\n<p>$L\n", requiredMembers(op))
        .build();
  }

  /**
   * A line per error the operation lists, as {@code format} says it of the exception class, the
   * error code and the HTTP status.
   */
  static CodeBlock errors(JavaOperation op, String format) {
    CodeBlock.Builder lines = CodeBlock.builder();
    for (JavaError error : op.errors()) {
      lines.add(format, error.className(), error.code(), error.status());
    }
    return lines.build();
  }

  private static String requiredMembers(JavaOperation op) {
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
}
