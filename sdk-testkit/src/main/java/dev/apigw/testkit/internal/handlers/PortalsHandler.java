package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.Answer;
import dev.apigw.testkit.internal.ApiError;
import dev.apigw.testkit.internal.CallInput;
import dev.apigw.testkit.internal.lifecycle.Lifecycles;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ResourceKind;
import dev.apigw.testkit.internal.store.ResourceStore;

/**
 * Portals; only a published portal can be disabled. What the service fills in on a portal is {@code
 * rules.PortalDefaults}; publishing, disabling and previewing take time, as the status tables
 * {@code lifecycle.PortalStatuses} and {@code lifecycle.PortalPreviewStatuses} say.
 */
final class PortalsHandler implements KindHandler {
  private final ResourceStore store;
  private final Lifecycles lifecycles;

  PortalsHandler(ResourceStore store, Lifecycles lifecycles) {
    this.store = store;
    this.lifecycles = lifecycles;
  }

  @Override
  public void register(OperationTable table) {
    table
        .standard(ResourceKind.PORTAL)
        .create("CreatePortal")
        .get("GetPortal")
        .list("ListPortals")
        .update("UpdatePortal")
        .delete("DeletePortal");
    table.on("PublishPortal", this::publishPortal);
    table.on("DisablePortal", this::disablePortal);
    table.on("PreviewPortal", this::previewPortal);
  }

  private Answer publishPortal(CallInput in) {
    Resource portal = store.resolve(in);
    lifecycles.start(in.operation().name(), portal);
    portal.fields().put("lastPublished", store.now());
    Object description = in.body().get("description");
    if (description != null) {
      portal.fields().put("lastPublishedDescription", description);
    } else {
      portal.fields().remove("lastPublishedDescription");
    }
    return Answer.done(in);
  }

  private Answer disablePortal(CallInput in) {
    Resource portal = store.resolve(in);
    if (!"PUBLISHED".equals(portal.fields().get("publishStatus"))) {
      throw ApiError.conflict("The portal " + portal.id() + " is not published");
    }
    lifecycles.start(in.operation().name(), portal);
    return Answer.done(in);
  }

  private Answer previewPortal(CallInput in) {
    lifecycles.start(in.operation().name(), store.resolve(in));
    return Answer.done(in);
  }
}
