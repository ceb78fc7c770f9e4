package dev.apigw.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.apigw.core.RequestOverrideConfiguration;
import dev.apigw.core.SdkRequest;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.exception.ApiCallAttemptTimeoutException;
import dev.apigw.core.exception.ApiCallTimeoutException;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.SdkException;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.http.HttpRequestSpec;
import dev.apigw.core.http.ResponseDecoder;
import dev.apigw.core.http.SdkHttpResponse;
import dev.apigw.core.interceptor.ExecutionContext;
import dev.apigw.core.interceptor.ExecutionInterceptor;
import dev.apigw.core.result.SdkResult;
import dev.apigw.core.retry.RetryStrategy;
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
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A call's overrides and the execution interceptors, through the runtime in both call styles: what
 * the overrides change applies to their call alone, and both styles run the same hooks in the same
 * order.
 */
class OverridesAndInterceptorsTest {
  private static final String REGION = "us-east-1";
  private static final String SIGNING_NAME = "apigateway";
  private static final Credentials CREDENTIALS =
      Credentials.of("AKIDCLIENT", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
  private static final Credentials CALL_CREDENTIALS =
      Credentials.of("AKIDCALL", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY");
  private static final ResponseDecoder<String> BODY_TEXT = SdkHttpResponse::bodyAsString;
  private static final RetryStrategy QUICK_RETRIES =
      RetryStrategy.standard().withBackoff(Duration.ZERO, Duration.ZERO, Duration.ZERO);
  private static final Function<TestRequest, HttpRequestSpec> MARSHALLER =
      request ->
          HttpRequestSpec.builder("GET", "/v2/apis")
              .query("a", "1")
              .query("keep", "k")
              .header("X-Custom", "from-spec")
              .build();

  /** The two ways to run a call, which must behave alike. */
  enum Style {
    BLOCKING {
      @Override
      <R> String call(ClientRuntime runtime, R request, Function<? super R, HttpRequestSpec> m) {
        return runtime.invoke("GetApis", request, m, BODY_TEXT);
      }
    },
    ASYNC {
      @Override
      <R> String call(ClientRuntime runtime, R request, Function<? super R, HttpRequestSpec> m) {
        try {
          return runtime.invokeAsync("GetApis", request, m, BODY_TEXT).join();
        } catch (CompletionException e) {
          throw (RuntimeException) e.getCause();
        }
      }
    };

    abstract <R> String call(
        ClientRuntime runtime, R request, Function<? super R, HttpRequestSpec> marshaller);

    String call(ClientRuntime runtime, TestRequest request) {
      return call(runtime, request, MARSHALLER);
    }
  }

  /** A request of an operation as the runtime sees a generated one: it may carry overrides. */
  static final class TestRequest implements SdkRequest {
    private final @Nullable RequestOverrideConfiguration overrides;

    TestRequest(@Nullable RequestOverrideConfiguration overrides) {
      this.overrides = overrides;
    }

    static TestRequest with(Consumer<RequestOverrideConfiguration.Builder> overrides) {
      RequestOverrideConfiguration.Builder builder = RequestOverrideConfiguration.builder();
      overrides.accept(builder);
      return new TestRequest(builder.build());
    }

    @Override
    public Optional<RequestOverrideConfiguration> overrideConfiguration() {
      return Optional.ofNullable(overrides);
    }
  }

  /** Writes down every hook it runs, with its name, the attempt and what it was given. */
  static final class Recorder implements ExecutionInterceptor {
    private final String name;
    private final List<String> log;

    Recorder(String name, List<String> log) {
      this.name = name;
      this.log = log;
    }

    private void note(ExecutionContext context, String hook) {
      log.add(name + " " + hook + " " + context.attempt());
    }

    @Override
    public void beforeExecution(ExecutionContext context) {
      note(context, "beforeExecution");
    }

    @Override
    public Request modifyHttpRequest(ExecutionContext context, Request request) {
      note(context, "modifyHttpRequest");
      return request;
    }

    @Override
    public void beforeTransmission(ExecutionContext context, Request signedRequest) {
      note(
          context,
          "beforeTransmission " + (signedRequest.header("Authorization") != null ? "signed" : "?"));
    }

    @Override
    public void afterTransmission(ExecutionContext context, int statusCode, Headers headers) {
      note(context, "afterTransmission " + statusCode);
    }

    @Override
    public void afterExecution(ExecutionContext context, SdkResult result) {
      note(context, "afterExecution " + result.responseMetadata().statusCode());
    }

    @Override
    public void onExecutionFailure(ExecutionContext context, Throwable failure) {
      note(context, "onExecutionFailure " + failure.getClass().getSimpleName());
    }
  }

  private final MockWebServer server = new MockWebServer();
  private final List<ClientRuntime> runtimes = new ArrayList<>();
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void startServer() throws IOException {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    runtimes.forEach(ClientRuntime::close);
    server.close();
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void theClientsThenTheCallsInterceptorsRunEveryHookInOrderThroughARetry(Style style) {
    server.enqueue(status(503));
    server.enqueue(ok("done"));
    ClientRuntime runtime = runtime(b -> b.addExecutionInterceptor(new Recorder("client", log)));

    String result =
        style.call(runtime, TestRequest.with(o -> o.addExecutionInterceptor(recorder("call"))));

    assertThat(result).isEqualTo("done");
    assertThat(log)
        .containsExactly(
            "client beforeExecution 0",
            "call beforeExecution 0",
            "client modifyHttpRequest 1",
            "call modifyHttpRequest 1",
            "client beforeTransmission signed 1",
            "call beforeTransmission signed 1",
            "client afterTransmission 503 1",
            "call afterTransmission 503 1",
            "client modifyHttpRequest 2",
            "call modifyHttpRequest 2",
            "client beforeTransmission signed 2",
            "call beforeTransmission signed 2",
            "client afterTransmission 200 2",
            "call afterTransmission 200 2",
            "client afterExecution 200 2",
            "call afterExecution 200 2");
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void aFailedCallEndsWithOnExecutionFailureOnce(Style style) {
    server.enqueue(status(400));
    ClientRuntime runtime = runtime(b -> b.addExecutionInterceptor(new Recorder("client", log)));

    ServiceException thrown =
        catchThrowableOfType(
            ServiceException.class,
            () ->
                style.call(
                    runtime, TestRequest.with(o -> o.addExecutionInterceptor(recorder("call")))));

    assertThat(thrown.statusCode()).isEqualTo(400);
    assertThat(log)
        .containsExactly(
            "client beforeExecution 0",
            "call beforeExecution 0",
            "client modifyHttpRequest 1",
            "call modifyHttpRequest 1",
            "client beforeTransmission signed 1",
            "call beforeTransmission signed 1",
            "client afterTransmission 400 1",
            "call afterTransmission 400 1",
            "client onExecutionFailure ServiceException 1",
            "call onExecutionFailure ServiceException 1");
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void aCallWithoutATypedRequestGivesItsSpecAndItsResponsesMetadata(Style style) {
    server.enqueue(ok("{}").newBuilder().addHeader("x-amzn-RequestId", "req-1").build());
    List<Object> seen = new ArrayList<>();
    ClientRuntime runtime =
        runtime(
            b ->
                b.addExecutionInterceptor(
                    new ExecutionInterceptor() {
                      @Override
                      public void afterExecution(ExecutionContext context, SdkResult result) {
                        seen.add(context.request());
                        seen.add(context.serviceId() + " " + context.operationName());
                        seen.add(result.responseMetadata());
                      }
                    }));
    HttpRequestSpec spec = HttpRequestSpec.builder("GET", "/v2/apis").build();

    style.call(runtime, spec, Function.identity());

    assertThat(seen.get(0)).isSameAs(spec);
    assertThat(seen.get(1)).isEqualTo("apigateway GetApis");
    assertThat(seen.get(2)).hasToString("ResponseMetadata{statusCode=200, requestId=req-1}");
  }

  /** Each hook in turn throws: the call fails without retry, and the client goes on. */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "BLOCKING, beforeExecution, 0, 0",
    "BLOCKING, modifyHttpRequest, 0, 1",
    "BLOCKING, beforeTransmission, 0, 1",
    "BLOCKING, afterTransmission, 1, 1",
    "BLOCKING, afterExecution, 1, 1",
    "ASYNC, beforeExecution, 0, 0",
    "ASYNC, modifyHttpRequest, 0, 1",
    "ASYNC, beforeTransmission, 0, 1",
    "ASYNC, afterTransmission, 1, 1",
    "ASYNC, afterExecution, 1, 1",
  })
  void anInterceptorThatThrowsFailsItsCallWithoutRetryAndTheClientKeepsWorking(
      Style style, String hook, int requestsSent, int attempts) {
    IllegalStateException boom = new IllegalStateException("boom in " + hook);
    ExecutionInterceptor throwing = throwingIn(hook, boom);
    server.enqueue(
        status(503).newBuilder().code(hook.equals("afterExecution") ? 200 : 503).build());
    server.enqueue(ok("second"));
    ClientRuntime runtime = runtime(b -> b.addExecutionInterceptor(new Recorder("client", log)));

    SdkClientException thrown =
        catchThrowableOfType(
            SdkClientException.class,
            () -> style.call(runtime, TestRequest.with(o -> o.addExecutionInterceptor(throwing))));

    assertThat(thrown.getCause()).isSameAs(boom);
    assertThat(thrown.retryable()).isFalse();
    assertThat(thrown)
        .hasMessageStartingWith(
            "GetApis: the execution interceptor "
                + throwing.getClass().getName()
                + " failed in "
                + hook
                + ": IllegalStateException: boom in "
                + hook);
    assertThat(thrown.attempts()).isEqualTo(attempts);
    assertThat(server.getRequestCount()).isEqualTo(requestsSent);
    assertThat(log).last().isEqualTo("client onExecutionFailure SdkClientException " + attempts);
    assertThat(log).filteredOn(line -> line.contains("onExecutionFailure")).hasSize(1);
    assertThat(log).as("no second attempt").noneMatch(line -> line.endsWith(" 2"));

    // The 503 left unused, if any, is retried.
    String next = style.call(runtime, new TestRequest(null));

    assertThat(next).isEqualTo("second");
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void whatOnExecutionFailureThrowsIsAddedToTheCallsFailure(Style style) {
    server.enqueue(status(400));
    IllegalStateException boom = new IllegalStateException("while told");
    ClientRuntime runtime =
        runtime(
            b ->
                b.addExecutionInterceptor(
                        new ExecutionInterceptor() {
                          @Override
                          public void onExecutionFailure(ExecutionContext c, Throwable failure) {
                            throw boom;
                          }
                        })
                    .addExecutionInterceptor(new Recorder("later", log)));

    ServiceException thrown =
        catchThrowableOfType(
            ServiceException.class, () -> style.call(runtime, new TestRequest(null)));

    assertThat(thrown.getSuppressed()).hasSize(1);
    assertThat(thrown.getSuppressed()[0]).isInstanceOf(SdkClientException.class).hasCause(boom);
    assertThat(log).last().isEqualTo("later onExecutionFailure ServiceException 1");
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void overrideHeadersAndQueryParametersAreSentSignedAndReplaceTheRequestsOwn(Style style)
      throws Exception {
    server.enqueue(ok("{}"));
    ClientRuntime runtime = runtime(b -> {});
    TestRequest request =
        TestRequest.with(
            o ->
                o.putHeader("x-custom", "from-overrides")
                    .putHeader("X-Extra", "extra")
                    .putRawQueryParameter("a", "2")
                    .putRawQueryParameter("b", "x y+z")
                    .addExecutionInterceptor(
                        new ExecutionInterceptor() {
                          @Override
                          public Request modifyHttpRequest(ExecutionContext c, Request r) {
                            return r.newBuilder()
                                .header("X-From-Interceptor", "yes")
                                .url(r.url().newBuilder().addQueryParameter("c", "3").build())
                                .build();
                          }
                        }));

    style.call(runtime, request);

    RecordedRequest recorded = server.takeRequest();
    assertThat(recorded.getTarget()).isEqualTo("/v2/apis?keep=k&a=2&b=x%20y%2Bz&c=3");
    assertThat(recorded.getHeaders().values("X-Custom")).containsExactly("from-overrides");
    assertThat(recorded.getHeaders().get("X-Extra")).isEqualTo("extra");
    assertThat(recorded.getHeaders().get("X-From-Interceptor")).isEqualTo("yes");
    assertThat(signedHeaders(recorded)).contains("x-custom", "x-extra", "x-from-interceptor");
    WireSignatures.assertValidSignature(recorded, CREDENTIALS, SIGNING_NAME, REGION);
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void aCallsOwnCredentialsSignThatCallAlone(Style style) throws Exception {
    server.enqueue(ok("{}"));
    server.enqueue(ok("{}"));
    ClientRuntime runtime = runtime(b -> {});

    style.call(
        runtime,
        TestRequest.with(o -> o.credentialsProvider(CredentialsProvider.of(CALL_CREDENTIALS))));
    style.call(runtime, new TestRequest(null));

    WireSignatures.assertValidSignature(
        server.takeRequest(), CALL_CREDENTIALS, SIGNING_NAME, REGION);
    WireSignatures.assertValidSignature(server.takeRequest(), CREDENTIALS, SIGNING_NAME, REGION);
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void aCallsOwnTimeoutsApplyToThatCallAlone(Style style) {
    server.enqueue(stalled());
    server.enqueue(stalled());
    server.enqueue(
        ok("slow but in time").newBuilder().headersDelay(300, TimeUnit.MILLISECONDS).build());
    ClientRuntime runtime = runtime(b -> b.retryStrategy(RetryStrategy.none()));

    ApiCallAttemptTimeoutException attempt =
        catchThrowableOfType(
            ApiCallAttemptTimeoutException.class,
            () ->
                style.call(
                    runtime,
                    TestRequest.with(o -> o.apiCallAttemptTimeout(Duration.ofMillis(100)))));
    ApiCallTimeoutException call =
        catchThrowableOfType(
            ApiCallTimeoutException.class,
            () ->
                style.call(
                    runtime, TestRequest.with(o -> o.apiCallTimeout(Duration.ofMillis(150)))));

    assertThat(attempt).hasMessageContaining("100 ms");
    assertThat(call).hasMessageContaining("150 ms");
    assertThat(style.call(runtime, new TestRequest(null))).isEqualTo("slow but in time");
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void aCallsOwnRetryStrategyAppliesToThatCallAlone(Style style) {
    for (int i = 0; i < 4; i++) {
      server.enqueue(status(503));
    }
    ClientRuntime runtime = runtime(b -> {});

    ServiceException once =
        catchThrowableOfType(
            ServiceException.class,
            () ->
                style.call(runtime, TestRequest.with(o -> o.retryStrategy(RetryStrategy.none()))));
    ServiceException thrice =
        catchThrowableOfType(
            ServiceException.class, () -> style.call(runtime, new TestRequest(null)));

    assertThat(once.attempts()).isEqualTo(1);
    assertThat(thrice.attempts()).isEqualTo(3);
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void callsWithEqualRetryStrategiesShareTheirQuotaAndNotTheClients(Style style) {
    for (int i = 0; i < 4; i++) {
      server.enqueue(status(503));
    }
    server.enqueue(ok("retried"));
    ClientRuntime runtime = runtime(b -> {});
    // A quota of 5 tokens pays for one retry.
    TestRequest small =
        TestRequest.with(o -> o.retryStrategy(QUICK_RETRIES.withMaxAttempts(2).withRetryQuota(5)));
    TestRequest equal =
        TestRequest.with(o -> o.retryStrategy(QUICK_RETRIES.withMaxAttempts(2).withRetryQuota(5)));

    SdkException first = catchThrowableOfType(SdkException.class, () -> style.call(runtime, small));
    SdkException second =
        catchThrowableOfType(SdkException.class, () -> style.call(runtime, equal));
    String third = style.call(runtime, new TestRequest(null));

    assertThat(first.attempts()).isEqualTo(2);
    assertThat(second.attempts()).isEqualTo(1);
    assertThat(second).hasMessageContaining("retry quota is exhausted");
    assertThat(third).isEqualTo("retried");
  }

  private Recorder recorder(String name) {
    return new Recorder(name, log);
  }

  private static ExecutionInterceptor throwingIn(String hook, RuntimeException boom) {
    return new ExecutionInterceptor() {
      @Override
      public void beforeExecution(ExecutionContext context) {
        maybeThrow("beforeExecution");
      }

      @Override
      public Request modifyHttpRequest(ExecutionContext context, Request request) {
        maybeThrow("modifyHttpRequest");
        return request;
      }

      @Override
      public void beforeTransmission(ExecutionContext context, Request signedRequest) {
        maybeThrow("beforeTransmission");
      }

      @Override
      public void afterTransmission(ExecutionContext context, int statusCode, Headers headers) {
        maybeThrow("afterTransmission");
      }

      @Override
      public void afterExecution(ExecutionContext context, SdkResult result) {
        maybeThrow("afterExecution");
      }

      private void maybeThrow(String now) {
        if (now.equals(hook)) {
          throw boom;
        }
      }
    };
  }

  private static List<String> signedHeaders(RecordedRequest recorded) {
    java.util.regex.Matcher matcher =
        WireSignatures.AUTHORIZATION.matcher(recorded.getHeaders().get("Authorization"));
    assertThat(matcher.matches()).isTrue();
    return List.of(matcher.group(5).split(";"));
  }

  private ClientRuntime runtime(Consumer<TestClient.Builder> customize) {
    TestClient.Builder builder =
        TestClient.builder((details, fields) -> new ServiceException(details))
            .region(REGION)
            .endpoint(URI.create("http://127.0.0.1:" + server.getPort()))
            .credentialsProvider(CredentialsProvider.of(CREDENTIALS))
            .retryStrategy(QUICK_RETRIES)
            .clock(Clock.fixed(Instant.parse("2026-03-14T09:26:53Z"), ZoneOffset.UTC));
    customize.accept(builder);
    ClientRuntime runtime = builder.build().runtime();
    runtimes.add(runtime);
    return runtime;
  }

  private static MockResponse ok(String body) {
    return new MockResponse.Builder().code(200).body(body).build();
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).body("{\"message\":\"no\"}").build();
  }

  private static MockResponse stalled() {
    return new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
  }
}
