package dev.apigw.testkit.internal;

import dev.apigw.core.Nullable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the service does beyond storing fields: the defaults it fills in, the checks it makes between resources
 * (route keys, WebSocket selection expressions, the API and stage an API mapping names), quick create, and the
 * deployments that stages with {@code autoDeploy} get after every change to their API.
 */
final class ResourceRules {
  private static final Set<String> HTTP_METHODS =
      Set.of("ANY", "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
  private static final Pattern HTTP_PATH = Pattern.compile("/[^\\s]*");
  private static final Set<ResourceKind> DEPLOYED_KINDS = Set.of(ResourceKind.ROUTE, ResourceKind.ROUTE_RESPONSE,
      ResourceKind.INTEGRATION, ResourceKind.INTEGRATION_RESPONSE, ResourceKind.AUTHORIZER, ResourceKind.MODEL);

  private final EmulatedService service;

  ResourceRules(EmulatedService service) {
    this.service = service;
  }

  /** {@code CreateApi}, with quick create when a {@code target} is given. */
  Resource createApi(CallInput in) {
    Map<String, Object> body = service.declaredBody(in);
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
      quickCreate(api, String.valueOf(target), routeKey == null ? "$default" : String.valueOf(routeKey),
          in.body().get("credentialsArn"));
    }
    return api;
  }

  private void quickCreate(Resource api, String target, String routeKey, @Nullable Object credentialsArn) {
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
    Map<String, Object> body = service.declaredBody(in);
    Object stageName = body.remove("stageName");
    Resource stage = null;
    if (stageName != null) {
      stage = api.child(ResourceKind.STAGE, String.valueOf(stageName));
      if (stage == null) {
        throw EmulatedService.notFound(ResourceKind.STAGE, String.valueOf(stageName));
      }
    }
    Resource deployment = service.create(ResourceKind.DEPLOYMENT, api, body);
    if (stage != null) {
      deployTo(stage, deployment);
    }
    return deployment;
  }

  /** The checks the service makes on fields, on create ({@code existing} null) and on update. */
  void checkFields(ResourceKind kind, Resource parent, Map<String, Object> body, @Nullable Resource existing) {
    switch (kind) {
      case API:
        if (existing == null && "WEBSOCKET".equals(body.get("protocolType"))
            && body.get("routeSelectionExpression") == null) {
          throw ApiError.badRequest("routeSelectionExpression is required for a WEBSOCKET API");
        }
        break;
      case ROUTE:
        if (body.get("routeKey") != null) {
          checkRouteKey(parent, String.valueOf(body.get("routeKey")));
        }
        break;
      case STAGE:
        if (body.get("deploymentId") != null && parent.child(ResourceKind.DEPLOYMENT,
            String.valueOf(body.get("deploymentId"))) == null) {
          throw EmulatedService.notFound(ResourceKind.DEPLOYMENT, String.valueOf(body.get("deploymentId")));
        }
        break;
      case API_MAPPING: {
        Object apiId = body.containsKey("apiId") ? body.get("apiId")
            : existing == null ? null : existing.fields().get("apiId");
        Object stage = body.containsKey("stage") ? body.get("stage")
            : existing == null ? null : existing.fields().get("stage");
        Resource api = apiId == null ? null : service.root().child(ResourceKind.API, String.valueOf(apiId));
        if (api == null) {
          throw EmulatedService.notFound(ResourceKind.API, String.valueOf(apiId));
        }
        if (stage != null && api.child(ResourceKind.STAGE, String.valueOf(stage)) == null) {
          throw EmulatedService.notFound(ResourceKind.STAGE, String.valueOf(stage));
        }
        break;
      }
      default:
        break;
    }
  }

  private static void checkRouteKey(Resource api, String routeKey) {
    if (routeKey.isBlank()) {
      throw ApiError.badRequest("Invalid route key: it must not be blank");
    }
    if (!"HTTP".equals(api.fields().get("protocolType")) || routeKey.equals("$default")) {
      return;
    }
    int space = routeKey.indexOf(' ');
    String method = space < 0 ? "" : routeKey.substring(0, space);
    String path = space < 0 ? "" : routeKey.substring(space + 1);
    if (!HTTP_METHODS.contains(method) || !HTTP_PATH.matcher(path).matches()) {
      throw ApiError.badRequest("Invalid route key '" + routeKey + "': use $default or an HTTP method (ANY, GET, "
          + "POST, PUT, PATCH, DELETE, HEAD, OPTIONS), a space and a path that starts with /");
    }
  }

