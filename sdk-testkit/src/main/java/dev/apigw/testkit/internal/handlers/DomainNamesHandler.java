package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.lifecycle.Lifecycles;
import dev.apigw.testkit.internal.store.ResourceKind;

/**
 * Custom domain names; their defaults are {@code rules.DomainNameDefaults}, their statuses the
 * table {@code lifecycle.DomainNameStatuses} ({@code UPDATING} only with a provisioning time).
 */
final class DomainNamesHandler implements KindHandler {
  private final StandardOperations standard;
  private final Lifecycles lifecycles;

  DomainNamesHandler(StandardOperations standard, Lifecycles lifecycles) {
    this.standard = standard;
    this.lifecycles = lifecycles;
  }

  @Override
  public void register(OperationTable table) {
    table
        .standard(ResourceKind.DOMAIN_NAME)
        .get("GetDomainName")
        .list("GetDomainNames")
        .delete("DeleteDomainName");
    table.on(
        "CreateDomainName",
        in ->
            standard.create(
                in,
                ResourceKind.DOMAIN_NAME,
                domain -> lifecycles.start(in.operation().name(), domain)));
    table.on(
        "UpdateDomainName",
        in -> standard.update(in, domain -> lifecycles.start(in.operation().name(), domain)));
  }
}
