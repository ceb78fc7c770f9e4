package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.Answer;
import dev.apigw.testkit.internal.CallInput;
import dev.apigw.testkit.internal.lifecycle.Lifecycles;
import dev.apigw.testkit.internal.store.ResourceKind;
import dev.apigw.testkit.internal.store.ResourceStore;

/**
 * VPC links. Creating and deleting one take time, as the status table {@code
 * lifecycle.VpcLinkStatuses} says: a created link is {@code PENDING}, a deleted one {@code
 * DELETING} before it is gone.
 */
final class VpcLinksHandler implements KindHandler {
  private final ResourceStore store;
  private final StandardOperations standard;
  private final Lifecycles lifecycles;

  VpcLinksHandler(ResourceStore store, StandardOperations standard, Lifecycles lifecycles) {
    this.store = store;
    this.standard = standard;
    this.lifecycles = lifecycles;
  }

  @Override
  public void register(OperationTable table) {
    table
        .standard(ResourceKind.VPC_LINK)
        .get("GetVpcLink")
        .list("GetVpcLinks")
        .update("UpdateVpcLink");
    table.on(
        "CreateVpcLink",
        in ->
            standard.create(
                in, ResourceKind.VPC_LINK, link -> lifecycles.start(in.operation().name(), link)));
    table.on("DeleteVpcLink", this::deleteVpcLink);
  }

  private Answer deleteVpcLink(CallInput in) {
    lifecycles.start(in.operation().name(), store.resolve(in));
    return Answer.done(in);
  }
}
