package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.store.ResourceKind;

/** VPC links, available as soon as created ({@code rules.VpcLinkDefaults}). */
final class VpcLinksHandler implements KindHandler {
  @Override
  public void register(OperationTable table) {
    table
        .standard(ResourceKind.VPC_LINK)
        .create("CreateVpcLink")
        .get("GetVpcLink")
        .list("GetVpcLinks")
        .update("UpdateVpcLink")
        .delete("DeleteVpcLink");
  }
}
