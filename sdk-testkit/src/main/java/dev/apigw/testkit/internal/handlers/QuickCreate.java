package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.ApiError;
import dev.apigw.testkit.internal.CallInput;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ResourceKind;
import dev.apigw.testkit.internal.store.ResourceStore;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code CreateApi}, with quick create when a {@code target} is given: an HTTP API then also gets a
 * proxy integration to the target (Lambda for an ARN, HTTP for a URL), a route to it ({@code
 * routeKey}, or {@code $default}) and a {@code $default} stage that deploys automatically.
 */
final class QuickCreate {
  private final ResourceStore store;

  QuickCreate(ResourceStore store) {
    this.store = store;
  }

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
    Resource api = store.create(ResourceKind.API, store.root(), body);
    if (target != null) {
      addTarget(
          api,
          String.valueOf(target),
          routeKey == null ? "$default" : String.valueOf(routeKey),
          in.body().get("credentialsArn"));
    }
    return api;
  }

  private void addTarget(
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
    Resource created = store.create(ResourceKind.INTEGRATION, api, integration);
    Map<String, Object> route = new LinkedHashMap<>();
    route.put("routeKey", routeKey);
    route.put("target", "integrations/" + created.id());
    route.put("apiGatewayManaged", true);
    store.create(ResourceKind.ROUTE, api, route);
    Map<String, Object> stage = new LinkedHashMap<>();
    stage.put("stageName", "$default");
    stage.put("autoDeploy", true);
    stage.put("apiGatewayManaged", true);
    store.create(ResourceKind.STAGE, api, stage);
  }
}
