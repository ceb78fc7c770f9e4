package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.Answer;
import dev.apigw.testkit.internal.ApiError;
import dev.apigw.testkit.internal.CallInput;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ResourceKind;
import dev.apigw.testkit.internal.store.ResourceStore;

/**
 * Stages, and what can be removed from one: its access log settings, one route's settings and its
 * authorizers' cache. The deployment a stage names must exist: {@code rules.StageDeploymentRule}.
 */
final class StagesHandler implements KindHandler {
  private final ResourceStore store;

  StagesHandler(ResourceStore store) {
    this.store = store;
  }

  @Override
  public void register(OperationTable table) {
    table
        .standard(ResourceKind.STAGE)
        .create("CreateStage")
        .get("GetStage")
        .list("GetStages")
        .update("UpdateStage")
        .delete("DeleteStage");
    table.on("DeleteAccessLogSettings", this::deleteAccessLogSettings);
    table.on("DeleteRouteSettings", this::deleteRouteSettings);
    table.on("ResetAuthorizersCache", this::resetAuthorizersCache);
  }

  private Answer deleteAccessLogSettings(CallInput in) {
    store.resolve(in).fields().remove("accessLogSettings");
    return Answer.done(in);
  }

  private Answer deleteRouteSettings(CallInput in) {
    Resource stage = store.resolve(in);
    String routeKey = in.label("routeKey");
    if (!stage.removeEntry("routeSettings", routeKey)) {
      throw ApiError.notFound("Invalid route settings key specified " + routeKey);
    }
    return Answer.done(in);
  }

  /** The emulator caches nothing: the stage need only exist. */
  private Answer resetAuthorizersCache(CallInput in) {
    store.resolve(in);
    return Answer.done(in);
  }
}
