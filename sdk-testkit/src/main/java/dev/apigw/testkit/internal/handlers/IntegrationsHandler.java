package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.store.ResourceKind;

/** Integrations; their defaults are {@code rules.IntegrationDefaults}. */
final class IntegrationsHandler implements KindHandler {
  @Override
  public void register(OperationTable table) {
    table
        .standard(ResourceKind.INTEGRATION)
        .create("CreateIntegration")
        .get("GetIntegration")
        .list("GetIntegrations")
        .update("UpdateIntegration")
        .delete("DeleteIntegration");
  }
}
