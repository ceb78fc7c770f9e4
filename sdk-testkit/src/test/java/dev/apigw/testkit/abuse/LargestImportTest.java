package dev.apigw.testkit.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.model.GetRoutesResult;
import dev.apigw.testkit.ApiGatewayV2Emulator;
import dev.apigw.testkit.Quota;
import dev.apigw.testkit.internal.RequestLimits;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * An OpenAPI import of the service's largest size, {@link Quota#ROUTES_PER_API} routes in a
 * document of just under {@link RequestLimits#MAX_OPENAPI_DOCUMENT_BYTES}, answers within {@link
 * #HANG_GUARD}: a bound against a hang, far above what it takes (speed is measured by the
 * benchmarks, not here).
 */
class LargestImportTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);
  private static final int ROUTES = Quota.ROUTES_PER_API.defaultLimit();

  @Test
  void threeHundredRoutesInASixMebibyteYamlDocumentAreImported() {
    String document = document(RequestLimits.MAX_OPENAPI_DOCUMENT_BYTES - 1024);
    assertThat(document.getBytes(StandardCharsets.UTF_8).length)
        .isBetween(
            RequestLimits.MAX_OPENAPI_DOCUMENT_BYTES - 64 * 1024,
            RequestLimits.MAX_OPENAPI_DOCUMENT_BYTES);
    try (ApiGatewayV2Emulator emulator = ApiGatewayV2Emulator.start()) {
      ApiGatewayV2Client client = emulator.client();

      long started = System.nanoTime();
      String apiId =
          assertTimeoutPreemptively(
              HANG_GUARD, () -> client.importApi(b -> b.body(document)).apiId().orElseThrow());
      Duration took = Duration.ofNanos(System.nanoTime() - started);

      assertThat(routeCount(client, apiId)).isEqualTo(ROUTES);
      System.out.printf(
          "LargestImportTest: %d routes, %d bytes imported in %d ms%n",
          ROUTES, document.length(), took.toMillis());
    }
  }

  /** A YAML document of {@link #ROUTES} routes, each described at length, of about {@code size}. */
  private static String document(int size) {
    String head = "openapi: 3.0.1\ninfo:\n  title: largest\n  version: '1'\npaths:\n";
    int perRoute = (size - head.length()) / ROUTES;
    StringBuilder yaml = new StringBuilder(size).append(head);
    for (int i = 0; i < ROUTES; i++) {
      int start = yaml.length();
      yaml.append("  /resource").append(i).append("/{id}:\n    get:\n      description: ");
      int prefix = yaml.length() - start;
      String tail = "\n      responses:\n        default:\n          description: ok\n";
      yaml.append("d".repeat(Math.max(1, perRoute - prefix - tail.length()))).append(tail);
    }
    return yaml.toString();
  }

  private static int routeCount(ApiGatewayV2Client client, String apiId) {
    int count = 0;
    String next = null;
    do {
      String token = next;
      GetRoutesResult page =
          client.getRoutes(
              b -> {
                b.apiId(apiId).maxResults("100");
                if (token != null) {
                  b.nextToken(token);
                }
              });
      count += page.items().size();
      next = page.nextToken().orElse(null);
    } while (next != null);
    return count;
  }
}
