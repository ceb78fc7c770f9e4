package dev.apigw.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.model.NotFoundException;
import dev.apigw.model.ProtocolType;
import dev.apigw.testkit.LifecycleDrivers.Driver;
import dev.apigw.testkit.LifecycleDrivers.Shown;
import dev.apigw.testkit.internal.lifecycle.LifecycleTables;
import dev.apigw.testkit.internal.lifecycle.StatusTransition;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every entry of the status tables ({@code internal/lifecycle/}) through our client on the
 * emulator: the status shown while the provisioning time lasts on the builder's clock, the one it
 * settles in, and the failed one when made to fail.
 */
class LifecycleTablesTest {
  private static final Duration PROVISIONING = Duration.ofSeconds(30);

  static Stream<StatusTransition> entries() {
    return LifecycleTables.ALL.stream();
  }

  static Stream<StatusTransition> failingEntries() {
    return entries().filter(t -> t.failsAs() != null);
  }

  @Test
  void everyEntryHasItsFactAndADriver() {
    assertThat(LifecycleTables.ALL).hasSize(8);
    for (StatusTransition entry : LifecycleTables.ALL) {
      assertThat(entry.fact()).as(entry.toString()).hasSizeGreaterThan(40);
      assertThat(LifecycleDrivers.BY_OPERATION).containsKey(entry.operation());
      assertThat(entry.inProgress()).isNotEqualTo(entry.settled());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void theInProgressStatusLastsTheProvisioningTimeThenSettles(StatusTransition entry) {
    ManualClock clock = new ManualClock();
    try (ApiGatewayV2Emulator emulator =
        ApiGatewayV2Emulator.builder().clock(clock).provisioningTime(PROVISIONING).start()) {
      ApiGatewayV2Client client = emulator.client();
      Driver driver = LifecycleDrivers.BY_OPERATION.get(entry.operation());
      String id = driver.start.start(client, clock, PROVISIONING);

      assertShown(driver.status.read(client, id), entry.inProgress(), entry.inProgressMessage());
      clock.advance(PROVISIONING.minusSeconds(1));
      assertShown(driver.status.read(client, id), entry.inProgress(), entry.inProgressMessage());
      clock.advance(Duration.ofSeconds(1));
      Optional<Shown> settled = driver.status.read(client, id);
      if (entry.settled() == null) {
        assertThat(settled).as("gone once settled").isEmpty();
      } else {
        assertShown(settled, entry.settled(), entry.settledMessage());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entries")
  void withoutAProvisioningTimeTheNextCallSeesTheSettledStatus(StatusTransition entry) {
    ManualClock clock = new ManualClock();
    try (ApiGatewayV2Emulator emulator = ApiGatewayV2Emulator.builder().clock(clock).start()) {
      ApiGatewayV2Client client = emulator.client();
      Driver driver = LifecycleDrivers.BY_OPERATION.get(entry.operation());
      String id = driver.start.start(client, clock, Duration.ZERO);

      Optional<Shown> shown = driver.status.read(client, id);
      if (entry.settled() == null) {
        assertThat(shown).isEmpty();
      } else {
        assertShown(shown, entry.settled(), entry.settledMessage());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failingEntries")
  void aProvisioningMadeToFailSettlesInTheFailedStatusWithItsMessage(StatusTransition entry) {
    ManualClock clock = new ManualClock();
    try (ApiGatewayV2Emulator emulator =
        ApiGatewayV2Emulator.builder().clock(clock).provisioningTime(PROVISIONING).start()) {
      ApiGatewayV2Client client = emulator.client();
      emulator.failNextProvisioning(entry.failsAs(), "the emulator was told to fail");
      Driver driver = LifecycleDrivers.BY_OPERATION.get(entry.operation());
      String id = driver.start.start(client, clock, PROVISIONING);

      assertShown(driver.status.read(client, id), entry.inProgress(), entry.inProgressMessage());
      clock.advance(PROVISIONING);
      assertShown(driver.status.read(client, id), entry.failed(), "the emulator was told to fail");
    }
  }

  @Test
  void aCreatedVpcLinkAnswersPendingAndAFailureIsMetOnce() {
    try (ApiGatewayV2Emulator emulator = ApiGatewayV2Emulator.start()) {
      ApiGatewayV2Client client = emulator.client();
      emulator.failNextProvisioning(ProvisionedKind.VPC_LINK, "no ENIs in subnet-1");
      var failing = client.createVpcLink(b -> b.name("a").addSubnetIds("subnet-1"));
      var working = client.createVpcLink(b -> b.name("b").addSubnetIds("subnet-1"));

      assertThat(failing.vpcLinkStatus().orElseThrow().value()).isEqualTo("PENDING");
      assertThat(failing.vpcLinkStatusMessage()).hasValue("VPC link is provisioning ENIs");
      assertThat(
              client
                  .getVpcLink(b -> b.vpcLinkId(failing.vpcLinkId().orElseThrow()))
                  .vpcLinkStatusMessage())
          .hasValue("no ENIs in subnet-1");
      assertThat(
              client
                  .getVpcLink(b -> b.vpcLinkId(working.vpcLinkId().orElseThrow()))
                  .vpcLinkStatus()
                  .orElseThrow()
                  .value())
          .isEqualTo("AVAILABLE");
    }
  }

  @Test
  void resetForgetsTheFailuresNotYetMet() {
    try (ApiGatewayV2Emulator emulator = ApiGatewayV2Emulator.start()) {
      emulator.failNextProvisioning(ProvisionedKind.VPC_LINK, "never met");
      emulator.reset();
      String id =
          emulator
              .client()
              .createVpcLink(b -> b.name("a").addSubnetIds("subnet-1"))
              .vpcLinkId()
              .orElseThrow();

      assertThat(emulator.client().getVpcLink(b -> b.vpcLinkId(id)).vpcLinkStatus().orElseThrow())
          .hasToString("AVAILABLE");
    }
  }

  @Test
  void theBuilderRefusesANegativeProvisioningTimeAndFailuresNeedAMessage() {
    assertThatThrownBy(
            () -> ApiGatewayV2Emulator.builder().provisioningTime(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    try (ApiGatewayV2Emulator emulator = ApiGatewayV2Emulator.start()) {
      assertThatThrownBy(() -> emulator.failNextProvisioning(ProvisionedKind.VPC_LINK, ""))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aDeletingVpcLinkIsStillReadUntilItIsGone() {
    ManualClock clock = new ManualClock();
    try (ApiGatewayV2Emulator emulator =
        ApiGatewayV2Emulator.builder().clock(clock).provisioningTime(PROVISIONING).start()) {
      ApiGatewayV2Client client = emulator.client();
      String id =
          client.createVpcLink(b -> b.name("a").addSubnetIds("s")).vpcLinkId().orElseThrow();
      clock.advance(PROVISIONING);
      client.deleteVpcLink(b -> b.vpcLinkId(id));

      assertThat(client.getVpcLinks(b -> {}).items()).hasSize(1);
      clock.advance(PROVISIONING);
      assertThat(client.getVpcLinks(b -> {}).items()).isEmpty();
      assertThatThrownBy(() -> client.getVpcLink(b -> b.vpcLinkId(id)))
          .isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void aWebSocketDeploymentMadeToFailIsFailedAtTheNextCallWithoutAProvisioningTime() {
    try (ApiGatewayV2Emulator emulator = ApiGatewayV2Emulator.start()) {
      ApiGatewayV2Client client = emulator.client();
      emulator.failNextProvisioning(ProvisionedKind.DEPLOYMENT, "integration unreachable");
      String failing = LifecycleDrivers.webSocketDeployment(client);
      String working = LifecycleDrivers.webSocketDeployment(client);

      assertShown(
          LifecycleDrivers.deploymentStatus(client, failing), "FAILED", "integration unreachable");
      assertShown(LifecycleDrivers.deploymentStatus(client, working), "DEPLOYED", null);
    }
  }

  @Test
  void anHttpApisDeploymentIsDeployedAtOnceWhateverTheProvisioningTime() {
    ManualClock clock = new ManualClock();
    try (ApiGatewayV2Emulator emulator =
        ApiGatewayV2Emulator.builder().clock(clock).provisioningTime(PROVISIONING).start()) {
      ApiGatewayV2Client client = emulator.client();
      emulator.failNextProvisioning(ProvisionedKind.DEPLOYMENT, "never met by an HTTP API");
      String apiId =
          client
              .createApi(b -> b.name("http").protocolType(ProtocolType.HTTP))
              .apiId()
              .orElseThrow();
      var created = client.createDeployment(b -> b.apiId(apiId));

      assertThat(created.deploymentStatusAsString()).hasValue("DEPLOYED");
      assertThat(
              client
                  .getDeployment(
                      b -> b.apiId(apiId).deploymentId(created.deploymentId().orElseThrow()))
                  .deploymentStatusAsString())
          .hasValue("DEPLOYED");
    }
  }

  private static void assertShown(Optional<Shown> shown, String status, String message) {
    assertThat(shown).as("still there").isPresent();
    assertThat(shown.get().status).isEqualTo(status);
    assertThat(shown.get().message).isEqualTo(message);
  }
}
