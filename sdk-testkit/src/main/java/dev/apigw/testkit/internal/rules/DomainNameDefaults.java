package dev.apigw.testkit.internal.rules;

import dev.apigw.testkit.internal.Maps;
import dev.apigw.testkit.internal.store.Arns;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ServiceFacts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A domain name's ARN and routing mode. Each of its configurations gets the API Gateway domain
 * name, hosted zone and status the service gives it, on create and, for new ones, on update.
 */
final class DomainNameDefaults implements Defaults {
  @Override
  public void onCreate(Resource domain, ServiceFacts facts) {
    Map<String, Object> f = domain.fields();
    f.put("apiMappingSelectionExpression", "$request.basepath");
    f.put("domainNameArn", Arns.of(domain, facts.region()));
    f.putIfAbsent("routingMode", "API_MAPPING_ONLY");
    Object configurations = f.get("domainNameConfigurations");
    if (configurations instanceof List) {
      for (Object configuration : (List<?>) configurations) {
        if (configuration instanceof Map) {
          fillIn(Maps.of(configuration), facts);
        }
      }
    }
    f.putIfAbsent("tags", new LinkedHashMap<String, Object>());
  }

  @Override
  public void onUpdate(Resource domain, ServiceFacts facts) {
    onCreate(domain, facts);
  }

  private static void fillIn(Map<String, Object> configuration, ServiceFacts facts) {
    configuration.putIfAbsent(
        "apiGatewayDomainName",
        "d-" + facts.newId(10) + ".execute-api." + facts.region() + ".amazonaws.com");
    configuration.putIfAbsent("hostedZoneId", "Z" + facts.newId(12).toUpperCase(Locale.ROOT));
    configuration.putIfAbsent("endpointType", "REGIONAL");
    configuration.putIfAbsent("securityPolicy", "TLS_1_2");
    configuration.putIfAbsent("domainNameStatus", "AVAILABLE");
    configuration.putIfAbsent("ipAddressType", "ipv4");
  }
}
