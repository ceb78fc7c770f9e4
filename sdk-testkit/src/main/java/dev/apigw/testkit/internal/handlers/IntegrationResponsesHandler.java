package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.store.ResourceKind;

/** Integration responses of WebSocket APIs; keys unique per integration ({@code RuleTable}). */
final class IntegrationResponsesHandler implements KindHandler {
  @Override
  public void register(OperationTable table) {
    table
        .standard(ResourceKind.INTEGRATION_RESPONSE)
        .create("CreateIntegrationResponse")
        .get("GetIntegrationResponse")
        .list("GetIntegrationResponses")
        .update("UpdateIntegrationResponse")
        .delete("DeleteIntegrationResponse");
  }
}
