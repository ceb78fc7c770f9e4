package dev.apigw.codegen.generator;

import dev.apigw.codegen.model.Operation;
import java.util.List;
import java.util.Optional;

/** An operation with its request and result types resolved. */
record JavaOperation(
    Operation operation,
    String methodName,
    JavaStructure request,
    JavaStructure result,
    List<JavaError> errors,
    Optional<JavaPaging> paging) {

  String name() {
    return operation.name();
  }
}
