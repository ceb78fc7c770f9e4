package dev.apigw.testkit.internal.lifecycle;

import static dev.apigw.testkit.internal.store.ResourceKind.VPC_LINK;

import dev.apigw.testkit.ProvisionedKind;
import java.util.List;

/** The status table of VPC links ({@code vpcLinkStatus}, {@code vpcLinkStatusMessage}). */
public final class VpcLinkStatuses {
  /** Each entry with the fact of the service's documentation it comes from. */
  public static final List<StatusTransition> TABLE =
      List.of(
          StatusTransition.on(
                  VPC_LINK,
                  "CreateVpcLink",
                  StatusSlots.member("vpcLinkStatus", "vpcLinkStatusMessage"))
              .inProgress("PENDING", "VPC link is provisioning ENIs")
              .settles("AVAILABLE", "VPC link is ready to route traffic")
              .failsAs(ProvisionedKind.VPC_LINK, "FAILED")
              .because(
                  "Creating a VPC link is asynchronous: CreateVpcLink answers 201 with the link"
                      + " PENDING while the service provisions its network interfaces, and it is"
                      + " AVAILABLE once it can route traffic (FAILED, with a status message, when"
                      + " it cannot be provisioned)."),
          StatusTransition.on(
                  VPC_LINK,
                  "DeleteVpcLink",
                  StatusSlots.member("vpcLinkStatus", "vpcLinkStatusMessage"))
              .inProgress("DELETING", "VPC link is deleting ENIs")
              .settles(null, null)
              .because(
                  "DeleteVpcLink answers 202 Accepted: the link is DELETING while its network"
                      + " interfaces are removed, and afterwards GetVpcLink finds no such link."));

  private VpcLinkStatuses() {}
}
