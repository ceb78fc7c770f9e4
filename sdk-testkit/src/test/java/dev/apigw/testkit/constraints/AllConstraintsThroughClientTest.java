package dev.apigw.testkit.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.model.BadRequestException;
import dev.apigw.testkit.ApiGatewayV2Emulator;
import dev.apigw.testkit.internal.ModelIndex;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the constraint tables ({@link ConstraintCases#all()}, which {@link
 * ModelConstraintsTest} sends over the raw HTTP API) through our typed {@link ApiGatewayV2Client}:
 * each becomes the generated request of its operation, and what the emulator refuses arrives as a
 * {@link BadRequestException} naming the member.
 */
class AllConstraintsThroughClientTest {
  /**
   * The cases the generated types cannot carry, by case, with why: none today, as every value of
   * the cases fits its member's Java type (the widest number, 86400, is well within an Integer).
   */
  private static final Map<String, String> CANNOT_BE_SENT = Map.of();

  private static ApiGatewayV2Emulator emulator;
  private static TypedCalls calls;

  @BeforeAll
  static void start() {
    emulator = ApiGatewayV2Emulator.start();
    calls = new TypedCalls(emulator.client());
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  static Stream<ConstraintCase> sendableCases() {
    return ConstraintCases.all().stream().filter(c -> !CANNOT_BE_SENT.containsKey(c.toString()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sendableCases")
  void aValueJustInsideAConstraintPassesAndOneJustOutsideIsRefusedNamingTheMember(
      ConstraintCase constraintCase) {
    Throwable thrown = catchThrowable(() -> calls.call(constraintCase));
    if (constraintCase.refused) {
      assertThat(thrown).as(constraintCase.toString()).isInstanceOf(BadRequestException.class);
      assertThat(((BadRequestException) thrown).errorMessage())
          .as(constraintCase.toString())
          .hasValueSatisfying(
              message ->
                  assertThat(message)
                      .contains("1 validation error detected: " + constraintCase.named()));
    } else if (thrown != null) {
      // Made-up identifiers are not found, and so on: the emulator's answer, never the client's.
      assertThat(thrown).as(constraintCase.toString()).isInstanceOf(ServiceException.class);
      assertThat(thrown.getMessage())
          .as(constraintCase.toString())
          .doesNotContain(constraintCase.named());
    }
  }

  @Test
  void theCasesLeftOutAreExactlyThoseTheGeneratedTypesCannotCarry() {
    Map<String, String> cannotBeSent = new TreeMap<>();
    for (ConstraintCase constraintCase : ConstraintCases.all()) {
      try {
        calls.request(constraintCase);
      } catch (TypedCalls.NotExpressible e) {
        cannotBeSent.put(constraintCase.toString(), e.getMessage());
      }
    }
    assertThat(cannotBeSent).isEqualTo(new TreeMap<>(CANNOT_BE_SENT));
  }

  @Test
  void everyOperationHasItsClientMethodAndTheCasesWalkThe38WithAConstrainedMember() {
    assertThat(ModelIndex.shared().operations().keySet())
        .hasSize(103)
        .allSatisfy(TypedCalls::operationMethod);
    assertThat(
            ConstraintCases.all().stream().map(c -> c.operation.name()).collect(Collectors.toSet()))
        .hasSize(38);
    assertThat(ConstraintCases.all()).hasSize(662);
  }
}
