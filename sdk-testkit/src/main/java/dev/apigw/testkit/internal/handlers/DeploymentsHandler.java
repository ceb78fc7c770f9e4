package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.Answer;
import dev.apigw.testkit.internal.CallInput;
import dev.apigw.testkit.internal.lifecycle.Lifecycles;
import dev.apigw.testkit.internal.rules.CurrentDeployment;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ResourceKind;
import dev.apigw.testkit.internal.store.ResourceStore;
import java.util.Map;

/**
 * Deployments; one created with a {@code stageName} becomes that stage's current deployment. A
 * WebSocket API's deployment goes through the status table {@code lifecycle.DeploymentStatuses}
 * ({@code PENDING} only with a provisioning time); an HTTP API's is {@code DEPLOYED} at once. The
 * automatic deployments of stages with {@code autoDeploy} are {@code rules.AutoDeployRule}.
 */
final class DeploymentsHandler implements KindHandler {
  private final ResourceStore store;
  private final StandardOperations standard;
  private final Lifecycles lifecycles;

  DeploymentsHandler(ResourceStore store, StandardOperations standard, Lifecycles lifecycles) {
    this.store = store;
    this.standard = standard;
    this.lifecycles = lifecycles;
  }

  @Override
  public void register(OperationTable table) {
    table.on("CreateDeployment", this::createDeployment);
    table
        .standard(ResourceKind.DEPLOYMENT)
        .get("GetDeployment")
        .list("GetDeployments")
        .update("UpdateDeployment")
        .delete("DeleteDeployment");
  }

  private Answer createDeployment(CallInput in) {
    Resource api = store.resolve(in);
    Map<String, Object> body = in.declaredBody();
    Object stageName = body.remove("stageName");
    Resource stage = null;
    if (stageName != null) {
      stage = api.child(ResourceKind.STAGE, String.valueOf(stageName));
      if (stage == null) {
        throw ResourceKind.STAGE.notFound(String.valueOf(stageName));
      }
    }
    Resource deployment = store.create(ResourceKind.DEPLOYMENT, api, body);
    if ("WEBSOCKET".equals(api.fields().get("protocolType"))) {
      lifecycles.start(in.operation().name(), deployment);
    }
    if (stage != null) {
      CurrentDeployment.set(stage, deployment, store.now());
    }
    return standard.created(in, deployment);
  }
}
