package dev.apigw.testkit.internal.rules;

import dev.apigw.testkit.internal.store.Arns;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ServiceFacts;
import java.util.LinkedHashMap;
import java.util.Map;

/** A portal product's ARN, last-modified date and empty description. */
final class PortalProductDefaults implements Defaults {
  @Override
  public void onCreate(Resource product, ServiceFacts facts) {
    Map<String, Object> f = product.fields();
    f.put("portalProductArn", Arns.of(product, facts.region()));
    f.put("lastModified", facts.now());
    f.putIfAbsent("description", "");
    f.putIfAbsent("tags", new LinkedHashMap<String, Object>());
  }

  @Override
  public void onUpdate(Resource product, ServiceFacts facts) {
    product.fields().put("lastModified", facts.now());
  }
}
