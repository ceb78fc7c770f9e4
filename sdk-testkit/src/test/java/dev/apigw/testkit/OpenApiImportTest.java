package dev.apigw.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.model.BadRequestException;
import dev.apigw.model.ImportApiResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ImportApi and ReimportApi options, and the round trip through ExportApi. */
@ExtendWith(ApiGatewayV2EmulatorExtension.class)
class OpenApiImportTest {
  private static final String JSON_DOCUMENT =
      "{\"openapi\":\"3.0.1\",\"info\":{\"title\":\"json-api\",\"version\":\"3\"},"
          + "\"servers\":[{\"url\":\"https://example.com/{base}\",\"variables\":{\"base\":{\"default\":\"v1/shop\"}}}],"
          + "\"paths\":{\"/items/{id}\":{\"get\":{\"responses\":{\"200\":{\"description\":\"ok\"}}},"
          + "\"x-amazon-apigateway-any-method\":{\"responses\":{\"default\":{\"description\":\"any\"}}}}},"
          + "\"x-amazon-apigateway-cors\":{\"allowOrigins\":[\"https://a.example\"]}}";

  @ParameterizedTest(name = "basepath={0}")
  @CsvSource({"ignore, /items/{id}", "prepend, /v1/shop/items/{id}", "split, /shop/items/{id}"})
  void theBasePathIsIgnoredPrependedOrSplit(
      String basepath, String path, ApiGatewayV2Client client) {
    String apiId =
        client.importApi(b -> b.body(JSON_DOCUMENT).basepath(basepath)).apiId().orElseThrow();

    assertThat(routeKeys(client, apiId)).containsExactly("GET " + path, "ANY " + path);
    assertThat(client.getApi(b -> b.apiId(apiId)).corsConfiguration().orElseThrow().allowOrigins())
        .containsExactly("https://a.example");
  }

  @Test
  void warningsAreReturnedOrFailTheImportWhenAskedTo(ApiGatewayV2Client client) {
    String withMock =
        "openapi: 3.0.1\ninfo:\n  title: warned\n  version: '1'\npaths:\n  /m:\n    get:\n"
            + "      responses:\n        default:\n          description: m\n"
            + "      x-amazon-apigateway-integration:\n        type: mock\n";

    ImportApiResult imported = client.importApi(b -> b.body(withMock));
    BadRequestException failed =
        catchThrowableOfType(
            BadRequestException.class,
            () -> client.importApi(b -> b.body(withMock).failOnWarnings(true)));

    assertThat(imported.warnings())
        .singleElement()
        .asString()
        .contains("Unsupported integration type 'mock'");
    assertThat(failed.errorMessage().orElseThrow()).startsWith("Warnings found during import");
    assertThat(client.getApis(b -> {}).items()).hasSize(1);
  }

  @Test
  void notOpenApiThreeIsABadRequest(ApiGatewayV2Client client) {
    assertThat(
            catchThrowableOfType(
                    BadRequestException.class,
                    () ->
                        client.importApi(
                            b ->
                                b.body(
                                    "{\"swagger\":\"2.0\",\"info\":{\"title\":\"old\"},\"paths\":{}}")))
                .errorMessage()
                .orElseThrow())
        .contains("OpenAPI 3.0");
    assertThat(
            catchThrowableOfType(
                    BadRequestException.class, () -> client.importApi(b -> b.body("{not json")))
                .errorMessage()
                .orElseThrow())
        .contains("could not be parsed");
  }

  @Test
  void anExportImportsBackToTheSameRoutes(ApiGatewayV2Client client) {
    String apiId =
        client.importApi(b -> b.body(JSON_DOCUMENT).basepath("prepend")).apiId().orElseThrow();
    for (String outputType : List.of("JSON", "YAML")) {
      String exported =
          new String(
              client
                  .exportApi(b -> b.apiId(apiId).specification("OAS30").outputType(outputType))
                  .body(),
              StandardCharsets.UTF_8);

      String copy = client.importApi(b -> b.body(exported)).apiId().orElseThrow();

      assertThat(routeKeys(client, copy))
          .as(outputType)
          .containsExactlyElementsOf(routeKeys(client, apiId));
    }
    assertThat(
            catchThrowableOfType(
                BadRequestException.class,
                () ->
                    client.exportApi(b -> b.apiId(apiId).specification("OAS30").outputType("XML"))))
        .isNotNull();
  }

  private static List<String> routeKeys(ApiGatewayV2Client client, String apiId) {
    return client.getRoutes(b -> b.apiId(apiId)).items().stream()
        .map(r -> r.routeKey().orElseThrow())
        .collect(Collectors.toList());
  }
}
