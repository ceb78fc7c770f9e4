package dev.apigw.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.model.ConflictException;
import dev.apigw.model.CreateRouteResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the README's snippets against the {@link LocalApiGateway}, so that what the README shows does work. */
class ReadmeUsageExampleTest {
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private LocalApiGateway local;
  private ApiGatewayV2Client client;

  @BeforeEach
  void start() throws IOException {
    local = LocalApiGateway.start();
    client = ReadmeUsage.createClientFor(local.endpoint(), "AKIDEXAMPLE", "example-secret");
    originalOut = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() {
    System.setOut(originalOut);
    client.close();
    local.close();
  }

  @Test
  void theClientForARegionUsesItsDefaultEndpointAndSendsNothingWhenBuilt() {
    try (ApiGatewayV2Client regional = ReadmeUsage.createClient("AKIDEXAMPLE", "example-secret")) {
      assertThat(regional.toString()).contains("endpoint=https://apigateway.us-east-1.amazonaws.com/");
    }
    assertThat(local.requestCount()).isZero();
  }

  @Test
  void theClientWithRetriesCarriesItsSettings() {
    try (ApiGatewayV2Client configured = ReadmeUsage.createClientWithRetries("AKIDEXAMPLE", "example-secret")) {
      assertThat(configured.toString()).contains("RetryStrategy{standard, maxAttempts=5", "apiCallTimeout=20000 ms",
          "apiCallAttemptTimeout=5000 ms");
    }
    assertThat(local.requestCount()).isZero();
  }

  @Test
  void createsARouteThatIsThenListed() {
    CreateRouteResult created = ReadmeUsage.createRoute(client, LocalApiGateway.API_ID);

    assertThat(created.routeKey()).hasValue("GET /pets");
    assertThat(created.target()).hasValue("integrations/abc123");
    assertThat(created.routeId()).hasValue("r9x9k");
    assertThat(created.responseMetadata().statusCode()).isEqualTo(201);
    assertThat(lines()).containsExactly("Created GET /pets as r9x9k");
    printed.reset();
    ReadmeUsage.listAllRoutes(client, LocalApiGateway.API_ID);
    assertThat(lines()).hasSize(LocalApiGateway.ROUTE_COUNT + 1).endsWith("$default", "GET /pets");
    assertThatThrownBy(() -> ReadmeUsage.createRoute(client, LocalApiGateway.API_ID))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void listsAllRoutesAndPageByPage() {
    ReadmeUsage.listAllRoutes(client, LocalApiGateway.API_ID);
    List<String> all = lines();
    printed.reset();
    ReadmeUsage.listRoutesPageByPage(client, LocalApiGateway.API_ID);
    List<String> paged = lines();

    assertThat(all).containsExactly("POST /pets", "GET /pets/{petId}", "PUT /pets/{petId}", "DELETE /pets/{petId}",
        "GET /owners", "POST /owners", "GET /owners/{ownerId}", "$default");
    assertThat(paged).containsExactly(
        "5 routes, request id local-4",
        "  POST /pets", "  GET /pets/{petId}", "  PUT /pets/{petId}", "  DELETE /pets/{petId}", "  GET /owners",
        "3 routes, request id local-5",
        "  POST /owners", "  GET /owners/{ownerId}", "  $default");
  }

  @Test
  void catchesNotFound() {
    ReadmeUsage.handleNotFound(client);

    assertThat(lines()).containsExactly("404 Invalid API identifier specified 123456789012:nope (request id local-1)");
  }

  private List<String> lines() {
    System.out.flush();
    return Arrays.asList(printed.toString(StandardCharsets.UTF_8).split("\\R"));
  }
}
