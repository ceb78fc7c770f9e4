package dev.apigw.testkit.internal;

import dev.apigw.core.Nullable;
import dev.apigw.testkit.internal.rules.CurrentDeployment;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ResourceKind;
import dev.apigw.testkit.internal.store.ResourceStore;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The operations that make several resources: quick create, and a deployment made current on a
 * stage.
 */
final class ResourceRules {
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
      CurrentDeployment.set(stage, deployment, service.now());
    }
    return deployment;
  }
}
