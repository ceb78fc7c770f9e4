package dev.apigw.testkit.internal.lifecycle;

import static dev.apigw.testkit.internal.store.ResourceKind.PORTAL;

import dev.apigw.testkit.ProvisionedKind;
import java.util.List;

/** The status table of a portal's preview ({@code preview.previewStatus}). */
public final class PortalPreviewStatuses {
  /** Each entry with the fact of the service's documentation it comes from. */
  public static final List<StatusTransition> TABLE =
      List.of(
          StatusTransition.on(PORTAL, "PreviewPortal", StatusSlots.preview())
              .inProgress("PREVIEW_IN_PROGRESS", null)
              .settles("PREVIEW_READY", null)
              .failsAs(ProvisionedKind.PORTAL_PREVIEW, "PREVIEW_FAILED")
              .because(
                  "PreviewPortal answers 202 Accepted and builds a preview: the portal's preview"
                      + " is PREVIEW_IN_PROGRESS, then PREVIEW_READY with its previewUrl, or"
                      + " PREVIEW_FAILED with a statusException."));

  private PortalPreviewStatuses() {}
}
