package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.store.ResourceKind;

/** Custom domain names; their defaults are {@code rules.DomainNameDefaults}. */
final class DomainNamesHandler implements KindHandler {
  @Override
  public void register(OperationTable table) {
    table
        .standard(ResourceKind.DOMAIN_NAME)
        .create("CreateDomainName")
        .get("GetDomainName")
        .list("GetDomainNames")
        .update("UpdateDomainName")
        .delete("DeleteDomainName");
  }
}
