package dev.apigw.testkit;

/**
 * The service's default quotas on how many resources there may be, which the emulator enforces as
 * the service does: a create (or an OpenAPI import) that would go over one is refused with HTTP
 * 429, error type {@code ConflictException} and a message such as {@code Maximum number of Routes
 * for this API has been reached. Please contact AWS if you need additional Routes.} Each default is
 * the one the service's documentation states; {@link ApiGatewayV2Emulator.Builder#quota(Quota,
 * int)} (or the standalone's {@code --quota NAME=VALUE}) sets another, so a test can reach a quota
 * in a few calls.
 */
public enum Quota {
  /**
   * Routes per API: 300 by default, for HTTP and WebSocket APIs alike (both quota tables of the
   * developer guide list "Routes per API" at 300).
   */
  ROUTES_PER_API(300, "Routes", "this API"),
  /**
   * Integrations per API: 300 by default, for HTTP and WebSocket APIs alike (both quota tables list
   * "Integrations per API" at 300).
   */
  INTEGRATIONS_PER_API(300, "Integrations", "this API"),
  /**
   * Stages per API: 10 by default, for HTTP and WebSocket APIs alike (both quota tables list
   * "Stages per API" at 10).
   */
  STAGES_PER_API(10, "Stages", "this API"),
  /**
   * Authorizers per API: 10 by default (the HTTP table lists "Authorizers per API" at 10, the
   * WebSocket table "Lambda authorizers per API" at 10).
   */
  AUTHORIZERS_PER_API(10, "Authorizers", "this API"),
  /**
   * APIs per account in a region: 600 by default, HTTP and WebSocket counted together (the
   * account's "Regional APIs per Region" quota is 600).
   */
  APIS_PER_REGION(600, "Apis", "this account"),
  /**
   * Custom domain names per account in a region: 120 by default ("Custom domains per account per
   * Region" in the HTTP table).
   */
  DOMAIN_NAMES_PER_REGION(120, "DomainNames", "this account"),
  /**
   * VPC links per account in a region: 10 by default ("VPC links per account per Region" in the
   * HTTP table; VPC links of this API are for HTTP APIs).
   */
  VPC_LINKS_PER_REGION(10, "VpcLinks", "this account"),
  /**
   * API mappings of more than one level (a key holding {@code /}) per domain name: 200 by default
   * ("Multi-level API mappings per domain" in the HTTP table; single-level mappings are not
   * counted).
   */
  MULTI_LEVEL_API_MAPPINGS_PER_DOMAIN(200, "ApiMappings", "this domain name"),
  /** Routing rules per domain name: 50 by default ("Routing rules per domain" is 50). */
  ROUTING_RULES_PER_DOMAIN(50, "RoutingRules", "this domain name");

  private final int defaultLimit;
  private final String resources;
  private final String scope;

  Quota(int defaultLimit, String resources, String scope) {
    this.defaultLimit = defaultLimit;
    this.resources = resources;
    this.scope = scope;
  }

  /** The service's default, which the emulator enforces unless told otherwise. */
  public int defaultLimit() {
    return defaultLimit;
  }

  /** The service's message when a create would go over {@code this}. */
  public String exceededMessage() {
    return "Maximum number of "
        + resources
        + " for "
        + scope
        + " has been reached. Please contact AWS if you need additional "
        + resources
        + ".";
  }
}
