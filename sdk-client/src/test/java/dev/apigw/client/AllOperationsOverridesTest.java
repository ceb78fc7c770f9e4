package dev.apigw.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.apigw.codegen.model.Operation;
import dev.apigw.core.RequestOverrideConfiguration;
import dev.apigw.core.SdkRequest;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.client.SdkClientBuilder;
import dev.apigw.core.interceptor.ExecutionContext;
import dev.apigw.core.interceptor.ExecutionInterceptor;
import dev.apigw.model.ModelFixtures;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of the model takes a call's overrides: a full request (as {@link
 * AllOperationsWireTest} builds it) copied with a {@link RequestOverrideConfiguration} through its
 * builder is equal to the request without, and is sent as the model says plus the overrides' header
 * and query parameter and the header its interceptor adds, all three signed. The interceptor is
 * told the operation and gets the very request.
 */
class AllOperationsOverridesTest {
  private static final Instant SIGNING_TIME = Instant.parse("2025-01-01T00:00:00Z");
  private static final Credentials CREDENTIALS = Credentials.of("AKID", "SECRET");
  private static final String PARAMETER = "overrideParam";

  private MockWebServer server;
  private ApiGatewayV2Client client;

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.start();
    client =
        build(
            builder ->
                builder
                    .region("us-east-1")
                    .credentials(CREDENTIALS)
                    .endpoint(URI.create(server.url("/").toString()))
                    .clock(Clock.fixed(SIGNING_TIME, ZoneOffset.UTC)));
  }

  /** The client under test; {@link AsyncAllOperationsOverridesTest} overrides it. */
  ApiGatewayV2Client build(Consumer<SdkClientBuilder<?, ?>> settings) {
    ApiGatewayV2Client.Builder builder = ApiGatewayV2Client.builder();
    settings.accept(builder);
    return builder.build();
  }

  @AfterEach
  void stopServer() {
    client.close();
    server.close();
  }

  static Stream<Operation> operations() {
    return AllOperationsWireTest.operations();
  }

  @Test
  void theTableCoversAllOperationsAndNoneSendsTheOverridesParameter() {
    assertThat(operations()).hasSize(AllOperationsWireTest.OPERATION_COUNT);
    assertThat(operations().flatMap(op -> AllOperationsWireTest.inputShape(op).members().stream()))
        .noneMatch(member -> member.wireName().equalsIgnoreCase(PARAMETER));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void everyOperationSendsItsOverridesSignedAndNothingElseChanges(Operation op) throws Exception {
    // script
    List<ExecutionContext> seen = new ArrayList<>();
    RequestOverrideConfiguration overrides =
        RequestOverrideConfiguration.builder()
            .putHeader("X-Override", "header " + op.name())
            .putRawQueryParameter(PARAMETER, "value " + op.name())
            .addExecutionInterceptor(
                new ExecutionInterceptor() {
                  @Override
                  public Request modifyHttpRequest(ExecutionContext context, Request request) {
                    seen.add(context);
                    return request
                        .newBuilder()
                        .header("X-Intercepted", context.operationName())
                        .build();
                  }
                })
            .build();
    Object plain = AllOperationsWireTest.fullRequest(op);
    Object request = withOverrides(plain, overrides);
    server.enqueue(
        AllOperationsWireTest.successResponse(
            op, AllOperationsWireTest.fullResult(op), "req-" + op.name()));

    // run
    Object result = AllOperationsWireTest.call(client, op, request);

    // verify: the request value
    assertThat(request)
        .isInstanceOf(SdkRequest.class)
        .isEqualTo(plain)
        .hasToString(plain.toString());
    assertThat(((SdkRequest) request).overrideConfiguration()).containsSame(overrides);
    assertThat(((SdkRequest) plain).overrideConfiguration()).isEmpty();
    assertThat(result).isEqualTo(AllOperationsWireTest.fullResult(op));
    // verify: what the interceptor was told
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0).serviceId()).isEqualTo("ApiGatewayV2");
    assertThat(seen.get(0).operationName()).isEqualTo(op.name());
    assertThat(seen.get(0).request()).isSameAs(request);
    assertThat(seen.get(0).attempt()).isEqualTo(1);
    // verify: the wire
    RecordedRequest recorded = server.takeRequest(10, TimeUnit.SECONDS);
    assertThat(recorded).as("%s reached the server", op.name()).isNotNull();
    String target = recorded.getTarget();
    int q = target.indexOf('?');
    assertThat(q < 0 ? target : target.substring(0, q))
        .isEqualTo(AllOperationsWireTest.expectedPath(op, plain));
    Map<String, List<String>> query =
        new LinkedHashMap<>(AllOperationsWireTest.expectedQuery(op, plain));
    query.put(PARAMETER, List.of("value " + op.name()));
    assertThat(AllOperationsWireTest.decodeQuery(q < 0 ? null : target.substring(q + 1)))
        .isEqualTo(query);
    assertThat(recorded.getHeaders().values("X-Override")).containsExactly("header " + op.name());
    assertThat(recorded.getHeaders().values("X-Intercepted")).containsExactly(op.name());
    assertThat(SignatureOracle.signedHeaders(recorded)).contains("x-override", "x-intercepted");
    SignatureOracle.assertValid(recorded, CREDENTIALS, SIGNING_TIME);
    if (AllOperationsWireTest.hasBodyMembers(op)) {
      JsonNode sent = AllOperationsWireTest.JSON.readTree(recorded.getBody().utf8());
      assertThat(
              AllOperationsWireTest.jsonEquals(
                  sent,
                  AllOperationsWireTest.expectedBody(AllOperationsWireTest.inputShape(op), plain)))
          .as("%s body is the request's members only", op.name())
          .isTrue();
    } else {
      assertThat(recorded.getBodySize()).isZero();
    }
  }

  /** {@code request.toBuilder().overrideConfiguration(overrides).build()}, by reflection. */
  static Object withOverrides(Object request, RequestOverrideConfiguration overrides) {
    Object builder = ModelFixtures.invoke(request, "toBuilder");
    try {
      builder
          .getClass()
          .getMethod("overrideConfiguration", RequestOverrideConfiguration.class)
          .invoke(builder, overrides);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(request.getClass().getSimpleName() + " takes no overrides", e);
    }
    return ModelFixtures.build(builder);
  }
}
