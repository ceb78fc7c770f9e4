package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.store.ResourceKind;

/**
 * Route responses of WebSocket APIs; keys unique per route ({@code rules.RuleTable}). The service
 * fills nothing in on them: their key, model selection expression, response models and parameters
 * are all the caller's, none with a documented default, so one reads back with what was sent and
 * its id.
 */
final class RouteResponsesHandler implements KindHandler {
  @Override
  public void register(OperationTable table) {
    table
        .standard(ResourceKind.ROUTE_RESPONSE)
        .create("CreateRouteResponse")
        .get("GetRouteResponse")
        .list("GetRouteResponses")
        .update("UpdateRouteResponse")
        .delete("DeleteRouteResponse");
  }
}
