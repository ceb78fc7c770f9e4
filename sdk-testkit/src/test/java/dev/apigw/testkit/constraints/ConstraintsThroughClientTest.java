package dev.apigw.testkit.constraints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.model.BadRequestException;
import dev.apigw.model.IntegrationType;
import dev.apigw.model.ProtocolType;
import dev.apigw.testkit.ApiGatewayV2Emulator;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A sample of the constraint tables through our {@link ApiGatewayV2Client}: what the emulator
 * refuses arrives as a {@link BadRequestException} naming the member.
 */
class ConstraintsThroughClientTest {
  private static ApiGatewayV2Emulator emulator;
  private static ApiGatewayV2Client client;
  private static String apiId;

  @BeforeAll
  static void start() {
    emulator = ApiGatewayV2Emulator.start();
    client = emulator.client();
    apiId =
        client
            .createApi(b -> b.name("a".repeat(128)).protocolType(ProtocolType.HTTP))
            .apiId()
            .orElseThrow();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @Test
  void anApiNameOfAMillionCharactersIsRefused() {
    assertRefused(
        "name",
        "Member must have length less than or equal to 128",
        () -> client.createApi(b -> b.name("a".repeat(1_000_000)).protocolType(ProtocolType.HTTP)));
  }

  @Test
  void aRouteKeyWithANulByteIsRefused() {
    assertRefused(
        "routeKey",
        "Member must not contain control characters",
        () -> client.createRoute(b -> b.apiId(apiId).routeKey("GET /a\u0000b")));
  }

  @Test
  void anIntegrationTimeoutOutsideTheModelsRangeIsRefusedAndItsBoundsPass() {
    assertRefused(
        "timeoutInMillis",
        "Member must have value less than or equal to 30000",
        () -> integration(30_001));
    assertRefused(
        "timeoutInMillis",
        "Member must have value greater than or equal to 50",
        () -> integration(49));
    integration(50);
    integration(30_000);
  }

  @Test
  void aStageNameOutsideItsDocumentedCharactersIsRefusedAndDefaultPasses() {
    assertRefused(
        "stageName",
        "Member must satisfy regular expression pattern",
        () -> client.createStage(b -> b.apiId(apiId).stageName("not allowed!")));
    client.createStage(b -> b.apiId(apiId).stageName("$default"));
    client.createStage(b -> b.apiId(apiId).stageName("dev_1-a"));
  }

  @Test
  void aTagKeyOverItsDocumentedLengthIsRefused() {
    assertRefused(
        "tags",
        "Member must have length less than or equal to 128",
        () ->
            client.createApi(
                b ->
                    b.name("tagged")
                        .protocolType(ProtocolType.HTTP)
                        .tags(Map.of("k".repeat(129), "v"))));
  }

  @Test
  void theClientItselfRefusesOnlyWhatItCannotSendAMissingRequiredMemberOrAnEmptyLabel() {
    assertThat(catchThrowable(() -> client.createRoute(b -> b.apiId(apiId))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("required members not set: routeKey");
    assertThat(catchThrowable(() -> client.getApi(b -> b.apiId(""))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("apiId must not be empty");
  }

  private static void integration(int timeout) {
    client.createIntegration(
        b ->
            b.apiId(apiId)
                .integrationType(IntegrationType.HTTP_PROXY)
                .integrationUri("https://example.com")
                .integrationMethod("GET")
                .payloadFormatVersion("1.0")
                .timeoutInMillis(timeout));
  }

  private static void assertRefused(String member, String violation, Executable call) {
    BadRequestException refused =
        catchThrowableOfType(
            BadRequestException.class,
            () -> {
              try {
                call.execute();
              } catch (Throwable t) {
                if (t instanceof RuntimeException) {
                  throw (RuntimeException) t;
                }
                throw new IllegalStateException(t);
              }
            });
    assertThat(refused).as(member).isNotNull();
    assertThat(refused.getMessage())
        .contains("1 validation error detected: Value at '" + member + "'")
        .contains(violation);
  }
}
