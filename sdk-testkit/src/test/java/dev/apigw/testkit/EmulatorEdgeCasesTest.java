package dev.apigw.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.model.BadRequestException;
import dev.apigw.model.ConflictException;
import dev.apigw.model.ProtocolType;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Odd input and partial failures: answered as the service would, never with a 500 or half-made
 * state.
 */
@ExtendWith(ApiGatewayV2EmulatorExtension.class)
class EmulatorEdgeCasesTest {
  private static String fixtureApiId;

  @BeforeAll
  static void createAFixture(ApiGatewayV2Client client) {
    fixtureApiId =
        client
            .createApi(b -> b.name("fixture").protocolType(ProtocolType.HTTP))
            .apiId()
            .orElseThrow();
  }

  @Test
  void whatBeforeAllCreatedIsThereInEveryTest(ApiGatewayV2Client client) {
    client.createApi(b -> b.name("mine").protocolType(ProtocolType.HTTP));

    assertThat(client.getApi(b -> b.apiId(fixtureApiId)).name()).hasValue("fixture");
  }

  @Test
  void andWhatAnotherTestCreatedIsNot(ApiGatewayV2Client client) {
    assertThat(client.getApis(b -> {}).items())
        .extracting(api -> api.name().orElseThrow())
        .containsExactly("fixture");
  }

  @Test
  void aFailedQuickCreateCreatesNothing(ApiGatewayV2Client client) {
    assertThat(
            catchThrowableOfType(
                BadRequestException.class,
                () ->
                    client.createApi(
                        b ->
                            b.name("q")
                                .protocolType(ProtocolType.HTTP)
                                .target("https://example.com")
                                .routeKey("nope"))))
        .isNotNull();

    assertThat(client.getApis(b -> {}).items()).hasSize(1);
  }

  @Test
  void aFailedReimportLeavesTheApiAsItWas(ApiGatewayV2Client client) {
    client.createRoute(b -> b.apiId(fixtureApiId).routeKey("GET /kept"));

    assertThat(
            catchThrowableOfType(
                BadRequestException.class,
                () ->
                    client.reimportApi(
                        b ->
                            b.apiId(fixtureApiId)
                                .body(
                                    "{\"openapi\":\"3.0.1\",\"info\":{\"title\":\"t\"},\"paths\":{\"no-slash\":{\"get\":{}}}}"))))
        .isNotNull();

    assertThat(client.getRoutes(b -> b.apiId(fixtureApiId)).items())
        .extracting(r -> r.routeKey().orElseThrow())
        .containsExactly("GET /kept");
    assertThat(client.getApi(b -> b.apiId(fixtureApiId)).name()).hasValue("fixture");
  }

  @Test
  void membersTheInputDoesNotDeclareAreIgnored(
      ApiGatewayV2Emulator emulator, ApiGatewayV2Client client) throws IOException {
    try (Response patched =
        raw(
            emulator,
            "PATCH",
            "/v2/apis/" + fixtureApiId,
            "{\"apiId\":\"hijacked00\",\"protocolType\":\"WEBSOCKET\",\"createdDate\":\"never\",\"name\":\"renamed\"}")) {
      assertThat(patched.code()).isEqualTo(200);
    }

    assertThat(client.getApi(b -> b.apiId(fixtureApiId)).apiId()).hasValue(fixtureApiId);
    assertThat(client.getApi(b -> b.apiId(fixtureApiId)).protocolType())
        .hasValue(ProtocolType.HTTP);
    assertThat(client.getApi(b -> b.apiId(fixtureApiId)).name()).hasValue("renamed");
  }

  @Test
  void twoApiMappingsWithoutAKeyConflict(ApiGatewayV2Client client) {
    client.createStage(b -> b.apiId(fixtureApiId).stageName("prod"));
    client.createDomainName(b -> b.domainName("m.example.com"));
    client.createApiMapping(b -> b.domainName("m.example.com").apiId(fixtureApiId).stage("prod"));

    assertThat(
            catchThrowableOfType(
                ConflictException.class,
                () ->
                    client.createApiMapping(
                        b -> b.domainName("m.example.com").apiId(fixtureApiId).stage("prod"))))
        .isNotNull();

    client.deleteApi(b -> b.apiId(fixtureApiId));
    assertThat(client.getApiMappings(b -> b.domainName("m.example.com")).items())
        .as("mappings to a deleted API go with it")
        .isEmpty();
  }

