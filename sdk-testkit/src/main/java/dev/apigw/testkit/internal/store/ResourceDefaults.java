package dev.apigw.testkit.internal.store;

import dev.apigw.core.Nullable;
import dev.apigw.testkit.internal.ApiError;
import dev.apigw.testkit.internal.Maps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fields the service fills in when it creates or updates a resource, and the checks it makes on
 * the fields sent (route keys, WebSocket selection expressions, the API and stage an API mapping
 * names). Stateless.
 */
final class ResourceDefaults {
  private static final Set<String> HTTP_METHODS =
      Set.of("ANY", "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
  private static final Pattern HTTP_PATH = Pattern.compile("/[^\\s]*");

  /** What defaults are made of: the region, the time and new ids. */
  interface Facts {
    String region();

    String now();

    String newId(int length);
  }

  /** The checks the service makes on fields, on create ({@code existing} null) and on update. */
  void checkFields(
      ResourceKind kind,
      Resource parent,
      Map<String, Object> body,
      @Nullable Resource existing,
      Resource root) {
    switch (kind) {
      case API:
        if (existing == null
            && "WEBSOCKET".equals(body.get("protocolType"))
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
        if (body.get("deploymentId") != null
            && parent.child(ResourceKind.DEPLOYMENT, String.valueOf(body.get("deploymentId")))
                == null) {
          throw ResourceKind.DEPLOYMENT.notFound(String.valueOf(body.get("deploymentId")));
        }
        break;
      case API_MAPPING:
        {
          Object apiId =
              body.containsKey("apiId")
                  ? body.get("apiId")
                  : existing == null ? null : existing.fields().get("apiId");
          Object stage =
              body.containsKey("stage")
                  ? body.get("stage")
                  : existing == null ? null : existing.fields().get("stage");
          Resource api = apiId == null ? null : root.child(ResourceKind.API, String.valueOf(apiId));
          if (api == null) {
            throw ResourceKind.API.notFound(String.valueOf(apiId));
          }
          if (stage != null && api.child(ResourceKind.STAGE, String.valueOf(stage)) == null) {
            throw ResourceKind.STAGE.notFound(String.valueOf(stage));
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
      throw ApiError.badRequest(
          "Invalid route key '"
              + routeKey
              + "': use $default or an HTTP method (ANY, GET, "
              + "POST, PUT, PATCH, DELETE, HEAD, OPTIONS), a space and a path that starts with /");
    }
  }

  /** The fields the service fills in when a resource is created. */
  void applyDefaults(ResourceKind kind, Resource resource, Facts service) {
    Map<String, Object> f = resource.fields();
    Resource api = resource.ancestor(ResourceKind.API);
    boolean http = api != null && "HTTP".equals(api.fields().get("protocolType"));
    switch (kind) {
      case API:
        {
          String scheme = "WEBSOCKET".equals(f.get("protocolType")) ? "wss" : "https";
          f.put(
              "apiEndpoint",
              scheme
                  + "://"
                  + resource.id()
                  + ".execute-api."
                  + service.region()
                  + ".amazonaws.com");
          f.put("createdDate", service.now());
          f.putIfAbsent("apiKeySelectionExpression", "$request.header.x-api-key");
          if ("HTTP".equals(f.get("protocolType"))) {
            f.putIfAbsent("routeSelectionExpression", "$request.method $request.path");
          }
          f.putIfAbsent("disableExecuteApiEndpoint", false);
          f.putIfAbsent("ipAddressType", "ipv4");
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
        f.putIfAbsent(
            "defaultRouteSettings", new LinkedHashMap<>(Map.of("detailedMetricsEnabled", false)));
        f.putIfAbsent("routeSettings", new LinkedHashMap<String, Object>());
        f.putIfAbsent("stageVariables", new LinkedHashMap<String, Object>());
        f.putIfAbsent("tags", new LinkedHashMap<String, Object>());
        break;
      case DEPLOYMENT:
        f.put("createdDate", service.now());
        f.putIfAbsent("deploymentStatus", "DEPLOYED");
        f.putIfAbsent("autoDeployed", false);
        break;
      case DOMAIN_NAME:
        {
          f.put("apiMappingSelectionExpression", "$request.basepath");
          f.put("domainNameArn", Arns.of(resource, service.region()));
          f.putIfAbsent("routingMode", "API_MAPPING_ONLY");
          Object configurations = f.get("domainNameConfigurations");
          if (configurations instanceof List) {
            for (Object configuration : (List<?>) configurations) {
              if (!(configuration instanceof Map)) {
                continue;
              }
              Map<String, Object> c = Maps.of(configuration);
              c.putIfAbsent(
                  "apiGatewayDomainName",
                  "d-" + service.newId(10) + ".execute-api." + service.region() + ".amazonaws.com");
              c.putIfAbsent("hostedZoneId", "Z" + service.newId(12).toUpperCase(Locale.ROOT));
              c.putIfAbsent("endpointType", "REGIONAL");
              c.putIfAbsent("securityPolicy", "TLS_1_2");
              c.putIfAbsent("domainNameStatus", "AVAILABLE");
              c.putIfAbsent("ipAddressType", "ipv4");
            }
          }
          f.putIfAbsent("tags", new LinkedHashMap<String, Object>());
          break;
        }
      case API_MAPPING:
        f.putIfAbsent("apiMappingKey", "");
        break;
      case ROUTING_RULE:
        f.put("routingRuleArn", Arns.of(resource, service.region()));
        break;
      case PORTAL:
      case PORTAL_PRODUCT:
      case PRODUCT_PAGE:
      case PRODUCT_REST_ENDPOINT_PAGE:
        {
          String arnField =
              kind == ResourceKind.PORTAL
                  ? "portalArn"
                  : kind == ResourceKind.PORTAL_PRODUCT
                      ? "portalProductArn"
                      : kind == ResourceKind.PRODUCT_PAGE
                          ? "productPageArn"
                          : "productRestEndpointPageArn";
          f.put(arnField, Arns.of(resource, service.region()));
          f.put("lastModified", service.now());
          if (kind == ResourceKind.PRODUCT_REST_ENDPOINT_PAGE) {
            f.putIfAbsent("status", "AVAILABLE");
            f.putIfAbsent("tryItState", "DISABLED");
          }
          if (kind == ResourceKind.PORTAL) {
            f.putIfAbsent("publishStatus", "DISABLED");
            f.putIfAbsent("includedPortalProductArns", new java.util.ArrayList<>());
          }
          if (kind == ResourceKind.PORTAL_PRODUCT) {
            f.putIfAbsent("description", "");
          }
          if (kind == ResourceKind.PORTAL || kind == ResourceKind.PORTAL_PRODUCT) {
            f.putIfAbsent("tags", new LinkedHashMap<String, Object>());
          }
          derive(kind, resource, service);
          break;
        }
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

  /**
   * The members the service works out from what was sent, where its answers differ in shape from
   * its requests: a portal's endpoint configuration, a page's title, a REST endpoint page's
   * endpoint and display content.
   */
  private static void derive(ResourceKind kind, Resource resource, Facts service) {
    Map<String, Object> f = resource.fields();
    if (kind == ResourceKind.PORTAL && f.get("endpointConfiguration") instanceof Map) {
      Map<String, Object> sent = Maps.of(f.get("endpointConfiguration"));
      if (!sent.containsKey("portalDefaultDomainName")) {
        Map<String, Object> answered = new LinkedHashMap<>();
        if (sent.get("acmManaged") instanceof Map) {
          Map<String, Object> acm = Maps.of(sent.get("acmManaged"));
          answered.put("certificateArn", acm.get("certificateArn"));
          answered.put("domainName", acm.get("domainName"));
        }
        answered.put(
            "portalDefaultDomainName",
            resource.id() + ".portal." + service.region() + ".amazonaws.com");
        answered.put("portalDomainHostedZoneId", "Z" + resource.id().toUpperCase(Locale.ROOT));
        f.put("endpointConfiguration", answered);
      }
    }
    if (kind == ResourceKind.PRODUCT_PAGE && f.get("displayContent") instanceof Map) {
      f.put("pageTitle", Maps.of(f.get("displayContent")).get("title"));
    }
    if (kind == ResourceKind.PRODUCT_REST_ENDPOINT_PAGE) {
      Map<String, Object> overrides = Map.of();
      Object content = f.get("displayContent");
      if (content instanceof Map && Maps.of(content).get("overrides") instanceof Map) {
        overrides = Maps.of(Maps.of(content).get("overrides"));
      }
      Object endpoint = overrides.get("endpoint");
      Object identifier = f.get("restEndpointIdentifier");
      if (endpoint == null
          && identifier instanceof Map
          && Maps.of(identifier).get("identifierParts") instanceof Map) {
        Map<String, Object> parts = Maps.of(Maps.of(identifier).get("identifierParts"));
        endpoint = parts.get("method") + " " + parts.get("path");
      }
      if (endpoint == null && content instanceof Map) {
        endpoint = Maps.of(content).get("endpoint");
      }
      Map<String, Object> answered = new LinkedHashMap<>();
      answered.put("endpoint", endpoint);
      if (overrides.get("body") != null) {
        answered.put("body", overrides.get("body"));
      }
      if (overrides.get("operationName") != null) {
        answered.put("operationName", overrides.get("operationName"));
        f.put("operationName", overrides.get("operationName"));
      }
      f.put("displayContent", answered);
      f.put("endpoint", endpoint);
    }
  }

  /** What an update changes besides the fields sent. */
  void afterUpdate(Resource resource, Facts service) {
    if (resource.kind() == ResourceKind.STAGE) {
      resource.fields().put("lastUpdatedDate", service.now());
    }
    if (resource.kind() == ResourceKind.DOMAIN_NAME) {
      applyDefaults(ResourceKind.DOMAIN_NAME, resource, service);
    }
    if (resource.fields().containsKey("lastModified")) {
      resource.fields().put("lastModified", service.now());
      derive(resource.kind(), resource, service);
    }
  }
}
