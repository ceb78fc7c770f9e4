package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.Answer;
import dev.apigw.testkit.internal.CallInput;
import dev.apigw.testkit.internal.lifecycle.Lifecycles;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ResourceKind;
import dev.apigw.testkit.internal.store.ResourceStore;

/**
 * Custom domain names; their defaults are {@code rules.DomainNameDefaults}, their statuses the
 * table {@code lifecycle.DomainNameStatuses} ({@code UPDATING} only with a provisioning time).
 */
final class DomainNamesHandler implements KindHandler {
  private final ResourceStore store;
  private final StandardOperations standard;
  private final Lifecycles lifecycles;

  DomainNamesHandler(ResourceStore store, StandardOperations standard, Lifecycles lifecycles) {
    this.store = store;
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
    table.on("CreateDomainName", this::createDomainName);
    table.on("UpdateDomainName", this::updateDomainName);
  }

  private Answer createDomainName(CallInput in) {
    Resource domain = store.create(ResourceKind.DOMAIN_NAME, store.root(), in.declaredBody());
    lifecycles.start(in.operation().name(), domain);
    return standard.created(in, domain);
  }

  private Answer updateDomainName(CallInput in) {
    Resource domain = store.resolve(in);
    store.update(domain, in.declaredBody());
    lifecycles.start(in.operation().name(), domain);
    return standard.updated(in, domain);
  }
}
