package dev.apigw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** ObserveRoutes prints one span and one timer record per page of the listing it traced. */
class ObserveRoutesExampleTest {
  @Test
  void printsTheListingsSpansAndMeters() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        ObserveRoutes.run(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(printed).contains("8 routes on 3 pages.").contains("Spans (4):");
    assertThat(
            printed.lines().filter(line -> line.startsWith("    ApiGatewayV2.GetRoutes [CLIENT")))
        .hasSize(3)
        .allSatisfy(
            line ->
                assertThat(line)
                    .contains("rpc.method=GetRoutes")
                    .contains("rpc.system=aws-api")
                    .contains("http.response.status_code=200")
                    .contains("cloud.region=us-east-1"));
    assertThat(printed)
        .containsPattern("  list the sample API's routes \\[INTERNAL, \\d+ µs]")
        .containsPattern(
            "apigw.client.calls \\{error=none, operation=GetRoutes, outcome=success,"
                + " service=ApiGatewayV2, status=200}: 3 recorded")
        .contains("apigw.client.retries {operation=GetRoutes, service=ApiGatewayV2}: 0 counted");
  }
}
