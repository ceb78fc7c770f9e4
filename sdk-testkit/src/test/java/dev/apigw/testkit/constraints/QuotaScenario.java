package dev.apigw.testkit.constraints;

import dev.apigw.testkit.Quota;
import java.util.List;
import java.util.Map;

/**
 * How a test reaches each {@link Quota} over the raw HTTP API: what to create first, and the n-th
 * create that counts, with the fact of the service's documentation the quota's default comes from.
 */
final class QuotaScenario {
  private static final String HTTP = "the developer guide's quotas for HTTP APIs list ";
  private static final String WEBSOCKET = "and its quotas for WebSocket APIs ";

  private final RawCalls raw;
  private String apiId = "";

  QuotaScenario(RawCalls raw) {
    this.raw = raw;
  }

  /** The documented fact behind {@code quota}'s default. */
  static String fact(Quota quota) {
    switch (quota) {
      case ROUTES_PER_API:
        return HTTP + "300 routes per API, " + WEBSOCKET + "300 too";
      case INTEGRATIONS_PER_API:
        return HTTP + "300 integrations per API, " + WEBSOCKET + "300 too";
      case STAGES_PER_API:
        return HTTP + "10 stages per API, " + WEBSOCKET + "10 too";
      case AUTHORIZERS_PER_API:
        return HTTP + "10 authorizers per API, " + WEBSOCKET + "10 Lambda authorizers";
      case APIS_PER_REGION:
        return "the developer guide's account quotas list 600 regional APIs per Region";
      case DOMAIN_NAMES_PER_REGION:
        return HTTP + "120 custom domains per account per Region";
      case VPC_LINKS_PER_REGION:
        return HTTP + "10 VPC links per account per Region";
      case MULTI_LEVEL_API_MAPPINGS_PER_DOMAIN:
        return HTTP + "200 multi-level API mappings per domain, single-level ones not counted";
      default:
        return "the developer guide's quotas list 50 routing rules per domain";
    }
  }

  /** Creates what the quota's resources hang under. */
  void prepare(Quota quota) {
    if (quota == Quota.APIS_PER_REGION
        || quota == Quota.DOMAIN_NAMES_PER_REGION
        || quota == Quota.VPC_LINKS_PER_REGION) {
      return;
    }
    apiId = id(raw.send("POST", "/v2/apis", Map.of("name", "q", "protocolType", "HTTP")));
    if (quota == Quota.MULTI_LEVEL_API_MAPPINGS_PER_DOMAIN
        || quota == Quota.ROUTING_RULES_PER_DOMAIN) {
      raw.send("POST", "/v2/apis/" + apiId + "/stages", Map.of("stageName", "prod"));
      raw.send(
          "POST",
          "/v2/domainnames",
          Map.of("domainName", "q.example.com", "routingMode", "ROUTING_RULE_THEN_API_MAPPING"));
    }
  }

  /** The {@code n}-th create that counts against {@code quota}. */
  RawCalls.Answer create(Quota quota, int n) {
    String api = "/v2/apis/" + apiId;
    switch (quota) {
      case ROUTES_PER_API:
        return raw.send("POST", api + "/routes", Map.of("routeKey", "GET /r" + n));
      case INTEGRATIONS_PER_API:
        return raw.send(
            "POST",
            api + "/integrations",
            Map.of(
                "integrationType",
                "AWS_PROXY",
                "integrationUri",
                "arn:aws:lambda:us-east-1:123456789012:function:f",
                "payloadFormatVersion",
                "2.0"));
      case STAGES_PER_API:
        return raw.send("POST", api + "/stages", Map.of("stageName", "s" + n));
      case AUTHORIZERS_PER_API:
        return raw.send(
            "POST",
            api + "/authorizers",
            Map.of(
                "name",
                "a" + n,
                "authorizerType",
                "JWT",
                "identitySource",
                List.of("$request.header.Authorization"),
                "jwtConfiguration",
                Map.of("issuer", "https://issuer.example.com", "audience", List.of("x"))));
      case APIS_PER_REGION:
        return raw.send("POST", "/v2/apis", Map.of("name", "a" + n, "protocolType", "HTTP"));
      case DOMAIN_NAMES_PER_REGION:
        return raw.send("POST", "/v2/domainnames", Map.of("domainName", "d" + n + ".example.com"));
      case VPC_LINKS_PER_REGION:
        return raw.send(
            "POST", "/v2/vpclinks", Map.of("name", "v" + n, "subnetIds", List.of("subnet-1")));
      case MULTI_LEVEL_API_MAPPINGS_PER_DOMAIN:
        return mapping("v1/m" + n);
      default:
        return raw.send(
            "POST",
            "/v2/domainnames/q.example.com/routingrules",
            Map.of(
                "priority",
                n + 1,
                "conditions",
                List.of(Map.of("matchBasePaths", Map.of("anyOf", List.of("p" + n)))),
                "actions",
                List.of(Map.of("invokeApi", Map.of("apiId", apiId, "stage", "prod")))));
    }
  }

  /** An API mapping of the prepared domain name with {@code key}. */
  RawCalls.Answer mapping(String key) {
    return raw.send(
        "POST",
        "/v2/domainnames/q.example.com/apimappings",
        Map.of("apiId", apiId, "stage", "prod", "apiMappingKey", key));
  }

  private static String id(RawCalls.Answer answer) {
    int at = answer.body.indexOf("\"apiId\":\"") + 9;
    return answer.body.substring(at, answer.body.indexOf('"', at));
  }
}
