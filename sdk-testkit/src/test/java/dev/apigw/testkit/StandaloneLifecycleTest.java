package dev.apigw.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.testkit.internal.FlagDurations;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * The standalone emulator's lifecycle flags, {@code --provisioning-time} and {@code
 * --fail-next-provisioning}, seen through the raw HTTP API.
 */
class StandaloneLifecycleTest {
  private static final OkHttpClient HTTP = new OkHttpClient();

  @Test
  void aVpcLinkMadeToFailAnswersPendingThenFailedOverRawHttp() throws Exception {
    Process process =
        emulator("--provisioning-time", "0s", "--fail-next-provisioning", "VPC_LINK:no ENIs left");
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String endpoint = out.readLine().substring("Listening on ".length());

      String failing =
          call(endpoint, "POST", "/v2/vpclinks", "{\"name\":\"a\",\"subnetIds\":[\"s\"]}");
      String working =
          call(endpoint, "POST", "/v2/vpclinks", "{\"name\":\"b\",\"subnetIds\":[\"s\"]}");

      assertThat(failing).contains("\"vpcLinkStatus\":\"PENDING\"");
      assertThat(working).contains("\"vpcLinkStatus\":\"PENDING\"");
      assertThat(call(endpoint, "GET", "/v2/vpclinks/" + id(failing), null))
          .contains("\"vpcLinkStatus\":\"FAILED\"", "\"vpcLinkStatusMessage\":\"no ENIs left\"");
      assertThat(call(endpoint, "GET", "/v2/vpclinks/" + id(working), null))
          .contains("\"vpcLinkStatus\":\"AVAILABLE\"");
      call(endpoint, "DELETE", "/v2/vpclinks/" + id(working), null);
      assertThat(call(endpoint, "GET", "/v2/vpclinks", null)).doesNotContain(id(working));
    } finally {
      process.destroy();
      assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void aWebSocketDeploymentMadeToFailAnswersPendingThenFailedOverRawHttp() throws Exception {
    Process process = emulator("--fail-next-provisioning", "DEPLOYMENT:integration unreachable");
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String endpoint = out.readLine().substring("Listening on ".length());
      String api =
          call(
              endpoint,
              "POST",
              "/v2/apis",
              "{\"name\":\"ws\",\"protocolType\":\"WEBSOCKET\","
                  + "\"routeSelectionExpression\":\"$request.body.action\"}");
      String deployments = "/v2/apis/" + member(api, "apiId") + "/deployments";

      String failing = call(endpoint, "POST", deployments, "{}");
      String working = call(endpoint, "POST", deployments, "{}");

      assertThat(failing).contains("\"deploymentStatus\":\"PENDING\"");
      assertThat(working).contains("\"deploymentStatus\":\"DEPLOYED\"");
      assertThat(call(endpoint, "GET", deployments + "/" + member(failing, "deploymentId"), null))
          .contains(
              "\"deploymentStatus\":\"FAILED\"",
              "\"deploymentStatusMessage\":\"integration unreachable\"");
    } finally {
      process.destroy();
      assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void helpListsTheLifecycleFlagsAndBadValuesAreRefused() throws Exception {
    Process help = emulator("--help");
    String usage = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(help.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(usage)
        .contains("--provisioning-time DURATION", "--fail-next-provisioning KIND:MESSAGE");
    assertThat(usage)
        .contains("VPC_LINK", "PORTAL_PUBLISH", "PORTAL_DISABLE", "PORTAL_PREVIEW", "DEPLOYMENT");

    for (List<String> bad :
        List.of(
            List.of("--provisioning-time", "soon"),
            List.of("--fail-next-provisioning", "DOMAIN_NAME:x"),
            List.of("--fail-next-provisioning", "VPC_LINK"))) {
      Process refused = emulator(bad.toArray(new String[0]));
      String output = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(refused.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(refused.exitValue()).as(output).isEqualTo(2);
      assertThat(output).contains(bad.get(0), "usage:");
    }
  }

  @Test
  void flagDurationsAreShortOrIso8601() {
    assertThat(FlagDurations.parse("--x", "5s")).isEqualTo(Duration.ofSeconds(5));
    assertThat(FlagDurations.parse("--x", "500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(FlagDurations.parse("--x", "2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(FlagDurations.parse("--x", "1h")).isEqualTo(Duration.ofHours(1));
    assertThat(FlagDurations.parse("--x", "PT5S")).isEqualTo(Duration.ofSeconds(5));
  }

  private static Process emulator(String... options) {
    return StandaloneProcess.launch(options);
  }

  private static String id(String vpcLink) {
    return member(vpcLink, "vpcLinkId");
  }

  private static String member(String answer, String idMember) {
    Matcher id = Pattern.compile("\"" + idMember + "\":\"([a-z0-9]+)\"").matcher(answer);
    assertThat(id.find()).as(answer).isTrue();
    return id.group(1);
  }

  private static String call(String endpoint, String method, String path, String json)
      throws IOException {
    RequestBody body =
        json == null ? null : RequestBody.create(json, MediaType.get("application/json"));
    try (Response response =
        HTTP.newCall(
                new Request.Builder()
                    .url(endpoint + path)
                    .method(method, body)
                    .header(
                        "Authorization",
                        "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/apigateway/"
                            + "aws4_request, SignedHeaders=host;x-amz-date, Signature=0123")
                    .build())
            .execute()) {
      String answer = response.body().string();
      assertThat(response.code()).as(answer).isLessThan(300);
      return answer;
    }
  }
}
