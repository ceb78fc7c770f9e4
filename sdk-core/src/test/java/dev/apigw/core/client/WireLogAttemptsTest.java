package dev.apigw.core.client;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.http.HttpRequestSpec;
import dev.apigw.core.http.ProxyConfiguration;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.http.WireLogCapture;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wire log writes what each request sent was: an entry per attempt the retry strategy makes,
 * and one more for the request that answers a proxy's 407, with the headers as they went.
 */
class WireLogAttemptsTest {
  private static final String PASSWORD = "pr0xy-PASSWORD";

  private final MockWebServer server = new MockWebServer();
  @TempDir Path home;

  @BeforeEach
  void start() throws Exception {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private TestClient client(String endpoint, ProxyConfiguration proxy) {
    Map<String, String> variables =
        Map.of(
            "HOME", home.toString(),
            "AWS_EC2_METADATA_DISABLED", "true",
            "AWS_ACCESS_KEY_ID", "AKIDWIRE",
            "AWS_SECRET_ACCESS_KEY", "WIRE-SECRET-KEY",
            "AWS_REGION", "eu-west-1");
    return TestClient.builder((details, fields) -> new ServiceException(details))
        .endpoint(URI.create(endpoint))
        .proxyConfiguration(proxy)
        .buildWith(Environment.of(variables, Map.of()));
  }

  private static String get(TestClient client) {
    return client
        .runtime()
        .invoke("GetApis", HttpRequestSpec.builder("GET", "/v2/apis").build(), r -> "ok");
  }

  private static List<String> firstLines(WireLogCapture log) {
    return log.messages().stream()
        .map(entry -> entry.lines().findFirst().orElse(""))
        .map(line -> line.replaceAll(", \\d+ ms\\)$", ")"))
        .collect(Collectors.toList());
  }

  @Test
  void eachAttemptHasItsOwnEntries() {
    server.enqueue(new MockResponse.Builder().code(503).body("{\"message\":\"busy\"}").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    String apis = "http://127.0.0.1:" + server.getPort() + "/v2/apis";

    try (WireLogCapture log = WireLogCapture.at(Level.DEBUG);
        TestClient client = client(apis.replace("/v2/apis", ""), ProxyConfiguration.none())) {
      assertThat(get(client)).isEqualTo("ok");

      assertThat(firstLines(log))
          .containsExactly(
              "--> GET " + apis + " HTTP/1.1",
              "<-- HTTP/1.1 503 Server Error (GET " + apis + ")",
              "--> GET " + apis + " HTTP/1.1",
              "<-- HTTP/1.1 200 OK (GET " + apis + ")");
      assertThat(log.messages().get(2))
          .contains("\nAuthorization: AWS4-HMAC-SHA256 Credential=AKIDWIRE/")
          .contains(", Signature=***\n");
    }
  }

  @Test
  void theRequestThatAnswersAProxys407HasItsOwnEntryWithTheCredentialsMasked() {
    server.enqueue(
        new MockResponse.Builder()
            .status("HTTP/1.1 407 Proxy Authentication Required")
            .addHeader("Proxy-Authenticate", "Basic realm=\"corp\"")
            .build());
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    ProxyConfiguration proxy =
        ProxyConfiguration.builder()
            .endpoint(URI.create("http://127.0.0.1:" + server.getPort()))
            .username("alice")
            .password(PASSWORD)
            .build();
    String apis = "http://api.example.test/v2/apis";

    try (WireLogCapture log = WireLogCapture.at(Level.DEBUG);
        TestClient client = client("http://api.example.test", proxy)) {
      assertThat(get(client)).isEqualTo("ok");

      assertThat(firstLines(log))
          .containsExactly(
              "--> GET " + apis + " HTTP/1.1",
              "<-- HTTP/1.1 407 Proxy Authentication Required (GET " + apis + ")",
              "--> GET " + apis + " HTTP/1.1",
              "<-- HTTP/1.1 200 OK (GET " + apis + ")");
      assertThat(log.messages().get(0)).doesNotContain("Proxy-Authorization");
      assertThat(log.messages().get(1)).contains("\nProxy-Authenticate: Basic realm=\"corp\"");
      assertThat(log.messages().get(2)).contains("\nProxy-Authorization: ***\n");
      assertThat(log.text()).doesNotContain(PASSWORD).doesNotContain("YWxpY2U6");
    }
  }
}
