package dev.apigw.testkit.internal.rules;

import dev.apigw.testkit.internal.ApiError;
import dev.apigw.testkit.internal.store.ProposedChange;

/** A WebSocket API is created with a {@code routeSelectionExpression}; HTTP APIs get a default. */
final class WebSocketRouteSelectionRule implements FieldRule {
  @Override
  public void check(ProposedChange change) {
    if (change.isCreate()
        && "WEBSOCKET".equals(change.body().get("protocolType"))
        && change.body().get("routeSelectionExpression") == null) {
      throw ApiError.badRequest("routeSelectionExpression is required for a WEBSOCKET API");
    }
  }
}
