package dev.apigw.testkit.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.testkit.Quota;
import dev.apigw.testkit.StandaloneProcess;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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

  @ParameterizedTest(name = "{0}")
  @EnumSource(Quota.class)
  void aQuotaSetOnTheCommandLineIsHeldToOverRawHttp(Quota quota) {
    try (StandaloneProcess standalone = StandaloneProcess.start("--quota", quota.name() + "=1")) {
      QuotaScenario scenario = new QuotaScenario(new RawCalls(standalone.endpoint()));
      scenario.prepare(quota);
      assertThat(scenario.create(quota, 0).status)
          .as("%s, the first create", quota)
          .isLessThan(300);

      RawCalls.Answer over = scenario.create(quota, 1);

      assertThat(over.status).as(QuotaScenario.fact(quota)).isEqualTo(429);
      assertThat(over.errorType).isEqualTo("ConflictException");
      assertThat(over.body).contains(quota.exceededMessage());
    }
  }

  private static Process standalone(String... options) {
    return StandaloneProcess.launch(options);
  }
}