  /** The fields the service fills in when a resource is created. */
  void applyDefaults(ResourceKind kind, Resource resource) {
    Map<String, Object> f = resource.fields();
    Resource api = resource.ancestor(ResourceKind.API);
    boolean http = api != null && "HTTP".equals(api.fields().get("protocolType"));
    switch (kind) {
      case API: {
        String scheme = "WEBSOCKET".equals(f.get("protocolType")) ? "wss" : "https";
        f.put("apiEndpoint", scheme + "://" + resource.id() + ".execute-api." + service.region() + ".amazonaws.com");
        f.put("createdDate", service.now());
        f.putIfAbsent("apiKeySelectionExpression", "$request.header.x-api-key");
        if ("HTTP".equals(f.get("protocolType"))) {
          f.putIfAbsent("routeSelectionExpression", "$request.method $request.path");
        }
        f.putIfAbsent("disableExecuteApiEndpoint", false);
        f.putIfAbsent("tags", new LinkedHashMap<String, Object>());
        break;
      }
      case ROUTE:
        f.putIfAbsent("apiKeyRequired", false);
        f.putIfAbsent("authorizationType", "NONE");
        break;
      case INTEGRATION:
        f.putIfAbsent("connectionType", "INTERNET");
        f.putIfAbsent("timeoutInMillis", http ? 30000L : 29000L);
        if (!http) {
          f.putIfAbsent("passthroughBehavior", "WHEN_NO_MATCH");
        }
        break;
      case MODEL:
        f.putIfAbsent("contentType", "application/json");
        break;
      case STAGE:
        f.put("createdDate", service.now());
        f.put("lastUpdatedDate", service.now());
        f.putIfAbsent("autoDeploy", false);
        f.putIfAbsent("defaultRouteSettings", new LinkedHashMap<>(Map.of("detailedMetricsEnabled", false)));
        f.putIfAbsent("routeSettings", new LinkedHashMap<String, Object>());
        f.putIfAbsent("stageVariables", new LinkedHashMap<String, Object>());
        f.putIfAbsent("tags", new LinkedHashMap<String, Object>());
        break;
      case DEPLOYMENT:
        f.put("createdDate", service.now());
        f.putIfAbsent("deploymentStatus", "DEPLOYED");
        f.putIfAbsent("autoDeployed", false);
        break;
      case DOMAIN_NAME: {
        f.put("apiMappingSelectionExpression", "$request.basepath");
        Object configurations = f.get("domainNameConfigurations");
        if (configurations instanceof List) {
          for (Object configuration : (List<?>) configurations) {
            if (!(configuration instanceof Map)) {
              continue;
            }
            Map<String, Object> c = Maps.of(configuration);
            c.putIfAbsent("apiGatewayDomainName", "d-" + service.newId(10) + ".execute-api." + service.region()
                + ".amazonaws.com");
            c.putIfAbsent("hostedZoneId", "Z" + service.newId(12).toUpperCase(Locale.ROOT));
            c.putIfAbsent("endpointType", "REGIONAL");
            c.putIfAbsent("securityPolicy", "TLS_1_2");
            c.putIfAbsent("domainNameStatus", "AVAILABLE");
          }
        }
        f.putIfAbsent("tags", new LinkedHashMap<String, Object>());
        break;
      }
      case API_MAPPING:
        f.putIfAbsent("apiMappingKey", "");
        break;
      case VPC_LINK:
        f.put("createdDate", service.now());
        f.putIfAbsent("securityGroupIds", new java.util.ArrayList<>());
        f.put("vpcLinkStatus", "AVAILABLE");
        f.put("vpcLinkStatusMessage", "VPC link is ready to route traffic");
        f.put("vpcLinkVersion", "V2");
        f.putIfAbsent("tags", new LinkedHashMap<String, Object>());
        break;
      default:
        break;
    }
  }

  /** What an update changes besides the fields sent. */
  void afterUpdate(Resource resource) {
    if (resource.kind() == ResourceKind.STAGE) {
      resource.fields().put("lastUpdatedDate", service.now());
    }
    if (resource.kind() == ResourceKind.DOMAIN_NAME) {
      applyDefaults(ResourceKind.DOMAIN_NAME, resource);
    }
  }

  /**
   * After a change under an API: each of its stages with {@code autoDeploy} gets a new deployment, as the service
   * deploys them automatically.
   */
  void afterChange(Resource changed) {
    Resource api = changed.ancestor(ResourceKind.API);
    if (api == null || api.parent() == null || api.parent().child(ResourceKind.API, api.id()) == null) {
      return;
    }
    boolean stageChange = changed.kind() == ResourceKind.STAGE;
    if (!stageChange && !DEPLOYED_KINDS.contains(changed.kind()) && changed.kind() != ResourceKind.API) {
      return;
    }
    for (Resource stage : api.children(ResourceKind.STAGE)) {
      if (Boolean.TRUE.equals(stage.fields().get("autoDeploy")) && (!stageChange || stage == changed)) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("autoDeployed", true);
        fields.put("description", "Automatic deployment triggered by changes to the Api configuration");
        Resource deployment = service.create(ResourceKind.DEPLOYMENT, api, fields);
        deployTo(stage, deployment);
      }
    }
  }

  private void deployTo(Resource stage, Resource deployment) {
    stage.fields().put("deploymentId", deployment.id());
    stage.fields().put("lastDeploymentStatusMessage",
        "Successfully deployed stage with deployment ID '" + deployment.id() + "'");
    stage.fields().put("lastUpdatedDate", service.now());
  }
}
