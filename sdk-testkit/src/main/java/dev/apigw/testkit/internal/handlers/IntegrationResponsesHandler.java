package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.store.ResourceKind;

/**
 * Integration responses of WebSocket APIs; keys unique per integration ({@code RuleTable}). The
 * service fills nothing in on them: without a content handling strategy the payload passes through
 * unconverted, which the service tells by leaving the member out, and their templates, template
 * selection expression and parameters have no default, so one reads back with what was sent and its
 * id.
 */
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
