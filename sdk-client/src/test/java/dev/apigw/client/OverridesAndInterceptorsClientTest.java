package dev.apigw.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.apigw.core.RequestOverrideConfiguration;
import dev.apigw.core.SdkRequest;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.client.SdkClientBuilder;
import dev.apigw.core.exception.ApiCallAttemptTimeoutException;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.interceptor.ExecutionContext;
import dev.apigw.core.interceptor.ExecutionInterceptor;
import dev.apigw.core.result.SdkResult;
import dev.apigw.core.retry.RetryStrategy;
import dev.apigw.model.GetApiResult;
import dev.apigw.model.GetRoutesRequest;
import dev.apigw.model.TooManyRequestsException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A call's overrides and the execution interceptors on the generated clients: both clients run the
 * same hooks in the same order; what a call overrides applies to it alone; paginators carry a
 * request's overrides to every page.
 */
class OverridesAndInterceptorsClientTest {
  private static final Instant SIGNING_TIME = Instant.parse("2026-03-14T09:26:53Z");
  private static final Credentials CREDENTIALS =
      Credentials.of("AKIDCLIENT", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
  private static final Credentials CALL_CREDENTIALS =
      Credentials.of("AKIDCALL", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY");
  private static final RetryStrategy QUICK_RETRIES =
      RetryStrategy.standard().withBackoff(Duration.ZERO, Duration.ZERO, Duration.ZERO);

  /** The two clients, each seen through the blocking interface. */
  enum Kind {
    BLOCKING,
    ASYNC
  }

  /** What the server answers a GetApi call with, attempt by attempt. */
  enum Scenario {
    SUCCESS(200),
    RETRY(503, 200),
    FAILURE(404),
    RETRIES_EXHAUSTED(429, 429, 429);

    final int[] statuses;

    Scenario(int... statuses) {
      this.statuses = statuses;
    }
  }

  private final MockWebServer server = new MockWebServer();
  private final List<AutoCloseable> clients = new ArrayList<>();
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void start() throws IOException {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable client : clients) {
      client.close();
    }
    server.close();
  }

  @ParameterizedTest
  @EnumSource(Scenario.class)
  void bothClientsRunTheSameHooksInTheSameOrder(Scenario scenario) {
    List<List<String>> runs = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      log.clear();
      for (int status : scenario.statuses) {
        server.enqueue(answer(status));
      }
      ApiGatewayV2Client client =
          client(kind, b -> b.addExecutionInterceptor(new Recorder("client", log)));
      try {
        client.getApi(
            b ->
                b.apiId("a1")
                    .overrideConfiguration(o -> o.addExecutionInterceptor(recorder("call"))));
      } catch (RuntimeException e) {
        log.add("threw " + e.getClass().getSimpleName());
      }
      runs.add(List.copyOf(log));
    }

    assertThat(runs.get(1)).as("the asynchronous client's hooks").isEqualTo(runs.get(0));
    if (scenario == Scenario.RETRY) {
      assertThat(runs.get(0))
          .containsExactly(
              "client beforeExecution 0 GetApi GetApiRequest",
              "call beforeExecution 0 GetApi GetApiRequest",
              "client modifyHttpRequest 1",
              "call modifyHttpRequest 1",
              "client beforeTransmission 1 signed",
              "call beforeTransmission 1 signed",
              "client afterTransmission 1 503",
              "call afterTransmission 1 503",
              "client modifyHttpRequest 2",
              "call modifyHttpRequest 2",
              "client beforeTransmission 2 signed",
              "call beforeTransmission 2 signed",
              "client afterTransmission 2 200",
              "call afterTransmission 2 200",
              "client afterExecution 2 GetApiResult 200",
              "call afterExecution 2 GetApiResult 200");
    }
    String last =
        scenario == Scenario.FAILURE
            ? "call onExecutionFailure 1 NotFoundException"
            : scenario == Scenario.RETRIES_EXHAUSTED
                ? "call onExecutionFailure 3 TooManyRequestsException"
                : "call afterExecution " + scenario.statuses.length + " GetApiResult 200";
    assertThat(runs.get(0)).contains(last);
    assertThat(runs.get(0))
        .filteredOn(line -> line.startsWith("call beforeTransmission"))
        .as("one attempt per answer")
        .hasSize(scenario.statuses.length);
    assertThat(runs.get(0))
        .filteredOn(line -> line.matches("call (beforeExecution|afterExecution|onExecution).*"))
        .as("the once-a-call hooks")
        .hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aThrowingInterceptorFailsItsCallWithoutRetryAndTheClientKeepsWorking(Kind kind) {
    server.enqueue(answer(503));
    server.enqueue(answer(200));
    AtomicBoolean armed = new AtomicBoolean(true);
    IllegalStateException boom = new IllegalStateException("the interceptor's bug");
    ApiGatewayV2Client client =
        client(
            kind,
            b ->
                b.addExecutionInterceptor(
                        new ExecutionInterceptor() {
                          @Override
                          public void afterTransmission(
                              ExecutionContext context, int statusCode, Headers headers) {
                            if (armed.getAndSet(false)) {
                              throw boom;
                            }
                          }
                        })
                    .addExecutionInterceptor(new Recorder("client", log)));

    SdkClientException thrown =
        catchThrowableOfType(SdkClientException.class, () -> client.getApi(b -> b.apiId("a1")));
    GetApiResult next = client.getApi(b -> b.apiId("a1"));

    assertThat(thrown).hasCause(boom).hasMessageContaining("failed in afterTransmission");
    assertThat(thrown.retryable()).isFalse();
    assertThat(thrown.attempts()).isEqualTo(1);
    assertThat(log).contains("client onExecutionFailure 1 SdkClientException");
    assertThat(next.name()).contains("pets");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aCallsOwnTimeoutAppliesToThatCallAlone(Kind kind) {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    server.enqueue(answer(200).newBuilder().headersDelay(400, TimeUnit.MILLISECONDS).build());
    ApiGatewayV2Client client = client(kind, b -> b.retryStrategy(RetryStrategy.none()));

    ApiCallAttemptTimeoutException thrown =
        catchThrowableOfType(
            ApiCallAttemptTimeoutException.class,
            () ->
                client.getApi(
                    b ->
                        b.apiId("a1")
                            .overrideConfiguration(
                                o -> o.apiCallAttemptTimeout(Duration.ofMillis(150)))));
    GetApiResult slowButInTime = client.getApi(b -> b.apiId("a1"));

    assertThat(thrown).hasMessageContaining("150 ms");
    assertThat(slowButInTime.name()).contains("pets");
    assertThat(client.toString()).contains("apiCallAttemptTimeout=30000 ms");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aCallsOwnRetryStrategyAppliesToThatCallAlone(Kind kind) {
    for (int i = 0; i < 4; i++) {
      server.enqueue(answer(429));
    }
    ApiGatewayV2Client client = client(kind, b -> {});

    TooManyRequestsException once =
        catchThrowableOfType(
            TooManyRequestsException.class,
            () ->
                client.getApi(
                    b ->
                        b.apiId("a1")
                            .overrideConfiguration(o -> o.retryStrategy(RetryStrategy.none()))));
    TooManyRequestsException thrice =
        catchThrowableOfType(
            TooManyRequestsException.class, () -> client.getApi(b -> b.apiId("a1")));

    assertThat(once.attempts()).isEqualTo(1);
    assertThat(thrice.attempts()).isEqualTo(3);
    assertThat(client.toString()).contains("retryStrategy=RetryStrategy{standard, maxAttempts=3");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aCallsOwnCredentialsSignThatCallAlone(Kind kind) throws Exception {
    server.enqueue(answer(200));
    server.enqueue(answer(200));
    ApiGatewayV2Client client = client(kind, b -> {});

    client.getApi(
        b ->
            b.apiId("a1")
                .overrideConfiguration(
                    o -> o.credentialsProvider(CredentialsProvider.of(CALL_CREDENTIALS))));
    client.getApi(b -> b.apiId("a1"));

    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertThat(SignatureOracle.accessKeyId(first)).isEqualTo("AKIDCALL");
    SignatureOracle.assertValid(first, CALL_CREDENTIALS, SIGNING_TIME);
    assertThat(SignatureOracle.accessKeyId(second)).isEqualTo("AKIDCLIENT");
    SignatureOracle.assertValid(second, CREDENTIALS, SIGNING_TIME);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void paginatorsCarryTheOverridesToEveryPage(Kind kind) throws Exception {
    enqueuePages();
    List<Object> requests = Collections.synchronizedList(new ArrayList<>());
    RequestOverrideConfiguration overrides =
        RequestOverrideConfiguration.builder()
            .putHeader("X-Page-Header", "on every page")
            .addExecutionInterceptor(
                new ExecutionInterceptor() {
                  @Override
                  public void beforeExecution(ExecutionContext context) {
                    requests.add(context.request());
                  }
                })
            .build();
    GetRoutesRequest request =
        GetRoutesRequest.builder().apiId("a1").overrideConfiguration(overrides).build();
    List<String> routeKeys = Collections.synchronizedList(new ArrayList<>());

    if (kind == Kind.BLOCKING) {
      client(kind, b -> {})
          .getRoutesPaginator(request)
          .itemStream()
          .forEach(route -> routeKeys.add(route.routeKey().orElseThrow()));
    } else {
      asyncClient(b -> {})
          .getRoutesPaginator(request)
          .forEach(route -> routeKeys.add(route.routeKey().orElseThrow()))
          .get(10, TimeUnit.SECONDS);
    }

    assertThat(routeKeys).containsExactly("GET /a", "GET /b", "GET /c");
    assertThat(requests)
        .hasSize(3)
        .allSatisfy(
            page -> assertThat(((SdkRequest) page).overrideConfiguration()).containsSame(overrides))
        .extracting(page -> ((GetRoutesRequest) page).nextToken().orElse("-"))
        .containsExactly("-", "t1", "t2");
    for (int page = 0; page < 3; page++) {
      RecordedRequest recorded = server.takeRequest();
      assertThat(recorded.getHeaders().get("X-Page-Header")).isEqualTo("on every page");
      assertThat(SignatureOracle.signedHeaders(recorded)).contains("x-page-header");
      SignatureOracle.assertValid(recorded, CREDENTIALS, SIGNING_TIME);
    }
  }

  @Test
  void aRequestKeepsItsOverridesWhenCopiedButTheyAreNotPartOfItsValue() {
    RequestOverrideConfiguration overrides =
        RequestOverrideConfiguration.builder().putHeader("X-A", "secret-ish value").build();
    GetRoutesRequest plain = GetRoutesRequest.builder().apiId("a1").build();
    GetRoutesRequest request = plain.toBuilder().overrideConfiguration(overrides).build();

    assertThat(request.withNextToken("t1").overrideConfiguration()).containsSame(overrides);
    assertThat(request.toBuilder().maxResults("5").build().overrideConfiguration())
        .containsSame(overrides);
    assertThat(GetRoutesRequest.builder().from(request).build().overrideConfiguration())
        .containsSame(overrides);
    assertThat(request).isEqualTo(plain).hasSameHashCodeAs(plain).hasToString(plain.toString());
    assertThat(request.toString()).doesNotContain("secret-ish");
    assertThat(
            request.toBuilder()
                .overrideConfiguration(o -> o.putHeader("X-B", "b"))
                .build()
                .overrideConfiguration()
                .map(RequestOverrideConfiguration::headers))
        .contains(Map.of("X-B", "b"));
    assertThat(
            request.toBuilder()
                .overrideConfiguration((RequestOverrideConfiguration) null)
                .build()
                .overrideConfiguration())
        .isEmpty();
    assertThat(plain.overrideConfiguration()).isEmpty();
  }

  private void enqueuePages() {
    server.enqueue(page("GET /a", "t1"));
    server.enqueue(page("GET /b", "t2"));
    server.enqueue(page("GET /c", null));
  }

  private static MockResponse page(String routeKey, String next) {
    String json =
        "{\"items\":[{\"routeKey\":\""
            + routeKey
            + "\"}]"
            + (next == null ? "" : ",\"nextToken\":\"" + next + "\"")
            + "}";
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json")
        .body(json)
        .build();
  }

  private static MockResponse answer(int status) {
    MockResponse.Builder response =
        new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json");
    if (status == 200) {
      return response.body("{\"apiId\":\"a1\",\"name\":\"pets\"}").build();
    }
    String type =
        status == 404
            ? "NotFoundException"
            : status == 429 ? "TooManyRequestsException" : "ServiceUnavailable";
    return response.addHeader("x-amzn-ErrorType", type).body("{\"message\":\"no\"}").build();
  }

  private Recorder recorder(String name) {
    return new Recorder(name, log);
  }

  private ApiGatewayV2Client client(Kind kind, Consumer<SdkClientBuilder<?, ?>> settings) {
    if (kind == Kind.ASYNC) {
      return AsyncAsSync.adapt(asyncClient(settings));
    }
    ApiGatewayV2Client.Builder builder = ApiGatewayV2Client.builder();
    configure(builder, settings);
    ApiGatewayV2Client client = builder.build();
    clients.add(client);
    return client;
  }

  private ApiGatewayV2AsyncClient asyncClient(Consumer<SdkClientBuilder<?, ?>> settings) {
    ApiGatewayV2AsyncClient.Builder builder = ApiGatewayV2AsyncClient.builder();
    configure(builder, settings);
    ApiGatewayV2AsyncClient client = builder.build();
    clients.add(client);
    return client;
  }

  private void configure(SdkClientBuilder<?, ?> builder, Consumer<SdkClientBuilder<?, ?>> more) {
    builder
        .region("us-east-1")
        .endpoint(URI.create("http://127.0.0.1:" + server.getPort()))
        .credentials(CREDENTIALS)
        .retryStrategy(QUICK_RETRIES)
        .clock(Clock.fixed(SIGNING_TIME, ZoneOffset.UTC));
    more.accept(builder);
  }

  /** Writes down each hook it runs: who, which hook, the attempt, and what it was given. */
  static final class Recorder implements ExecutionInterceptor {
    private final String name;
    private final List<String> log;

    Recorder(String name, List<String> log) {
      this.name = name;
      this.log = log;
    }

    @Override
    public void beforeExecution(ExecutionContext context) {
      note(
          context,
          "beforeExecution",
          context.operationName() + " " + context.request().getClass().getSimpleName());
    }

    @Override
    public Request modifyHttpRequest(ExecutionContext context, Request request) {
      note(context, "modifyHttpRequest", null);
      return request;
    }

    @Override
    public void beforeTransmission(ExecutionContext context, Request signedRequest) {
      note(
          context,
          "beforeTransmission",
          signedRequest.header("Authorization") == null ? "unsigned" : "signed");
    }

    @Override
    public void afterTransmission(ExecutionContext context, int statusCode, Headers headers) {
      note(context, "afterTransmission", String.valueOf(statusCode));
    }

    @Override
    public void afterExecution(ExecutionContext context, SdkResult result) {
      note(
          context,
          "afterExecution",
          result.getClass().getSimpleName() + " " + result.responseMetadata().statusCode());
    }

    @Override
    public void onExecutionFailure(ExecutionContext context, Throwable failure) {
      note(context, "onExecutionFailure", failure.getClass().getSimpleName());
    }

    private void note(ExecutionContext context, String hook, String detail) {
      log.add(name + " " + hook + " " + context.attempt() + (detail == null ? "" : " " + detail));
    }
  }
}
