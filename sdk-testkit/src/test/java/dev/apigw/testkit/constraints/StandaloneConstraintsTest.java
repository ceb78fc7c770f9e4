package dev.apigw.testkit.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.testkit.StandaloneProcess;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The constraint cases of every operation (the model's shapes and the documented limits' table)
 * once more, against the standalone emulator in its own JVM over the raw HTTP API, as boto3, the
 * AWS CLI or any SDK meets it.
 */
class StandaloneConstraintsTest {
  private static StandaloneProcess standalone;
  private static RawCalls raw;

  @BeforeAll
  static void start() {
    standalone = StandaloneProcess.start();
    raw = new RawCalls(standalone.endpoint());
  }

  @AfterAll
  static void stop() {
    standalone.close();
  }

  static List<ConstraintCase> cases() {
    return ConstraintCases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aValueJustInsideAConstraintPassesAndOneJustOutsideIsRefusedNamingTheMember(
      ConstraintCase constraintCase) {
    ModelConstraintsTest.assertAnswered(raw, constraintCase);
  }

  @Test
  void theEmulatorStillServesAfterEveryCase() {
    assertThat(standalone.isAlive()).isTrue();
    assertThat(raw.send("GET", "/v2/apis", null).status).isEqualTo(200);
  }
}
