package dev.apigw.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.model.BadRequestException;
import dev.apigw.model.IntegrationType;
import dev.apigw.model.ProtocolType;
import java.io.IOException;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service's rules that belong to an update or an import rather than to a kind's tables, and a
 * sample of the tables' rows through the raw HTTP API.
 */
@ExtendWith(ApiGatewayV2EmulatorExtension.class)
class EmulatorUpdateAndImportRulesTest {
  private static final String MISSING_REF =
      "openapi: 3.0.1\ninfo:\n  title: refs\n  version: '1'\npaths:\n  /p:\n    get:\n"
          + "      responses:\n        '200':\n          description: ok\n          content:\n"
          + "            application/json:\n              schema:\n"
          + "                $ref: '#/components/schemas/Missing'\n"
          + "      x-amazon-apigateway-integration:\n        type: http_proxy\n"
          + "        httpMethod: GET\n        uri: https://example.com\n"
          + "        payloadFormatVersion: '1.0'\n";

  @Test
  void anUpdateThatSetsAParameterMappingEntryToEmptyRemovesIt(ApiGatewayV2Client client) {
    String apiId =
        client.createApi(b -> b.name("maps").protocolType(ProtocolType.HTTP)).apiId().orElseThrow();
    String integrationId =
        client
            .createIntegration(
                b ->
                    b.apiId(apiId)
                        .integrationType(IntegrationType.HTTP_PROXY)
                        .integrationMethod("GET")
                        .integrationUri("https://example.com")
                        .requestParameters(
                            Map.of("append:header.a", "one", "append:header.b", "two")))
            .integrationId()
            .orElseThrow();

    client.updateIntegration(
        b ->
            b.apiId(apiId)
                .integrationId(integrationId)
                .requestParameters(Map.of("append:header.a", "")));

    assertThat(
            client
                .getIntegration(b -> b.apiId(apiId).integrationId(integrationId))
                .requestParameters())
        .containsExactly(Map.entry("append:header.b", "two"));
  }

  @Test
  void anImportWithFailOnWarningsFailsOnAReferenceToAMissingSchema(ApiGatewayV2Client client) {
    BadRequestException failed =
        catchThrowableOfType(
            BadRequestException.class,
            () -> client.importApi(b -> b.body(MISSING_REF).failOnWarnings(true)));
    String apiId = client.importApi(b -> b.body(MISSING_REF)).apiId().orElseThrow();
    BadRequestException reimport =
        catchThrowableOfType(
            BadRequestException.class,
            () -> client.reimportApi(b -> b.apiId(apiId).body(MISSING_REF).failOnWarnings(true)));

    assertThat(failed.errorMessage().orElseThrow())
        .startsWith("Warnings found during import")
        .contains("Unable to resolve reference #/components/schemas/Missing");
    assertThat(reimport).isNotNull();
  }

  @Test
  void theRawHttpApiAnswersATableRowAsTheServiceDoes(ApiGatewayV2Emulator emulator)
      throws IOException {
    String apiId =
        emulator
            .client()
            .createApi(b -> b.name("raw").protocolType(ProtocolType.HTTP))
            .apiId()
            .orElseThrow();

    try (Response mock =
            raw(emulator, "/v2/apis/" + apiId + "/integrations", "{\"integrationType\":\"MOCK\"}");
        Response key =
            raw(emulator, "/v2/apis/" + apiId + "/routes", "{\"routeKey\":\"GET /a/{x}/{x}\"}");
        Response noApi =
            raw(emulator, "/v2/apis/nosuchapi1/routes", "{\"routeKey\":\"$default\"}")) {
      assertThat(mock.code()).isEqualTo(400);
      assertThat(mock.header("X-Amzn-ErrorType")).isEqualTo("BadRequestException");
      assertThat(mock.body().string())
          .contains("may only be associated with proxy integrations (AWS_PROXY, HTTP_PROXY)");
      assertThat(key.code()).isEqualTo(400);
      assertThat(noApi.code()).isEqualTo(404);
      assertThat(noApi.body().string())
          .contains("Invalid API identifier specified 123456789012:nosuchapi1");
    }
  }

  private static Response raw(ApiGatewayV2Emulator emulator, String path, String json)
      throws IOException {
    return new OkHttpClient()
        .newCall(
            new Request.Builder()
                .url(emulator.endpoint() + path)
                .post(RequestBody.create(json, MediaType.get("application/json")))
                .header(
                    "Authorization",
                    "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/apigateway/aws4_request, "
                        + "SignedHeaders=host;x-amz-date, Signature=0123")
                .build())
        .execute();
  }
}
