package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.store.ResourceKind;

/** Route responses of WebSocket APIs; keys unique per route ({@code rules.RuleTable}). */
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
