package dev.apigw.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.benchmarks.server.CannedResponses;
import dev.apigw.benchmarks.server.Fixtures;
import dev.apigw.benchmarks.server.LoopbackServer;
import dev.apigw.benchmarks.server.LoopbackServer.RecordedRequest;
import dev.apigw.opentelemetry.ApiGatewayV2Telemetry;
import io.opentelemetry.api.OpenTelemetry;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Every subject against the loopback server, one call per workload: it reads what the server
 * answers (the route counts, the 404), makes exactly the round trips the workload means, signs what
 * must be signed, and sends the same JSON members as the others.
 */
class SubjectsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<RecordedRequest> REQUESTS = new CopyOnWriteArrayList<>();
  private static LoopbackServer server;
  private final Blackhole bh =
      new Blackhole(
          "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

  @BeforeAll
  static void startServer() throws Exception {
    server = LoopbackServer.start(CannedResponses.create(), REQUESTS::add);
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  @BeforeEach
  void clearRequests() {
    REQUESTS.clear();
  }

  static Stream<Arguments> subjects() {
    return Stream.of(
        subject("ours", OursSubject::new, true),
        subject(
            "oursWithTelemetry",
            endpoint ->
                new OursSubject(
                    endpoint, ApiGatewayV2Telemetry.create(OpenTelemetry.noop())::configure),
            true),
        subject("awsApache", endpoint -> new AwsSubject(endpoint, AwsSubject.Http.APACHE), true),
        subject(
            "awsUrlConnection",
            endpoint -> new AwsSubject(endpoint, AwsSubject.Http.URL_CONNECTION),
            true),
        subject("rawTree", endpoint -> new RawTreeSubject(endpoint, false), false),
        subject("rawTreeSigned", endpoint -> new RawTreeSubject(endpoint, true), true),
        subject("rawStreaming", RawStreamingSubject::new, false));
  }

  private static Arguments subject(
      String name, Function<URI, Subject> factory, boolean signsReads) {
    return Arguments.of(name, factory, signsReads);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("subjects")
  void readsEveryWorkloadWithOneRoundTripPerCall(
      String name, Function<URI, Subject> factory, boolean signsReads) {
    try (Subject subject = factory.apply(server.endpoint())) {
      assertThat(subject.getRoutes(Fixtures.API_25, bh)).isEqualTo(25);
      RecordedRequest get = assertRequests("GET", "/v2/apis/bench25/routes");
      assertThat(get.header("authorization") != null).as("signed").isEqualTo(signsReads);

      assertThat(subject.getRoutes(Fixtures.API_500, bh)).isEqualTo(500);
      assertRequests("GET", "/v2/apis/bench500/routes");

      assertThat(subject.notFound(bh)).isEqualTo(404);
      assertRequests("GET", "/v2/apis/missing/routes");

      assertThat(subject.paginate(bh)).isEqualTo(500);
      assertThat(REQUESTS).hasSize(20);
      assertThat(REQUESTS.get(0).target()).isEqualTo("/v2/apis/benchpaged/routes");
      assertThat(REQUESTS.get(19).target()).endsWith("nextToken=t19");
      REQUESTS.clear();

      assertThat(subject.createRoute(bh)).isEqualTo(1);
      assertSignedJson(
          assertRequests("POST", "/v2/apis/bench25/routes"),
          "{\"apiKeyRequired\":false,\"authorizationType\":\"NONE\","
              + "\"operationName\":\"CreatePet\",\"routeKey\":\"POST /pets\",\"target\":\"integrations/i000001\"}");

      if (name.equals("awsUrlConnection")) {
        // why UpdateRouteBenchmark has no awsUrlConnection
        assertThatThrownBy(() -> subject.updateRoute(bh))
            .hasStackTraceContaining("Invalid HTTP method: PATCH");
        return;
      }
      assertThat(subject.updateRoute(bh)).isEqualTo(1);
      assertSignedJson(
          assertRequests("PATCH", "/v2/apis/bench25/routes/r000001"),
          "{\"authorizationType\":\"AWS_IAM\",\"target\":\"integrations/i000002\"}");
    }
  }

  @Test
  void theJmhStatesShareOneServerAndOneClientPerSubject() throws Exception {
    States.Server state = new States.Server();
    state.start();
    try {
      States.Ours ours = new States.Ours();
      ours.start(state);
      assertThat(ours.subject.getRoutes(Fixtures.API_25, bh)).isEqualTo(25);
      ours.close();
    } finally {
      state.stop();
    }
  }

  /** The one request since the last call, which must be {@code method target}. */
  private static RecordedRequest assertRequests(String method, String target) {
    assertThat(REQUESTS).hasSize(1);
    RecordedRequest request = REQUESTS.get(0);
    assertThat(request.method()).isEqualTo(method);
    assertThat(request.target()).isEqualTo(target);
    REQUESTS.clear();
    return request;
  }

  private static void assertSignedJson(RecordedRequest request, String json) {
    assertThat(request.header("authorization"))
        .startsWith("AWS4-HMAC-SHA256 Credential=" + Fixtures.ACCESS_KEY_ID + "/")
        .contains("/us-east-1/apigateway/aws4_request");
    assertThat(request.header("content-type")).startsWith("application/json");
    try {
      assertThat(JSON.readTree(request.body())).isEqualTo(JSON.readTree(json));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
