package dev.apigw.testkit.internal;

import dev.apigw.core.Nullable;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ResourceKind;
import dev.apigw.testkit.internal.store.ResourceStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The operations that make several resources: quick create, a deployment made current on a stage,
 * and the deployments that stages with {@code autoDeploy} get after every change to their API.
 */
final class ResourceRules {
  private static final Set<ResourceKind> DEPLOYED_KINDS =
      Set.of(
          ResourceKind.ROUTE,
          ResourceKind.ROUTE_RESPONSE,
          ResourceKind.INTEGRATION,
          ResourceKind.INTEGRATION_RESPONSE,
          ResourceKind.AUTHORIZER,
          ResourceKind.MODEL);

  private final ResourceStore service;

  ResourceRules(ResourceStore service) {
    this.service = service;
  }

  /** {@code CreateApi}, with quick create when a {@code target} is given. */
  Resource createApi(CallInput in) {
    Map<String, Object> body = in.declaredBody();
    Object target = body.remove("target");
    Object routeKey = body.remove("routeKey");
    body.remove("credentialsArn");
    boolean http = "HTTP".equals(body.get("protocolType"));
    if ((target != null || routeKey != null) && !http) {
      throw ApiError.badRequest("Quick create (target, routeKey) is supported only for HTTP APIs");
    }
    if (routeKey != null && target == null) {
      throw ApiError.badRequest("routeKey can only be given together with target");
    }
    Resource api = service.create(ResourceKind.API, service.root(), body);
    if (target != null) {
      quickCreate(
          api,
          String.valueOf(target),
          routeKey == null ? "$default" : String.valueOf(routeKey),
          in.body().get("credentialsArn"));
    }
    return api;
  }

  private void quickCreate(
      Resource api, String target, String routeKey, @Nullable Object credentialsArn) {
    Map<String, Object> integration = new LinkedHashMap<>();
    boolean lambda = target.startsWith("arn:");
    integration.put("integrationType", lambda ? "AWS_PROXY" : "HTTP_PROXY");
    integration.put("integrationUri", target);
    if (!lambda) {
      integration.put("integrationMethod", "ANY");
    }
    integration.put("payloadFormatVersion", lambda ? "2.0" : "1.0");
    if (credentialsArn != null) {
      integration.put("credentialsArn", credentialsArn);
    }
    integration.put("apiGatewayManaged", true);
    Resource created = service.create(ResourceKind.INTEGRATION, api, integration);
    Map<String, Object> route = new LinkedHashMap<>();
    route.put("routeKey", routeKey);
    route.put("target", "integrations/" + created.id());
    route.put("apiGatewayManaged", true);
    service.create(ResourceKind.ROUTE, api, route);
    Map<String, Object> stage = new LinkedHashMap<>();
    stage.put("stageName", "$default");
    stage.put("autoDeploy", true);
    stage.put("apiGatewayManaged", true);
    service.create(ResourceKind.STAGE, api, stage);
  }

  /** {@code CreateDeployment}: a deployment, made current on the stage it names. */
  Resource createDeployment(CallInput in, Resource api) {
    Map<String, Object> body = in.declaredBody();
    Object stageName = body.remove("stageName");
    Resource stage = null;
    if (stageName != null) {
      stage = api.child(ResourceKind.STAGE, String.valueOf(stageName));
      if (stage == null) {
        throw ResourceKind.STAGE.notFound(String.valueOf(stageName));
      }
    }
    Resource deployment = service.create(ResourceKind.DEPLOYMENT, api, body);
    if (stage != null) {
      deployTo(stage, deployment);
    }
    return deployment;
  }

  /**
   * After a change under an API: each of its stages with {@code autoDeploy} gets a new deployment,
   * as the service deploys them automatically.
   */
  void afterChange(Resource changed) {
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
        Resource deployment = service.create(ResourceKind.DEPLOYMENT, api, fields);
        deployTo(stage, deployment);
      }
    }
  }

  private void deployTo(Resource stage, Resource deployment) {
    stage.fields().put("deploymentId", deployment.id());
    stage
        .fields()
        .put(
            "lastDeploymentStatusMessage",
            "Successfully deployed stage with deployment ID '" + deployment.id() + "'");
    stage.fields().put("lastUpdatedDate", service.now());
  }
}
