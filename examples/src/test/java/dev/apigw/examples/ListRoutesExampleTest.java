package dev.apigw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.core.auth.Credentials;
import dev.apigw.model.GetRoutesResult;
import dev.apigw.model.Route;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs {@link ListRoutes} in-process, in its embedded mode, and checks what it prints. */
class ListRoutesExampleTest {
  private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  @Test
  void listsEveryRouteOfTheEmbeddedApiPageByPage() {
    int status = ListRoutes.run(out, err, new String[0], Collections.emptyMap());

    assertThat(errBytes.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(status).isZero();
    List<String> lines = lines();
    assertThat(lines.get(0)).startsWith("Routes of API a1b2c3 at http://127.0.0.1:").contains("embedded");
    assertThat(lines.subList(1, lines.size())).containsExactly(
        "Page 1: 3 routes",
        "  POST /pets  [r1x9k] -> integrations/abc123",
        "  GET /pets/{petId}  [r2x9k] -> integrations/abc123",
        "  PUT /pets/{petId}  [r3x9k] -> integrations/abc123",
        "Page 2: 3 routes",
        "  DELETE /pets/{petId}  [r4x9k] -> integrations/abc123",
        "  GET /owners  [r5x9k] -> integrations/def456",
        "  POST /owners  [r6x9k] -> integrations/def456",
        "Page 3: 2 routes",
        "  GET /owners/{ownerId}  [r7x9k] -> integrations/def456",
        "  $default  [r8x9k] -> integrations/fallback",
        "8 routes on 3 pages.");
  }

  @Test
  void anEmptyEndpointVariableStillMeansEmbedded() {
    int status = ListRoutes.run(out, err, new String[] {"a1b2c3"}, Map.of(ListRoutes.ENDPOINT_VARIABLE, " "));

    assertThat(status).isZero();
    assertThat(lines()).last().isEqualTo("8 routes on 3 pages.");
  }

  @Test
  void anUnknownApiIsReportedWithExitStatusOne() {
    int status = ListRoutes.run(out, err, new String[] {"nope"}, Collections.emptyMap());

    assertThat(status).isEqualTo(1);
    assertThat(errBytes.toString(StandardCharsets.UTF_8))
        .contains("NotFoundException (HTTP 404)", "Invalid API identifier specified", "nope", "request id local-1");
    assertThat(lines()).hasSize(1);
  }

  @Test
  void listsFromAGivenEndpointWithTheEnvironmentsSettings() throws IOException {
    boolean haveEnvironment = System.getenv("AWS_ACCESS_KEY_ID") != null && System.getenv("AWS_REGION") != null;
    try (LocalApiGateway local = LocalApiGateway.start()) {
      int status = ListRoutes.run(out, err, new String[] {LocalApiGateway.API_ID, local.endpoint().toString()},
          Collections.emptyMap());

      if (haveEnvironment) {
        assertThat(status).isZero();
        assertThat(lines()).last().isEqualTo("8 routes on 3 pages.");
      } else {
        // The settings come from the environment; here it has none, and the program says which.
        assertThat(status).isEqualTo(2);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).startsWith("Cannot create the client:");
        assertThat(local.requestCount()).isZero();
      }
    }
  }

  @Test
  void badUsageIsExitStatusTwo() {
    assertThat(ListRoutes.run(out, err, new String[] {"a", "b", "c"}, Collections.emptyMap())).isEqualTo(2);
    assertThat(ListRoutes.run(out, err, new String[] {"--help"}, Collections.emptyMap())).isEqualTo(2);
    assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("Usage: ListRoutes [apiId] [endpoint]");
  }

  @Test
  void theStandInHonoursMaxResultsAndNextTokenAndWantsASignature() throws IOException {
    try (LocalApiGateway local = LocalApiGateway.start();
        ApiGatewayV2Client client = ApiGatewayV2Client.builder()
            .region("us-east-1")
            .endpoint(local.endpoint())
            .credentials(Credentials.of("AKIDEXAMPLE", "secret"))
            .build()) {
      List<List<String>> pages = new ArrayList<>();
      for (GetRoutesResult page : client.getRoutesPaginator(b -> b.apiId(LocalApiGateway.API_ID).maxResults("5"))) {
        pages.add(page.items().stream().map(route -> route.routeKey().orElse("")).collect(Collectors.toList()));
      }

      assertThat(pages).extracting(List::size).containsExactly(5, 3);
      assertThat(pages.stream().flatMap(List::stream).collect(Collectors.toList())).hasSize(LocalApiGateway.ROUTE_COUNT)
          .doesNotHaveDuplicates();
      assertThat(local.requestCount()).isEqualTo(2);
    }
  }

  private List<String> lines() {
    String text = outBytes.toString(StandardCharsets.UTF_8);
    return Arrays.asList(text.split("\\R"));
  }
}
