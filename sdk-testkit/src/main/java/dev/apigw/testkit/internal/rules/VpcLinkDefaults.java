package dev.apigw.testkit.internal.rules;

import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ServiceFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/** A VPC link is available at once, as version {@code V2}. */
final class VpcLinkDefaults implements Defaults {
  @Override
  public void onCreate(Resource vpcLink, ServiceFacts facts) {
    Map<String, Object> f = vpcLink.fields();
    f.put("createdDate", facts.now());
    f.putIfAbsent("securityGroupIds", new ArrayList<>());
    f.put("vpcLinkStatus", "AVAILABLE");
    f.put("vpcLinkStatusMessage", "VPC link is ready to route traffic");
    f.put("vpcLinkVersion", "V2");
    f.putIfAbsent("tags", new LinkedHashMap<String, Object>());
  }
}