  @Test
  void malformedInputIsABadRequestNotAServerError(ApiGatewayV2Emulator emulator)
      throws IOException {
    try (Response badPath = raw(emulator, "GET", "/v2/apis/%zz", null);
        Response nullInList =
            raw(
                emulator,
                "POST",
                "/v2/domainnames",
                "{\"domainName\":\"n.example.com\",\"domainNameConfigurations\":[null]}");
        Response array = raw(emulator, "POST", "/v2/apis", "[1, 2]")) {
      assertThat(badPath.code()).isEqualTo(400);
      assertThat(nullInList.code()).isEqualTo(400);
      assertThat(array.code()).isEqualTo(400);
    }
  }

  @Test
  void anImportedDocumentsScalarsBecomeTheStringsTheModelWants(ApiGatewayV2Client client) {
    String document =
        "openapi: 3.0.1\ninfo:\n  title: scalars\n  version: 1.10\npaths:\n  /p:\n    get:\n"
            + "      responses:\n        default:\n          description: p\n"
            + "      x-amazon-apigateway-integration:\n        type: http_proxy\n        uri: https://example.com\n"
            + "        httpMethod: GET\n        payloadFormatVersion: 1.0\n        connectionType: {a: 1}\n";

    String apiId = client.importApi(b -> b.body(document)).apiId().orElseThrow();

    assertThat(client.getApi(b -> b.apiId(apiId)).version()).hasValue("1.10");
    assertThat(client.getApi(b -> b.apiId(apiId)).warnings())
        .singleElement()
        .asString()
        .contains("connectionType");
    assertThat(client.getIntegrations(b -> b.apiId(apiId)).items())
        .singleElement()
        .satisfies(i -> assertThat(i.payloadFormatVersion()).hasValue("1.0"));
  }

  @Test
  void aBodyChangedAfterSigningIsRefusedAndAnUnsignedPayloadIsAccepted() throws IOException {
    Credentials keys = Credentials.of("AKIDEDGE", "edge-secret");
    try (ApiGatewayV2Emulator strict = ApiGatewayV2Emulator.builder().credentials(keys).start()) {
      OkHttpClient tampering =
          new OkHttpClient.Builder()
              .addNetworkInterceptor(
                  chain -> {
                    Request signed = chain.request();
                    if (signed.body() == null || !"POST".equals(signed.method())) {
                      return chain.proceed(signed);
                    }
                    return chain.proceed(
                        signed
                            .newBuilder()
                            .post(
                                RequestBody.create(
                                    "{\"name\":\"TAMPERED\",\"protocolType\":" + "\"HTTP\"}",
                                    MediaType.get("application/json")))
                            .build());
                  })
              .build();
      try (ApiGatewayV2Client client = strict.clientBuilder().httpClient(tampering).build()) {
        ServiceException refused =
            catchThrowableOfType(
                ServiceException.class,
                () -> client.createApi(b -> b.name("signed").protocolType(ProtocolType.HTTP)));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.errorCode()).hasValue("InvalidSignatureException");
        assertThat(strict.client().getApis(b -> {}).items()).isEmpty();
      } finally {
        tampering.dispatcher().executorService().shutdown();
      }
    }
  }

  @Test
  void anImpossibleSigningDateIsAnInvalidSignature() throws IOException {
    try (ApiGatewayV2Emulator strict =
        ApiGatewayV2Emulator.builder()
            .credentials(Credentials.of("AKIDEDGE", "edge-secret"))
            .start()) {
      OkHttpClient http = new OkHttpClient();
      try (Response response =
          http.newCall(
                  new Request.Builder()
                      .url(strict.endpoint() + "/v2/apis")
                      .header("X-Amz-Date", "20240229T240000Z")
                      .header(
                          "Authorization",
                          "AWS4-HMAC-SHA256 Credential=AKIDEDGE/20240229/us-east-1/apigateway/"
                              + "aws4_request, SignedHeaders=host;x-amz-date, Signature=00")
                      .build())
              .execute()) {
        assertThat(response.code()).isEqualTo(403);
        assertThat(response.header("X-Amzn-ErrorType")).isEqualTo("InvalidSignatureException");
      }
    }
  }

  private static Response raw(
      ApiGatewayV2Emulator emulator, String method, String path, String json) throws IOException {
    OkHttpClient http = new OkHttpClient();
    RequestBody body =
        json == null ? null : RequestBody.create(json, MediaType.get("application/json"));
    return http.newCall(
            new Request.Builder()
                .url(emulator.endpoint() + path)
                .method(method, body)
                .header(
                    "Authorization",
                    "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/apigateway/aws4_request, "
                        + "SignedHeaders=host;x-amz-date, Signature=0123")
                .build())
        .execute();
  }
}
