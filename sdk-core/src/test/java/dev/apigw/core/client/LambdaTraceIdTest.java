package dev.apigw.core.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.client.OverridesAndInterceptorsTest.Style;
import dev.apigw.core.client.OverridesAndInterceptorsTest.TestRequest;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.interceptor.ExecutionContext;
import dev.apigw.core.interceptor.ExecutionInterceptor;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.retry.RetryStrategy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * In AWS Lambda, the invocation's trace id goes out as {@code X-Amzn-Trace-Id}, read as the AWS SDK
 * for Java v2's {@code TraceIdExecutionInterceptor} reads it: only when {@code
 * AWS_LAMBDA_FUNCTION_NAME} is set, the system property before the variable, on every call, and
 * never over a header the request already has. Both call styles, on the wire.
 */
class LambdaTraceIdTest {
  private static final String HEADER = "X-Amzn-Trace-Id";
  private static final String FUNCTION_NAME = "AWS_LAMBDA_FUNCTION_NAME";
  private static final String TRACE_PROPERTY = "com.amazonaws.xray.traceHeader";
  private static final String TRACE_VARIABLE = "_X_AMZN_TRACE_ID";
  private static final String FROM_PROPERTY =
      "Root=1-6712f0a3-4c1d2e3f4a5b6c7d8e9f0a1b;Parent=53995c3f42cd8ad8;Sampled=1";
  private static final String FROM_VARIABLE =
      "Root=1-6712f0a3-000000000000000000000000;Parent=0000000000000001;Sampled=0";
  private static final String REGION = "us-east-1";
  private static final String SIGNING_NAME = "apigateway";
  private static final Credentials CREDENTIALS =
      Credentials.of("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");

  private final MockWebServer server = new MockWebServer();
  private final List<TestClient> clients = new ArrayList<>();
  private final Map<String, String> variables = new ConcurrentHashMap<>();
  private final Map<String, String> properties = new ConcurrentHashMap<>();

  @TempDir Path home;

  @BeforeEach
  void start() throws IOException {
    variables.put("HOME", home.toString());
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    clients.forEach(TestClient::close);
    server.close();
  }

