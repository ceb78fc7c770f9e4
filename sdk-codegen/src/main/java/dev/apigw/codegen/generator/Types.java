package dev.apigw.codegen.generator;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;

/** Classes the generated code refers to, and the package the clients are generated in. */
final class Types {
  static final String CLIENT_PACKAGE = "dev.apigw.client";
  static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");
  static final ClassName NULL_MARKED = ClassName.get("org.jspecify.annotations", "NullMarked");
  static final ClassName SDK_RESULT = ClassName.get("dev.apigw.core.result", "SdkResult");
  static final ClassName SDK_REQUEST = ClassName.get("dev.apigw.core", "SdkRequest");
  static final ClassName REQUEST_OVERRIDE_CONFIGURATION =
      ClassName.get("dev.apigw.core", "RequestOverrideConfiguration");
  static final ClassName RESPONSE_METADATA =
      ClassName.get("dev.apigw.core.result", "ResponseMetadata");
  static final ClassName WIRE_ENUM = ClassName.get("dev.apigw.core", "WireEnum");
  static final ClassName SERVICE_EXCEPTION =
      ClassName.get("dev.apigw.core.exception", "ServiceException");
  static final ClassName ERROR_DETAILS = ClassName.get("dev.apigw.core.exception", "ErrorDetails");
  static final ClassName JSON_READS = ClassName.get("dev.apigw.core.internal.json", "JsonReads");
  static final ClassName JSON_WRITES = ClassName.get("dev.apigw.core.internal.json", "JsonWrites");
  static final ClassName JSON_PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  static final ClassName JSON_GENERATOR =
      ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
  static final ClassName JSON_TOKEN = ClassName.get("com.fasterxml.jackson.core", "JsonToken");
  static final ClassName OPTIONAL = ClassName.get(java.util.Optional.class);
  static final ClassName LIST = ClassName.get(java.util.List.class);
  static final ClassName MAP = ClassName.get(java.util.Map.class);
  static final ClassName STRING = ClassName.get(String.class);
  static final ClassName IO_EXCEPTION = ClassName.get(java.io.IOException.class);

  private Types() {}

  /** {@code type} that may be null, annotated where JSpecify's type-use annotation belongs. */
  static TypeName nullable(TypeName type) {
    return type.annotated(AnnotationSpec.builder(NULLABLE).build());
  }
}
