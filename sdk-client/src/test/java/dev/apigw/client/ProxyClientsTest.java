package dev.apigw.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.http.ProxyConfiguration;
import dev.apigw.model.GetApiResult;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Both generated clients go through the proxy their builder is given, with one implementation: the
 * same request line in absolute form, the same Basic answer to a 407, no lookup of the API host.
 */
class ProxyClientsTest {
  private static final String API = "{\"apiId\":\"a1\",\"name\":\"pets\"}";
  private static final URI ENDPOINT = URI.create("http://apigateway.example.test");

  private final MockWebServer proxy = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    proxy.start(InetAddress.getByName("127.0.0.1"), 0);
    for (int client = 0; client < 2; client++) {
      proxy.enqueue(
          new MockResponse.Builder()
              .code(407)
              .addHeader("Proxy-Authenticate", "Basic realm=\"corp\"")
              .build());
      proxy.enqueue(
          new MockResponse.Builder()
              .code(200)
              .addHeader("Content-Type", "application/json")
              .body(API)
              .build());
    }
  }

  @AfterEach
  void stop() {
    proxy.close();
  }

  private ProxyConfiguration configuration() {
    return ProxyConfiguration.builder()
        .endpoint(URI.create("http://127.0.0.1:" + proxy.getPort()))
        .username("alice")
        .password("s3cret")
        .build();
  }

  @Test
  void theBlockingAndTheAsynchronousClientGoThroughTheProxy() throws Exception {
    GetApiResult blocking;
    try (ApiGatewayV2Client client =
        ApiGatewayV2Client.builder()
            .region("us-east-1")
            .endpoint(ENDPOINT)
            .credentials(Credentials.of("AKIDPROXY", "secret"))
            .proxyConfiguration(configuration())
            .build()) {
      blocking = client.getApi(b -> b.apiId("a1"));
      assertThat(client.toString())
          .contains("proxy=http://127.0.0.1:" + proxy.getPort() + " (from proxyConfiguration)")
          .doesNotContain("s3cret");
    }
    GetApiResult async;
    try (ApiGatewayV2AsyncClient client =
        ApiGatewayV2AsyncClient.builder()
            .region("us-east-1")
            .endpoint(ENDPOINT)
            .credentials(Credentials.of("AKIDPROXY", "secret"))
            .proxyConfiguration(configuration())
            .build()) {
      async = client.getApi(b -> b.apiId("a1")).get(5, TimeUnit.SECONDS);
    }

    assertThat(blocking.name()).contains("pets");
    assertThat(async).isEqualTo(blocking);
    String basic = okhttp3.Credentials.basic("alice", "s3cret", StandardCharsets.UTF_8);
    for (int request = 0; request < 4; request++) {
      RecordedRequest recorded = proxy.takeRequest(5, TimeUnit.SECONDS);
      assertThat(recorded.getRequestLine())
          .isEqualTo("GET http://apigateway.example.test/v2/apis/a1 HTTP/1.1");
      assertThat(recorded.getHeaders().get("Proxy-Authorization"))
          .isEqualTo(request % 2 == 0 ? null : basic);
    }
  }
}
