package dev.apigw.testkit.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.testkit.ApiGatewayV2Emulator;
import dev.apigw.testkit.Quota;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The standalone emulator's {@code --quota NAME=VALUE}: listed by {@code --help}, refused when it
 * names no quota, and held to over the raw HTTP API.
 */
class StandaloneQuotasTest {
  @Test
  void helpListsEveryQuotaWithItsDefault() throws Exception {
    Process process = standalone("--help");
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(output).contains("[--quota NAME=VALUE]");
    for (Quota quota : Quota.values()) {
      assertThat(output).contains(quota.name() + ": " + quota.defaultLimit());
    }
  }

  @Test
  void aQuotaOfNoNameIsRefusedWithUsage() throws Exception {
    Process process = standalone("--quota", "ROUTES=5");
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(output).contains("no quota is named ROUTES", "usage:");
  }

  @Test
  void aQuotaSetOnTheCommandLineIsHeldToOverRawHttp() throws Exception {
    Process process = standalone("--quota", "APIS_PER_REGION=1");
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String first = out.readLine();
      URI apis = URI.create(first.substring("Listening on ".length()) + "/v2/apis");
      HttpClient http = HttpClient.newHttpClient();
      HttpRequest create =
          HttpRequest.newBuilder(apis)
              .header(
                  "Authorization",
                  "AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/apigateway/aws4_request, "
                      + "SignedHeaders=host;x-amz-date, Signature=0123")
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofString("{\"name\":\"a\",\"protocolType\":\"HTTP\"}"))
              .build();
      assertThat(http.send(create, HttpResponse.BodyHandlers.ofString()).statusCode())
          .isEqualTo(201);
      HttpResponse<String> over = http.send(create, HttpResponse.BodyHandlers.ofString());
      assertThat(over.statusCode()).isEqualTo(429);
      assertThat(over.headers().firstValue("X-Amzn-ErrorType")).hasValue("ConflictException");
      assertThat(over.body()).contains(Quota.APIS_PER_REGION.exceededMessage());
    } finally {
      process.destroy();
      assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  private static Process standalone(String... options) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ApiGatewayV2Emulator.class.getName());
    command.addAll(List.of(options));
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }
}
