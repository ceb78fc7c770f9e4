package dev.apigw.testkit.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.testkit.ApiGatewayV2Emulator;
import dev.apigw.testkit.internal.ModelIndex;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every constrained request value of every operation of the model, just inside and just outside
 * each bound, through the emulator's raw HTTP API: inside passes the check, outside is a {@code
 * BadRequestException} that names the member.
 */
class ModelConstraintsTest {
  private static ApiGatewayV2Emulator emulator;
  private static RawCalls raw;

  @BeforeAll
  static void start() {
    emulator = ApiGatewayV2Emulator.start();
    raw = new RawCalls(emulator);
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  static List<ConstraintCase> cases() {
    return ConstraintCases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aValueJustInsideAConstraintPassesAndOneJustOutsideIsRefusedNamingTheMember(
      ConstraintCase constraintCase) {
    assertAnswered(raw, constraintCase);
  }

  @Test
  void theCasesCoverEveryConstrainedShapeTheModelsRequestsReachAndEveryOperationIsWalked() {
    List<ConstraintCase> all = ConstraintCases.all();
    List<String> modelShapes =
        all.stream()
            .map(c -> c.source)
            .filter(source -> source.startsWith("the model's shape "))
            .distinct()
            .collect(Collectors.toList());
    // Of the model's 25 constrained shapes, 22 reach a request; the other three
    // (__stringMin10Max30PatternAZ09, __stringMin1Max2048, __stringMin1Max64) are only answered.
    assertThat(modelShapes).hasSize(22);
    assertThat(ModelIndex.shared().operations()).hasSize(103);
    assertThat(ConstraintCases.constrainedValues()).isGreaterThan(150);
  }

  static void assertAnswered(RawCalls raw, ConstraintCase constraintCase) {
    RawCalls.Answer answer = raw.send(constraintCase);
    if (constraintCase.refused) {
      assertThat(answer.status).as("%s: %s", constraintCase, answer).isEqualTo(400);
      assertThat(answer.errorType).as(constraintCase.toString()).isEqualTo("BadRequestException");
      assertThat(answer.body)
          .as(constraintCase.toString())
          .contains("1 validation error detected: " + constraintCase.named());
    } else {
      assertThat(answer.body)
          .as("%s: %s", constraintCase, answer)
          .doesNotContain(constraintCase.named());
    }
  }
}
