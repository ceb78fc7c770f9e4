package dev.apigw.testkit.internal.openapi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.apigw.testkit.internal.RequestLimits;

/**
 * What reading and writing OpenAPI documents share: the parsers (held to {@link RequestLimits}),
 * and API Gateway's extensions.
 */
final class OpenApiFormat {
  static final JsonFactory JSON =
      JsonFactory.builder().streamReadConstraints(RequestLimits.streamReadConstraints()).build();
  static final YAMLFactory YAML =
      YAMLFactory.builder()
          .loaderOptions(RequestLimits.yamlLoaderOptions())
          .streamReadConstraints(RequestLimits.streamReadConstraints())
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .build();
  static final String ANY_METHOD = "x-amazon-apigateway-any-method";
  static final String INTEGRATION = "x-amazon-apigateway-integration";
  static final String CORS = "x-amazon-apigateway-cors";

  /**
   * Integration members and the {@code x-amazon-apigateway-integration} fields they are written as.
   */
  static final String[][] INTEGRATION_FIELDS = {
    {"integrationUri", "uri"},
    {"integrationMethod", "httpMethod"},
    {"payloadFormatVersion", "payloadFormatVersion"},
    {"connectionType", "connectionType"},
    {"connectionId", "connectionId"},
    {"credentialsArn", "credentials"},
    {"timeoutInMillis", "timeoutInMillis"},
  };

  private OpenApiFormat() {}
}
