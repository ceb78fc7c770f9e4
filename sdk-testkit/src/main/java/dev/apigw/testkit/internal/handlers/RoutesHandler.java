package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.Answer;
import dev.apigw.testkit.internal.ApiError;
import dev.apigw.testkit.internal.CallInput;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ResourceKind;
import dev.apigw.testkit.internal.store.ResourceStore;

/**
 * Routes, and the removal of one of a route's request parameters. The checks on a route key are
 * {@code rules.RouteKeyRule} and, for keys used twice, {@code rules.UniqueMemberRule}.
 */
final class RoutesHandler implements KindHandler {
  private final ResourceStore store;

  RoutesHandler(ResourceStore store) {
    this.store = store;
  }

  @Override
  public void register(OperationTable table) {
    table
        .standard(ResourceKind.ROUTE)
        .create("CreateRoute")
        .get("GetRoute")
        .list("GetRoutes")
        .update("UpdateRoute")
        .delete("DeleteRoute");
    table.on("DeleteRouteRequestParameter", this::deleteRequestParameter);
  }

  private Answer deleteRequestParameter(CallInput in) {
    Resource route = store.resolve(in);
    String key = in.label("requestParameterKey");
    if (!route.removeEntry("requestParameters", key)) {
      throw ApiError.notFound("Invalid request parameter key specified " + key);
    }
    store.changed(route);
    return Answer.done(in);
  }
}
