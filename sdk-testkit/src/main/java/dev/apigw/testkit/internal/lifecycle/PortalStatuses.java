package dev.apigw.testkit.internal.lifecycle;

import static dev.apigw.testkit.internal.store.ResourceKind.PORTAL;

import dev.apigw.testkit.ProvisionedKind;
import java.util.List;

/** The status table of a portal's publishing ({@code publishStatus}, {@code statusException}). */
public final class PortalStatuses {
  /** Each entry with the fact of the service's documentation it comes from. */
  public static final List<StatusTransition> TABLE =
      List.of(
          StatusTransition.on(PORTAL, "PublishPortal", StatusSlots.publishStatus())
              .inProgress("PUBLISH_IN_PROGRESS", null)
              .settles("PUBLISHED", null)
              .failsAs(ProvisionedKind.PORTAL_PUBLISH, "PUBLISH_FAILED")
              .because(
                  "PublishPortal answers 202 Accepted and the portal is PUBLISH_IN_PROGRESS until"
                      + " it is PUBLISHED; when publishing fails it is PUBLISH_FAILED and its"
                      + " statusException says why."),
          StatusTransition.on(PORTAL, "DisablePortal", StatusSlots.publishStatus())
              .inProgress("DISABLE_IN_PROGRESS", null)
              .settles("DISABLED", null)
              .failsAs(ProvisionedKind.PORTAL_DISABLE, "DISABLE_FAILED")
              .because(
                  "DisablePortal takes a published portal down: it is DISABLE_IN_PROGRESS, then"
                      + " DISABLED, or DISABLE_FAILED with a statusException."));

  private PortalStatuses() {}
}
