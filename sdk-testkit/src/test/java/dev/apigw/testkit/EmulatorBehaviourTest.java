package dev.apigw.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.retry.RetryStrategy;
import dev.apigw.model.BadRequestException;
import dev.apigw.model.ConflictException;
import dev.apigw.model.GetRoutesResult;
import dev.apigw.model.NotFoundException;
import dev.apigw.model.ProtocolType;
import dev.apigw.model.TooManyRequestsException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Errors, pagination, signatures and faults, as the service has them; the class also runs on the
 * extension.
 */
@ExtendWith(ApiGatewayV2EmulatorExtension.class)
class EmulatorBehaviourTest {
  private final List<AutoCloseable> closeables = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable closeable : closeables) {
      closeable.close();
    }
  }

  @Test
  void aMissingParentOrResourceIsNotFound(ApiGatewayV2Client client) {
    NotFoundException noApi =
        catchThrowableOfType(
            NotFoundException.class, () -> client.getRoutes(b -> b.apiId("nosuchapi1")));
    String apiId = api(client);
    NotFoundException noRoute =
        catchThrowableOfType(
            NotFoundException.class,
            () -> client.updateRoute(b -> b.apiId(apiId).routeId("nope123").target("x")));

    assertThat(noApi.statusCode()).isEqualTo(404);
    assertThat(noApi.errorCode()).hasValue("NotFoundException");
    assertThat(noApi.errorMessage())
        .hasValue("Invalid API identifier specified 123456789012:nosuchapi1");
    assertThat(noApi.requestId()).isPresent();
    assertThat(noRoute.errorMessage())
        .hasValue("Invalid Route identifier specified 123456789012:nope123");
  }

  @Test
  void duplicatesConflict(ApiGatewayV2Client client) {
    String apiId = api(client);
    client.createRoute(b -> b.apiId(apiId).routeKey("GET /pets"));
    client.createStage(b -> b.apiId(apiId).stageName("prod"));
    client.createDomainName(b -> b.domainName("a.example.com"));
    client.createApiMapping(
        b -> b.domainName("a.example.com").apiId(apiId).stage("prod").apiMappingKey("v1"));

    assertThat(
            catchThrowableOfType(
                    ConflictException.class,
                    () -> client.createRoute(b -> b.apiId(apiId).routeKey("GET /pets")))
                .statusCode())
        .isEqualTo(409);
    assertThat(
            catchThrowableOfType(
                    ConflictException.class,
                    () -> client.createDomainName(b -> b.domainName("a.example.com")))
                .errorMessage())
        .hasValue("The domain name you provided already exists");
    assertThat(
            catchThrowableOfType(
                    ConflictException.class,
                    () ->
                        client.createApiMapping(
                            b ->
                                b.domainName("a.example.com")
                                    .apiId(apiId)
                                    .stage("prod")
                                    .apiMappingKey("v1")))
                .errorCode())
        .hasValue("ConflictException");
  }

  @Test
  void badInputIsABadRequestThatSaysWhatIsWrong(
      ApiGatewayV2Emulator emulator, ApiGatewayV2Client client) throws IOException {
    String apiId = api(client);

    BadRequestException routeKey =
        catchThrowableOfType(
            BadRequestException.class,
            () -> client.createRoute(b -> b.apiId(apiId).routeKey("FETCH pets")));
    assertThat(routeKey.errorMessage().orElseThrow())
        .startsWith("The provided route key is not formatted properly for HTTP protocol");

    // Our client checks required members and enum types itself, so these go over the wire by hand.
    try (Response missing = signedPost(emulator, "/v2/apis", "{\"name\":\"x\"}");
        Response unknownEnum =
            signedPost(emulator, "/v2/apis", "{\"name\":\"x\",\"protocolType\":\"GRPC\"}")) {
      assertThat(missing.code()).isEqualTo(400);
      assertThat(missing.header("X-Amzn-ErrorType")).isEqualTo("BadRequestException");
      assertThat(missing.body().string()).contains("Invalid input: protocolType is required");
      assertThat(unknownEnum.code()).isEqualTo(400);
      assertThat(unknownEnum.body().string())
          .contains(
              "Value at 'protocolType' failed to satisfy constraint: Member must satisfy enum"
                  + " value set: [WEBSOCKET, HTTP]");
    }
  }

  @Test
  void deletingAnApiRemovesItsChildren(ApiGatewayV2Client client) {
    String apiId = api(client);
    client.createRoute(b -> b.apiId(apiId).routeKey("GET /a"));

    client.deleteApi(b -> b.apiId(apiId));

    assertThat(
            catchThrowableOfType(
                NotFoundException.class, () -> client.getRoutes(b -> b.apiId(apiId))))
        .isNotNull();
  }

  @Test
  void listsPageByMaxResultsAndAnOpaqueToken(ApiGatewayV2Client client) {
    String apiId = api(client);
    for (int i = 0; i < 7; i++) {
      int n = i;
      client.createRoute(b -> b.apiId(apiId).routeKey("GET /r" + n));
    }

    GetRoutesResult first = client.getRoutes(b -> b.apiId(apiId).maxResults("3"));
    List<Integer> sizes = new ArrayList<>();
    client
        .getRoutesPaginator(b -> b.apiId(apiId).maxResults("3"))
        .forEach(page -> sizes.add(page.items().size()));

    assertThat(first.items())
        .extracting(r -> r.routeKey().orElseThrow())
        .containsExactly("GET /r0", "GET /r1", "GET /r2");
    assertThat(first.nextToken()).isPresent();
    assertThat(sizes).containsExactly(3, 3, 1);
    assertThat(
            catchThrowableOfType(
                    BadRequestException.class,
                    () -> client.getRoutes(b -> b.apiId(apiId).nextToken("forged-token")))
                .errorMessage())
        .hasValue("The nextToken is not valid for this request");
    assertThat(
            catchThrowableOfType(
                BadRequestException.class,
                () -> client.getRoutes(b -> b.apiId(apiId).maxResults("many"))))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                BadRequestException.class,
                () -> client.getApis(b -> b.nextToken(first.nextToken().orElseThrow()))))
        .as("a token of another collection")
        .isNotNull();
  }

  @Test
  void everyRequestMustBeSignedForApiGateway(ApiGatewayV2Emulator emulator) throws IOException {
    OkHttpClient http = new OkHttpClient();
    try (Response unsigned =
        http.newCall(new Request.Builder().url(emulator.endpoint() + "/v2/apis").build())
            .execute()) {
      assertThat(unsigned.code()).isEqualTo(403);
      assertThat(unsigned.header("X-Amzn-ErrorType"))
          .isEqualTo("MissingAuthenticationTokenException");
      assertThat(unsigned.body().string())
          .isEqualTo("{\"message\":\"Missing Authentication Token\"}");
    }
    try (Response otherService =
        http.newCall(
                new Request.Builder()
                    .url(emulator.endpoint() + "/v2/apis")
                    .header(
                        "Authorization",
                        "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/lambda/aws4_request, "
                            + "SignedHeaders=host;x-amz-date, Signature=abc")
                    .build())
            .execute()) {
      assertThat(otherService.code()).isEqualTo(403);
      assertThat(otherService.body().string()).contains("apigateway");
    }
  }

  @Test
  void withCredentialsSignaturesAreVerified() {
    Credentials known = Credentials.of("AKIDKNOWN", "known-secret");
    Instant now = Instant.parse("2026-06-01T12:00:00Z");
    ApiGatewayV2Emulator strict =
        keep(
            ApiGatewayV2Emulator.builder()
                .credentials(known)
                .clock(Clock.fixed(now, ZoneOffset.UTC))
                .start());

    ApiGatewayV2Client good =
        keep(
            strict.clientBuilder().clock(Clock.fixed(now.plusSeconds(60), ZoneOffset.UTC)).build());
    ApiGatewayV2Client unknown =
        keep(
            strict
                .clientBuilder()
                .credentials(Credentials.of("AKIDOTHER", "x"))
                .clock(Clock.fixed(now, ZoneOffset.UTC))
                .build());
    ApiGatewayV2Client wrongSecret =
        keep(
            strict
                .clientBuilder()
                .credentials(Credentials.of("AKIDKNOWN", "wrong"))
                .clock(Clock.fixed(now, ZoneOffset.UTC))
                .build());
    // One attempt, so that the skew error is seen; its Date teaches the client the difference.
    ApiGatewayV2Client late =
        keep(
            strict
                .clientBuilder()
                .clock(Clock.fixed(now.minus(Duration.ofMinutes(16)), ZoneOffset.UTC))
                .retryStrategy(RetryStrategy.none())
                .build());

    assertThat(good.getApis(b -> {}).items()).isEmpty();
    ServiceException unrecognized =
        catchThrowableOfType(ServiceException.class, () -> unknown.getApis(b -> {}));
    assertThat(unrecognized.statusCode()).isEqualTo(403);
    assertThat(unrecognized.errorCode()).hasValue("UnrecognizedClientException");
    ServiceException badSignature =
        catchThrowableOfType(ServiceException.class, () -> wrongSecret.getApis(b -> {}));
    assertThat(badSignature.errorCode()).hasValue("InvalidSignatureException");
    assertThat(badSignature.errorMessage().orElseThrow())
        .startsWith("The request signature we calculated does not " + "match");
    ServiceException expired =
        catchThrowableOfType(ServiceException.class, () -> late.getApis(b -> {}));
    assertThat(expired.errorCode()).hasValue("InvalidSignatureException");
    assertThat(expired.errorMessage().orElseThrow())
        .startsWith("Signature expired: 20260601T114400Z is now earlier");
    assertThat(expired.details().serverTime()).isEqualTo(now);
    assertThat(late.getApis(b -> {}).items()).as("signed with the learned offset").isEmpty();
  }

  @Test
  void injectedFaultsAnswerTheNextCallsThenTheServiceResumes(ApiGatewayV2Emulator emulator) {
    ApiGatewayV2Client noRetries =
        keep(emulator.clientBuilder().retryStrategy(RetryStrategy.none()).build());
    emulator.inject("GetApis", 2, Fault.throttling());

    assertThat(
            catchThrowableOfType(TooManyRequestsException.class, () -> noRetries.getApis(b -> {}))
                .statusCode())
        .isEqualTo(429);
    assertThat(
            catchThrowableOfType(TooManyRequestsException.class, () -> noRetries.getApis(b -> {})))
        .isNotNull();
    assertThat(noRetries.getApis(b -> {}).items()).isEmpty();
    assertThat(emulator.operationCounts()).containsEntry("GetApis", 3);
  }

  @Test
  void aFaultRetriedByTheClientIsInvisibleToTheCaller(
      ApiGatewayV2Emulator emulator, ApiGatewayV2Client client) {
    emulator.inject("CreateApi", 1, Fault.serviceUnavailable());

    String apiId = api(client);

    assertThat(apiId).isNotBlank();
    assertThat(emulator.operationCounts()).containsEntry("CreateApi", 2);
    assertThat(client.getApis(b -> {}).items()).hasSize(1);
  }

  @Test
  void aDelayFaultSlowsTheAnswer(ApiGatewayV2Emulator emulator, ApiGatewayV2Client client) {
    emulator.inject("GetApis", 1, Fault.delay(Duration.ofMillis(300)));
    long start = System.nanoTime();

    client.getApis(b -> {});

    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void theExtensionResetsBetweenTests(ApiGatewayV2Emulator emulator, ApiGatewayV2Client client) {
    // Every other test of this class creates APIs; none of them is left when a test starts.
    assertThat(client.getApis(b -> {}).items()).isEmpty();
    assertThat(emulator.requestCount()).isEqualTo(1);
    assertThat(emulator.client()).isSameAs(client);
  }

  private <T extends AutoCloseable> T keep(T closeable) {
    closeables.add(closeable);
    return closeable;
  }

  private static String api(ApiGatewayV2Client client) {
    return client.createApi(b -> b.name("t").protocolType(ProtocolType.HTTP)).apiId().orElseThrow();
  }

  /** A POST signed like the SDK's, but with a body of our own. */
  private static Response signedPost(ApiGatewayV2Emulator emulator, String path, String json)
      throws IOException {
    OkHttpClient http =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain ->
                    chain.proceed(
                        chain
                            .request()
                            .newBuilder()
                            .header(
                                "Authorization",
                                "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/apigateway/aws4_request, "
                                    + "SignedHeaders=host;x-amz-date, Signature=0123")
                            .build()))
            .build();
    return http.newCall(
            new Request.Builder()
                .url(emulator.endpoint() + path)
                .post(RequestBody.create(json, MediaType.get("application/json")))
                .build())
        .execute();
  }
}
