package dev.apigw.core.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.http.HttpRequestSpec;
import dev.apigw.core.internal.Environment;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client built without credentials signs every request with what the default chain gives, here
 * container credentials that a fake endpoint rotates: each request carries the credentials current
 * when it was signed.
 */
class ChainCredentialsOnTheWireTest {
  private final MockWebServer api = new MockWebServer();
  private final MockWebServer container = new MockWebServer();
  private final AtomicInteger issued = new AtomicInteger();
  @TempDir Path home;

  @BeforeEach
  void start() throws Exception {
    container.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            int n = issued.incrementAndGet();
            // Expiring in 61 s: stale (a minute before expiry) one second from now, so the next
            // call after that second fetches the next set.
            String expiration =
                Instant.now().plusSeconds(61).truncatedTo(ChronoUnit.SECONDS).toString();
            return new MockResponse.Builder()
                .code(200)
                .body(
                    "{\"AccessKeyId\":\"ASIAROTATED"
                        + n
                        + "\",\"SecretAccessKey\":\"secret"
                        + n
                        + "\",\"Token\":\"token"
                        + n
                        + "\",\"Expiration\":\""
                        + expiration
                        + "\"}")
                .build();
          }
        });
    container.start();
    api.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return new MockResponse.Builder().code(200).body("{}").build();
          }
        });
    api.start();
  }

  @AfterEach
  void stop() throws Exception {
    api.close();
    container.close();
  }

  @Test
  void everyRequestIsSignedWithTheChainsCurrentCredentials() throws Exception {
    Environment environment =
        Environment.of(
            Map.of(
                "HOME", home.toString(),
                "AWS_EC2_METADATA_DISABLED", "true",
                "AWS_REGION", "eu-west-1",
                "AWS_CONTAINER_CREDENTIALS_FULL_URI",
                    "http://127.0.0.1:" + container.getPort() + "/creds",
                "AWS_CONTAINER_AUTHORIZATION_TOKEN", "pod-token"),
            Map.of());
    try (TestClient client =
        TestClient.builder((details, fields) -> new ServiceException(details))
            .endpoint(api.url("/").uri())
            .buildWith(environment)) {
      assertThat(issued).as("nothing is fetched at build()").hasValue(0);
      for (int call = 1; call <= 3; call++) {
        client
            .runtime()
            .invoke("Get", HttpRequestSpec.builder("GET", "/things").build(), response -> "ok");
        RecordedRequest request = api.takeRequest();
        int current = issued.get();
        assertThat(request.getHeaders().get("Authorization"))
            .startsWith("AWS4-HMAC-SHA256 Credential=ASIAROTATED" + current + "/")
            .contains("/eu-west-1/apigateway/aws4_request");
        assertThat(request.getHeaders().get("X-Amz-Security-Token")).isEqualTo("token" + current);
        Thread.sleep(1_100); // let the credentials go stale
      }
      assertThat(issued).as("rotated before each later call").hasValue(3);
      assertThat(container.takeRequest().getHeaders().get("Authorization")).isEqualTo("pod-token");
    }
  }
}
