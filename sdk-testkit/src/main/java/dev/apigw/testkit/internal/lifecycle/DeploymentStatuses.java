package dev.apigw.testkit.internal.lifecycle;

import static dev.apigw.testkit.internal.store.ResourceKind.DEPLOYMENT;

import dev.apigw.testkit.ProvisionedKind;
import java.util.List;

/**
 * The status table of a WebSocket API's deployments ({@code deploymentStatus}, {@code
 * deploymentStatusMessage}). An HTTP API's deployments are not started here: the service's recorded
 * answers for them read DEPLOYED at once, and its automatic deployments, made on every change, are
 * current as soon as the change is made, so nothing of theirs waits.
 */
public final class DeploymentStatuses {
  /** Each entry with the fact of the service's documentation it comes from. */
  public static final List<StatusTransition> TABLE =
      List.of(
          StatusTransition.on(
                  DEPLOYMENT,
                  "CreateDeployment",
                  StatusSlots.member("deploymentStatus", "deploymentStatusMessage"))
              .inProgress("PENDING", null)
              .settles("DEPLOYED", null)
              .failsAs(ProvisionedKind.DEPLOYMENT, "FAILED")
              .onlyWithProvisioningTime()
              .because(
                  "A deployment's status is PENDING, DEPLOYED or FAILED, with a status message"
                      + " giving feedback; the service's recorded CreateDeployment answers already"
                      + " read DEPLOYED, so PENDING is only shown when a provisioning time is set."));

  private DeploymentStatuses() {}
}
