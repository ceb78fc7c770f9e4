package dev.apigw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.testkit.ApiGatewayV2Emulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs {@link ListRoutes} in-process, in its embedded mode, and checks what it prints. */
class ListRoutesExampleTest {
  private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  @Test
  void createsTheSampleApiOnTheEmulatorAndListsItsRoutesPageByPage() {
    int status = ListRoutes.run(out, err, new String[0], Collections.emptyMap());

    assertThat(status).isZero();
    List<String> lines = lines();
    assertThat(lines.get(0))
        .matches("Routes of API [a-z0-9]{10} at http://127\\.0\\.0\\.1:\\d+ .*")
        .contains("emulator");
    List<String> listing = lines.subList(1, lines.size());
    assertThat(listing).hasSize(12);
    assertThat(listing.get(0)).isEqualTo("Page 1: 3 routes");
    assertThat(listing.get(4)).isEqualTo("Page 2: 3 routes");
    assertThat(listing.get(8)).isEqualTo("Page 3: 2 routes");
    assertThat(listing.get(11)).isEqualTo("8 routes on 3 pages.");
    assertThat(listing.get(1))
        .matches("  POST /pets  \\[[a-z0-9]{7}] -> integrations/[a-z0-9]{10}");
    assertThat(listing.get(10))
        .matches("  \\$default  \\[[a-z0-9]{7}] -> integrations/[a-z0-9]{10}");
    assertThat(errBytes.toString(StandardCharsets.UTF_8).split("\\R"))
        .containsSubsequence(
            "Created 3 integrations and 8 routes",
            "Fetching page 1",
            "Fetching page 2",
            "Fetching page 3");
    assertThat(errBytes.toString(StandardCharsets.UTF_8))
        .startsWith("Started the API Gateway V2 emulator at");
  }

  @Test
  void anEmptyEndpointVariableStillMeansTheEmulator() {
    int status = ListRoutes.run(out, err, new String[0], Map.of(ListRoutes.ENDPOINT_VARIABLE, " "));

    assertThat(status).isZero();
    assertThat(lines()).last().isEqualTo("8 routes on 3 pages.");
  }

  @Test
  void anUnknownApiIsReportedWithExitStatusOne() {
    int status = ListRoutes.run(out, err, new String[] {"nope"}, Collections.emptyMap());

    assertThat(status).isEqualTo(1);
    assertThat(errBytes.toString(StandardCharsets.UTF_8))
        .contains(
            "NotFoundException (HTTP 404)",
            "Invalid API identifier specified",
            "nope",
            "request id ");
    assertThat(lines()).hasSize(1);
  }

  @Test
  void listsFromAGivenEndpointWithTheEnvironmentsSettings() {
    // The build keeps these tests off the machine's profile files and instance metadata, so only
    // the environment variables count here.
    boolean region =
        System.getenv("AWS_REGION") != null || System.getenv("AWS_DEFAULT_REGION") != null;
    boolean credentials =
        System.getenv("AWS_ACCESS_KEY_ID") != null
            && System.getenv("AWS_SECRET_ACCESS_KEY") != null;
    try (ApiGatewayV2Emulator emulator = ApiGatewayV2Emulator.start()) {
      String apiId = SampleApi.create(emulator.client(), err);
      int before = emulator.requestCount();
      int status =
          ListRoutes.run(
              out,
              err,
              new String[] {apiId, emulator.endpoint().toString()},
              Collections.emptyMap());

      if (!region) {
        // No region anywhere: the program says so before sending anything.
        assertThat(status).isEqualTo(2);
        assertThat(errBytes.toString(StandardCharsets.UTF_8))
            .contains("Cannot create the client:", "no region");
        assertThat(emulator.requestCount()).isEqualTo(before);
      } else if (!credentials) {
        // A region but no credentials: the chain finds none on the first call, which is not sent.
        assertThat(status).isEqualTo(1);
        assertThat(errBytes.toString(StandardCharsets.UTF_8))
            .contains("could not resolve credentials");
        assertThat(emulator.requestCount()).isEqualTo(before);
      } else {
        assertThat(status).isZero();
        assertThat(lines()).last().isEqualTo("8 routes on 1 page.");
      }
    }
  }

  @Test
  void anEndpointWithoutAnApiIdIsBadUsage() {
    assertThat(
            ListRoutes.run(
                out,
                err,
                new String[0],
                Map.of(ListRoutes.ENDPOINT_VARIABLE, "http://127.0.0.1:1")))
        .isEqualTo(2);
    assertThat(errBytes.toString(StandardCharsets.UTF_8))
        .contains("Usage: ListRoutes [apiId] [endpoint]");
  }

  @Test
  void badUsageIsExitStatusTwo() {
    assertThat(ListRoutes.run(out, err, new String[] {"a", "b", "c"}, Collections.emptyMap()))
        .isEqualTo(2);
    assertThat(ListRoutes.run(out, err, new String[] {"--help"}, Collections.emptyMap()))
        .isEqualTo(2);
    assertThat(errBytes.toString(StandardCharsets.UTF_8))
        .contains("Usage: ListRoutes [apiId] [endpoint]");
  }

  private List<String> lines() {
    String text = outBytes.toString(StandardCharsets.UTF_8);
    return Arrays.asList(text.split("\\R"));
  }
}
