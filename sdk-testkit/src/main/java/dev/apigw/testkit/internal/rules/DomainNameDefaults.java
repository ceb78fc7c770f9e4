package dev.apigw.testkit.internal.rules;

import static dev.apigw.testkit.internal.rules.DefaultValue.always;

import dev.apigw.testkit.internal.Maps;
import dev.apigw.testkit.internal.store.Arns;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ServiceFacts;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A domain name's ARN and routing mode. Each of its configurations gets the API Gateway domain
 * name, hosted zone and status the service gives it, on create and, for new ones, on update.
 */
final class DomainNameDefaults implements Defaults {
  static final List<DefaultValue> TABLE =
      List.of(
          always(
              "apiMappingSelectionExpression",
              "$request.basepath",
              "A custom domain name picks its API mapping by the request's base path."),
          always(
              "routingMode",
              "API_MAPPING_ONLY",
              "A domain name routes by its API mappings alone until routing rules are turned on."),
          always("tags", Map.of(), "A domain name starts untagged."));

  /** What the service fills in on each of a domain name's configurations. */
  static final List<DefaultValue> CONFIGURATION =
      List.of(
          always(
              "endpointType",
              "REGIONAL",
              "The V2 API manages regional domain names only, so a configuration is REGIONAL."),
          always(
              "securityPolicy",
              "TLS_1_2",
              "A domain name's TLS security policy is TLS 1.2 unless another is chosen."),
          always(
              "domainNameStatus",
              "AVAILABLE",
              "Recorded answers of the service show a new regional domain name AVAILABLE at once."),
          always(
              "ipAddressType",
              "ipv4",
              "A domain name takes IPv4 clients only unless dualstack is chosen."));

  @Override
  public void onCreate(Resource domain, ServiceFacts facts) {
    Map<String, Object> f = domain.fields();
    f.put("domainNameArn", Arns.of(domain, facts.region()));
    for (DefaultValue entry : TABLE) {
      entry.fillIn(domain);
    }
    Object configurations = f.get("domainNameConfigurations");
    if (configurations instanceof List) {
      for (Object configuration : (List<?>) configurations) {
        if (configuration instanceof Map) {
          fillIn(domain, Maps.of(configuration), facts);
        }
      }
    }
  }

  @Override
  public void onUpdate(Resource domain, ServiceFacts facts) {
    onCreate(domain, facts);
  }

  private static void fillIn(
      Resource domain, Map<String, Object> configuration, ServiceFacts facts) {
    configuration.putIfAbsent(
        "apiGatewayDomainName",
        "d-" + facts.newId(10) + ".execute-api." + facts.region() + ".amazonaws.com");
    configuration.putIfAbsent("hostedZoneId", "Z" + facts.newId(12).toUpperCase(Locale.ROOT));
    for (DefaultValue entry : CONFIGURATION) {
      entry.fillIn(domain, configuration);
    }
  }
}
