package dev.apigw.testkit.internal.rules;

import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ServiceFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A VPC link's creation date and version {@code V2}; its status comes from the status table {@code
 * lifecycle.VpcLinkStatuses}.
 */
final class VpcLinkDefaults implements Defaults {
  @Override
  public void onCreate(Resource vpcLink, ServiceFacts facts) {
    Map<String, Object> f = vpcLink.fields();
    f.put("createdDate", facts.now());
    f.putIfAbsent("securityGroupIds", new ArrayList<>());
    f.put("vpcLinkVersion", "V2");
    f.putIfAbsent("tags", new LinkedHashMap<String, Object>());
  }
}
