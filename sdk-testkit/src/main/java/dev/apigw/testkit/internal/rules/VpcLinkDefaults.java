package dev.apigw.testkit.internal.rules;

import static dev.apigw.testkit.internal.rules.DefaultValue.always;

import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ServiceFacts;
import java.util.List;
import java.util.Map;

/**
 * A VPC link's creation date and the members the service fills in; its status comes from the status
 * table {@code lifecycle.VpcLinkStatuses}.
 */
final class VpcLinkDefaults implements Defaults {
  static final List<DefaultValue> TABLE =
      List.of(
          always(
              "securityGroupIds",
              List.of(),
              "A VPC link created without security groups reads back with an empty list of them."),
          always(
              "vpcLinkVersion",
              "V2",
              "The VPC links of the V2 API, for HTTP APIs, are of version V2."),
          always("tags", Map.of(), "A VPC link starts untagged."));

  @Override
  public void onCreate(Resource vpcLink, ServiceFacts facts) {
    vpcLink.fields().put("createdDate", facts.now());
    for (DefaultValue entry : TABLE) {
      entry.fillIn(vpcLink);
    }
  }
}
