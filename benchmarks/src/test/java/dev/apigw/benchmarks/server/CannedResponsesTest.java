package dev.apigw.benchmarks.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CannedResponsesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final CannedResponses responses = CannedResponses.create();

  @Test
  void getRoutesOf25IsAbout7KilobytesOfRoutesInTheModelsWireNames() throws Exception {
    byte[] response = responses.answer("GET", "/v2/apis/bench25/routes");

    assertThat(CannedResponses.status(response)).isEqualTo(200);
    String body = CannedResponses.body(response);
    assertThat(body.getBytes(StandardCharsets.UTF_8).length).isBetween(6_500, 8_000);
    JsonNode page = JSON.readTree(body);
    assertThat(page.path("items")).hasSize(25);
    assertThat(page.has("nextToken")).isFalse();
    Set<String> wireNames = routeWireNames();
    for (JsonNode route : page.path("items")) {
      for (Iterator<String> names = route.fieldNames(); names.hasNext(); ) {
        assertThat(wireNames).contains(names.next());
      }
      assertThat(route.path("routeId").textValue()).matches("r\\d{6}");
      assertThat(route.path("routeKey").textValue()).startsWith("GET /pets/");
    }
    // the three kinds of route, in turn
    assertThat(page.path("items").get(0).path("authorizationType").textValue()).isEqualTo("JWT");
    assertThat(page.path("items").get(0).path("authorizationScopes")).hasSize(2);
    assertThat(
            page.path("items")
                .get(1)
                .path("requestParameters")
                .path("route.request.querystring.limit")
                .path("required")
                .booleanValue())
        .isFalse();
    assertThat(page.path("items").get(2).path("apiKeyRequired").booleanValue()).isTrue();
  }

  @Test
  void getRoutesOf500IsOnePage() throws Exception {
    JsonNode page =
        JSON.readTree(CannedResponses.body(responses.answer("GET", "/v2/apis/bench500/routes")));

    assertThat(page.path("items")).hasSize(500);
    assertThat(page.has("nextToken")).isFalse();
  }

  @Test
  void thePagedListingIs20PagesChainedByNextTokenT1ToT19() throws Exception {
    Set<String> routeIds = new HashSet<>();
    String token = null;
    int pages = 0;
    do {
      String target = "/v2/apis/benchpaged/routes" + (token == null ? "" : "?nextToken=" + token);
      JsonNode page = JSON.readTree(CannedResponses.body(responses.answer("GET", target)));
      pages++;
      assertThat(page.path("items")).hasSize(25);
      page.path("items").forEach(route -> routeIds.add(route.path("routeId").textValue()));
      token = page.path("nextToken").textValue();
      if (token != null) {
        assertThat(token).isEqualTo("t" + pages);
      }
    } while (token != null);

    assertThat(pages).isEqualTo(20);
    assertThat(routeIds).hasSize(500);
    // other query parameters may come first
    assertThat(responses.answer("GET", "/v2/apis/benchpaged/routes?maxResults=25&nextToken=t3"))
        .isSameAs(responses.answer("GET", "/v2/apis/benchpaged/routes?nextToken=t3"));
  }

  @Test
  void createRouteAnswers201AndUpdateRoute200WithTheRoute() throws Exception {
    byte[] created = responses.answer("POST", "/v2/apis/bench25/routes");
    byte[] updated = responses.answer("PATCH", "/v2/apis/bench25/routes/r000001");

    assertThat(CannedResponses.status(created)).isEqualTo(201);
    assertThat(JSON.readTree(CannedResponses.body(created)).path("routeKey").textValue())
        .isEqualTo(Fixtures.CREATE_ROUTE_KEY);
    assertThat(CannedResponses.status(updated)).isEqualTo(200);
    assertThat(JSON.readTree(CannedResponses.body(updated)).path("target").textValue())
        .isEqualTo(Fixtures.UPDATE_TARGET);
  }

  @Test
  void anyRequestOfTheMissingApiAnswers404NotFoundException() throws Exception {
    byte[] response = responses.answer("GET", "/v2/apis/missing/routes");

    assertThat(CannedResponses.status(response)).isEqualTo(404);
    assertThat(head(response)).contains("\r\nx-amzn-ErrorType: NotFoundException\r\n");
    assertThat(JSON.readTree(CannedResponses.body(response)).path("message").textValue())
        .contains("missing");
  }

  @Test
  void whatIsNotCannedAnswers400() {
    assertThat(CannedResponses.status(responses.answer("GET", "/v2/apis/other/routes")))
        .isEqualTo(400);
    assertThat(CannedResponses.status(responses.answer("DELETE", "/v2/apis/bench25/routes")))
        .isEqualTo(400);
    assertThat(
            CannedResponses.status(
                responses.answer("GET", "/v2/apis/benchpaged/routes?nextToken=t20")))
        .isEqualTo(400);
    assertThat(
            CannedResponses.status(
                responses.answer("GET", "/v2/apis/benchpaged/routes?nextToken=x")))
        .isEqualTo(400);
  }

  @Test
  void everyResponseHasARequestIdJsonAndItsContentLength() {
    String[][] requests = {
      {"GET", "/v2/apis/bench25/routes"},
      {"GET", "/v2/apis/bench500/routes"},
      {"GET", "/v2/apis/benchpaged/routes?nextToken=t19"},
      {"POST", "/v2/apis/bench25/routes"},
      {"PATCH", "/v2/apis/bench25/routes/r000001"},
      {"GET", "/v2/apis/missing/routes"},
      {"GET", "/nothing"}
    };
    for (String[] request : requests) {
      byte[] response = responses.answer(request[0], request[1]);
      String head = head(response);
      assertThat(head)
          .contains("\r\nContent-Type: application/json\r\n")
          .containsPattern("\r\nx-amzn-RequestId: \\S+");
      assertThat(head)
          .contains(
              "\r\nContent-Length: "
                  + CannedResponses.body(response).getBytes(StandardCharsets.UTF_8).length
                  + "\r\n");
    }
  }

  private static String head(byte[] response) {
    String text = new String(response, StandardCharsets.UTF_8);
    return text.substring(0, text.indexOf("\r\n\r\n") + 2);
  }

  /** The wire names of the model's Route members. */
  private static Set<String> routeWireNames() throws Exception {
    Path model =
        Paths.get(
            System.getProperty("apigw.project.dir", ".."),
            "sdk-model",
            "src",
            "main",
            "model",
            "apigatewayv2.json");
    Set<String> names = new HashSet<>();
    JSON.readTree(model.toFile())
        .path("shapes")
        .path("Route")
        .path("members")
        .forEach(member -> names.add(member.path("wireName").textValue()));
    assertThat(names).contains("routeId", "routeKey", "target", "authorizationType");
    return names;
  }
}
