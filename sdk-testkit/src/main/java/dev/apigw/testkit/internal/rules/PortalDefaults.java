package dev.apigw.testkit.internal.rules;

import static dev.apigw.testkit.internal.rules.DefaultValue.always;

import dev.apigw.testkit.internal.Maps;
import dev.apigw.testkit.internal.store.Arns;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ServiceFacts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A portal's ARN, last-modified date and unpublished state. The service answers with an endpoint
 * configuration of another shape than the one sent: the ACM certificate and domain name, and the
 * portal's default domain name and hosted zone.
 */
final class PortalDefaults implements Defaults {
  static final List<DefaultValue> TABLE =
      List.of(
          always(
              "publishStatus",
              "DISABLED",
              "A new portal is not published: publishing is a call of its own, PublishPortal."),
          always(
              "includedPortalProductArns",
              List.of(),
              "A portal shows no portal products until they are named."),
          always("tags", Map.of(), "A portal starts untagged."));

  @Override
  public void onCreate(Resource portal, ServiceFacts facts) {
    Map<String, Object> f = portal.fields();
    f.put("portalArn", Arns.of(portal, facts.region()));
    f.put("lastModified", facts.now());
    for (DefaultValue entry : TABLE) {
      entry.fillIn(portal);
    }
    answerEndpointConfiguration(portal, facts);
  }

  @Override
  public void onUpdate(Resource portal, ServiceFacts facts) {
    portal.fields().put("lastModified", facts.now());
    answerEndpointConfiguration(portal, facts);
  }

  private static void answerEndpointConfiguration(Resource portal, ServiceFacts facts) {
    Object configuration = portal.fields().get("endpointConfiguration");
    if (!(configuration instanceof Map)
        || Maps.of(configuration).containsKey("portalDefaultDomainName")) {
      return;
    }
    Map<String, Object> sent = Maps.of(configuration);
    Map<String, Object> answered = new LinkedHashMap<>();
    if (sent.get("acmManaged") instanceof Map) {
      Map<String, Object> acm = Maps.of(sent.get("acmManaged"));
      answered.put("certificateArn", acm.get("certificateArn"));
      answered.put("domainName", acm.get("domainName"));
    }
    answered.put(
        "portalDefaultDomainName", portal.id() + ".portal." + facts.region() + ".amazonaws.com");
    answered.put("portalDomainHostedZoneId", "Z" + portal.id().toUpperCase(Locale.ROOT));
    portal.fields().put("endpointConfiguration", answered);
  }
}
