package dev.apigw.testkit.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.testkit.ApiGatewayV2Emulator;
import dev.apigw.testkit.internal.JsonTree;
import dev.apigw.testkit.internal.RequestLimits;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSON and YAML bodies past {@link RequestLimits}' nesting, string and number limits get a 400
 * BadRequestException, never a 500 or a StackOverflowError, and the emulator serves on.
 */
class NestingAndSizeLimitsTest {
  private static final String CREATE_API = "{\"name\":\"n\",\"protocolType\":\"HTTP\",\"tags\":";
  private static final ApiGatewayV2Emulator EMULATOR = ApiGatewayV2Emulator.start();

  static Stream<Arguments> bodiesPastALimit() {
    int over = RequestLimits.MAX_NESTING_DEPTH + 1;
    return Stream.of(
        Arguments.of("JSON nested one level too deep", CREATE_API + nestedJson(over) + "}"),
        Arguments.of("JSON nested 100,000 deep", CREATE_API + nestedJson(100_000) + "}"),
        Arguments.of(
            "a number one digit too long",
            CREATE_API + "{\"n\":" + "9".repeat(RequestLimits.MAX_NUMBER_LENGTH + 1) + "}}"),
        Arguments.of(
            "a string one character too long",
            CREATE_API + "{\"s\":\"" + "s".repeat(RequestLimits.MAX_STRING_LENGTH + 1) + "\"}}"),
        Arguments.of("an OpenAPI document in JSON nested too deep", importing(nestedJson(over))),
        Arguments.of("an OpenAPI document in YAML nested too deep", importing(nestedYaml(over))),
        Arguments.of(
            "an OpenAPI document in YAML nested 100,000 deep", importing(nestedYaml(100_000))));
  }

  @AfterEach
  void theEmulatorStillServes() {
    assertThat(EMULATOR.client().getApis(b -> {}).items()).isEmpty();
  }

  @AfterAll
  static void stop() {
    EMULATOR.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodiesPastALimit")
  void isABadRequest(String what, String body) {
    RawAnswer answer = RawExchange.post(EMULATOR.port(), path(body), body);

    assertThat(answer.status).as("%s", answer).isEqualTo(400);
    assertThat(answer.headers).containsEntry("x-amzn-errortype", "BadRequestException");
    assertThat(answer.body).startsWith("{\"message\":");
  }

  @Test
  void aliasesInYamlAreNotExpanded() {
    String body = importing(laughs());

    RawAnswer answer = RawExchange.post(EMULATOR.port(), path(body), body);

    assertThat(answer.status).as("%s", answer).isLessThan(500);
    if (answer.status >= 400) {
      assertThat(answer.headers).containsKey("x-amzn-errortype");
    }
    EMULATOR.reset();
  }

  private static String path(String body) {
    return body.startsWith("{\"body\"") ? "/v2/apis?basepath=ignore" : "/v2/apis";
  }

  private static String importing(String document) {
    return "{\"body\":" + new String(JsonTree.toJson(document), StandardCharsets.UTF_8) + "}";
  }

  private static String nestedJson(int depth) {
    return "{\"openapi\":\"3.0.1\",\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
  }

  private static String nestedYaml(int depth) {
    return "openapi: 3.0.1\nx: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
  }

  private static String laughs() {
    StringBuilder yaml = new StringBuilder("openapi: 3.0.1\na0: &a0 [lol, lol, lol, lol]\n");
    for (int i = 1; i < 30; i++) {
      String previous = "*a" + (i - 1);
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      yaml.append(String.join(", ", previous, previous, previous, previous)).append("]\n");
    }
    return yaml.toString();
  }
}