  static Stream<Arguments> traceSources() {
    List<Arguments> rows = new ArrayList<>();
    for (Style style : Style.values()) {
      rows.add(Arguments.of(style, "the variable only", null, FROM_VARIABLE, FROM_VARIABLE));
      rows.add(Arguments.of(style, "the property only", FROM_PROPERTY, null, FROM_PROPERTY));
      rows.add(
          Arguments.of(style, "both: the property", FROM_PROPERTY, FROM_VARIABLE, FROM_PROPERTY));
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("traceSources")
  void inLambdaEveryAttemptSendsTheTraceIdUnsigned(
      Style style,
      String sources,
      @Nullable String property,
      @Nullable String variable,
      String expected)
      throws Exception {
    variables.put(FUNCTION_NAME, "orders-handler");
    putIfNotNull(properties, TRACE_PROPERTY, property);
    putIfNotNull(variables, TRACE_VARIABLE, variable);
    server.enqueue(status(503));
    server.enqueue(status(200));

    style.call(runtime(b -> {}), new TestRequest(null));

    for (int attempt = 1; attempt <= 2; attempt++) {
      RecordedRequest recorded = server.takeRequest();
      assertThat(recorded.getHeaders().values(HEADER))
          .as("attempt " + attempt)
          .containsExactly(expected);
      assertThat(signedHeaders(recorded)).doesNotContain("x-amzn-trace-id");
      WireSignatures.assertValidSignature(recorded, CREDENTIALS, SIGNING_NAME, REGION);
    }
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void theTraceIdIsReadAgainForEveryCall(Style style) throws Exception {
    variables.put(FUNCTION_NAME, "orders-handler");
    ClientRuntime runtime = runtime(b -> {});
    server.enqueue(status(200));
    server.enqueue(status(200));
    server.enqueue(status(200));

    properties.put(TRACE_PROPERTY, FROM_PROPERTY);
    style.call(runtime, new TestRequest(null));
    properties.put(TRACE_PROPERTY, "Root=1-6712f0a4-111111111111111111111111;Sampled=1");
    style.call(runtime, new TestRequest(null));
    variables.remove(FUNCTION_NAME);
    style.call(runtime, new TestRequest(null));

    assertThat(server.takeRequest().getHeaders().get(HEADER)).isEqualTo(FROM_PROPERTY);
    assertThat(server.takeRequest().getHeaders().get(HEADER))
        .isEqualTo("Root=1-6712f0a4-111111111111111111111111;Sampled=1");
    assertThat(server.takeRequest().getHeaders().get(HEADER)).as("out of Lambda").isNull();
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void aRequestWhoseOverridesSetTheHeaderSendsItsOwnUnsigned(Style style) throws Exception {
    variables.put(FUNCTION_NAME, "orders-handler");
    properties.put(TRACE_PROPERTY, FROM_PROPERTY);
    server.enqueue(status(200));

    style.call(runtime(b -> {}), TestRequest.with(o -> o.putHeader("x-amzn-trace-id", "Root=own")));

    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getHeaders().values(HEADER)).containsExactly("Root=own");
    assertThat(signedHeaders(recorded))
        .as("the signer skips it, as the AWS SDK's")
        .doesNotContain("x-amzn-trace-id");
    WireSignatures.assertValidSignature(recorded, CREDENTIALS, SIGNING_NAME, REGION);
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void anInterceptorSeesTheTraceIdAndMayReplaceIt(Style style) throws Exception {
    variables.put(FUNCTION_NAME, "orders-handler");
    variables.put(TRACE_VARIABLE, FROM_VARIABLE);
    List<String> seen = new ArrayList<>();
    ExecutionInterceptor replacing =
        new ExecutionInterceptor() {
          @Override
          public Request modifyHttpRequest(ExecutionContext context, Request request) {
            seen.add(request.header(HEADER));
            return request.newBuilder().header(HEADER, "Root=replaced").build();
          }
        };
    server.enqueue(status(200));

    style.call(runtime(b -> b.addExecutionInterceptor(replacing)), new TestRequest(null));

    assertThat(seen).containsExactly(FROM_VARIABLE);
    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getHeaders().values(HEADER)).containsExactly("Root=replaced");
    assertThat(signedHeaders(recorded)).doesNotContain("x-amzn-trace-id");
    WireSignatures.assertValidSignature(recorded, CREDENTIALS, SIGNING_NAME, REGION);
  }

  static Stream<Arguments> nothingToSend() {
    List<Arguments> rows = new ArrayList<>();
    for (Style style : Style.values()) {
      rows.add(Arguments.of(style, "not in Lambda", null, FROM_PROPERTY, FROM_VARIABLE));
      rows.add(Arguments.of(style, "in Lambda without a trace id", "orders-handler", null, null));
      rows.add(Arguments.of(style, "a trace id OkHttp would refuse", "fn", "Root=1-ü", null));
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("nothingToSend")
  void noTraceIdIsSent(
      Style style,
      String situation,
      @Nullable String functionName,
      @Nullable String property,
      @Nullable String variable)
      throws Exception {
    putIfNotNull(variables, FUNCTION_NAME, functionName);
    putIfNotNull(properties, TRACE_PROPERTY, property);
    putIfNotNull(variables, TRACE_VARIABLE, variable);
    server.enqueue(status(200));

    style.call(runtime(b -> {}), new TestRequest(null));

    assertThat(server.takeRequest().getHeaders().get(HEADER)).isNull();
  }

  private ClientRuntime runtime(Consumer<TestClient.Builder> customize) {
    TestClient.Builder builder =
        TestClient.builder((details, fields) -> new ServiceException(details))
            .region(REGION)
            .endpoint(URI.create("http://127.0.0.1:" + server.getPort()))
            .credentials(CREDENTIALS)
            .retryStrategy(
                RetryStrategy.standard().withBackoff(Duration.ZERO, Duration.ZERO, Duration.ZERO));
    customize.accept(builder);
    TestClient client = builder.buildWith(Environment.reading(variables::get, properties::get));
    clients.add(client);
    return client.runtime();
  }

  private static void putIfNotNull(Map<String, String> map, String key, @Nullable String value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  private static List<String> signedHeaders(RecordedRequest recorded) {
    String authorization = recorded.getHeaders().get("Authorization");
    String signed = authorization.substring(authorization.indexOf("SignedHeaders=") + 14);
    return List.of(signed.substring(0, signed.indexOf(',')).split(";"));
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).body("{}").build();
  }
}
