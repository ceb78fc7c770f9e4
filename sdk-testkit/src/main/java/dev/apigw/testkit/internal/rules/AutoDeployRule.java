package dev.apigw.testkit.internal.rules;

import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ResourceKind;
import dev.apigw.testkit.internal.store.ResourceStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Each stage with {@code autoDeploy} gets a new deployment after a change to its API or to what a
 * deployment holds: routes and their responses, integrations and theirs, authorizers and models. A
 * change to such a stage deploys that stage alone.
 */
public final class AutoDeployRule implements ResourceStore.ChangeListener {
  private static final Set<ResourceKind> DEPLOYED_KINDS =
      Set.of(
          ResourceKind.ROUTE,
          ResourceKind.ROUTE_RESPONSE,
          ResourceKind.INTEGRATION,
          ResourceKind.INTEGRATION_RESPONSE,
          ResourceKind.AUTHORIZER,
          ResourceKind.MODEL);

  private final ResourceStore store;

  public AutoDeployRule(ResourceStore store) {
    this.store = store;
  }

  @Override
  public void changed(Resource changed) {
    Resource api = changed.ancestor(ResourceKind.API);
    if (api == null
        || api.parent() == null
        || api.parent().child(ResourceKind.API, api.id()) == null) {
      return;
    }
    boolean stageChange = changed.kind() == ResourceKind.STAGE;
    if (!stageChange
        && !DEPLOYED_KINDS.contains(changed.kind())
        && changed.kind() != ResourceKind.API) {
      return;
    }
    for (Resource stage : api.children(ResourceKind.STAGE)) {
      if (Boolean.TRUE.equals(stage.fields().get("autoDeploy"))
          && (!stageChange || stage == changed)) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("autoDeployed", true);
        fields.put(
            "description", "Automatic deployment triggered by changes to the Api configuration");
        Resource deployment = store.create(ResourceKind.DEPLOYMENT, api, fields);
        CurrentDeployment.set(stage, deployment, store.now());
      }
    }
  }
}
