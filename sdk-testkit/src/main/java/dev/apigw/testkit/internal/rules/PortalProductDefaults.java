package dev.apigw.testkit.internal.rules;

import static dev.apigw.testkit.internal.rules.DefaultValue.always;

import dev.apigw.testkit.internal.store.Arns;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ServiceFacts;
import java.util.List;
import java.util.Map;

/** A portal product's ARN, last-modified date and empty description. */
final class PortalProductDefaults implements Defaults {
  static final List<DefaultValue> TABLE =
      List.of(
          always(
              "description",
              "",
              "A portal product created without a description reads back with an empty one."),
          always("tags", Map.of(), "A portal product starts untagged."));

  @Override
  public void onCreate(Resource product, ServiceFacts facts) {
    Map<String, Object> f = product.fields();
    f.put("portalProductArn", Arns.of(product, facts.region()));
    f.put("lastModified", facts.now());
    for (DefaultValue entry : TABLE) {
      entry.fillIn(product);
    }
  }

  @Override
  public void onUpdate(Resource product, ServiceFacts facts) {
    product.fields().put("lastModified", facts.now());
  }
}
