package dev.apigw.testkit.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.testkit.ApiGatewayV2Emulator;
import dev.apigw.testkit.internal.constraints.DocumentedLimit;
import dev.apigw.testkit.internal.constraints.DocumentedLimits;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each entry of the documented limits' table, cited by its fact: every request value it applies to,
 * in any operation, just inside and just outside, through the emulator's raw HTTP API.
 */
class DocumentedLimitsTest {
  private static ApiGatewayV2Emulator emulator;
  private static RawCalls raw;
  private static List<ConstraintCase> cases;

  @BeforeAll
  static void start() {
    emulator = ApiGatewayV2Emulator.start();
    raw = new RawCalls(emulator);
    cases = ConstraintCases.all();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  static List<DocumentedLimit> entries() {
    return DocumentedLimits.entries();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void everyValueTheEntryAppliesToIsHeldToIt(DocumentedLimit entry) {
    List<ConstraintCase> ofEntry =
        cases.stream().filter(c -> c.source.equals(entry.toString())).collect(Collectors.toList());
    assertThat(ofEntry).as("cases of %s", entry).isNotEmpty();
    assertThat(ofEntry).anyMatch(c -> c.refused).anyMatch(c -> !c.refused);
    ofEntry.forEach(c -> ModelConstraintsTest.assertAnswered(raw, c));
  }
}
