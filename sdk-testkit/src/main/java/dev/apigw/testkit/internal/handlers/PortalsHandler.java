package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.Answer;
import dev.apigw.testkit.internal.ApiError;
import dev.apigw.testkit.internal.CallInput;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ResourceKind;
import dev.apigw.testkit.internal.store.ResourceStore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Portals, published and previewed at once; only a published portal can be disabled. What the
 * service fills in on a portal is {@code rules.PortalDefaults}.
 */
final class PortalsHandler implements KindHandler {
  private final ResourceStore store;

  PortalsHandler(ResourceStore store) {
    this.store = store;
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
    portal.fields().put("publishStatus", "PUBLISHED");
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
    portal.fields().put("publishStatus", "DISABLED");
    return Answer.done(in);
  }

  private Answer previewPortal(CallInput in) {
    Resource portal = store.resolve(in);
    Map<String, Object> preview = new LinkedHashMap<>();
    preview.put("previewStatus", "PREVIEW_READY");
    preview.put(
        "previewUrl",
        "https://" + portal.id() + ".preview.portal." + store.region() + ".amazonaws.com");
    portal.fields().put("preview", preview);
    return Answer.done(in);
  }
}
