package dev.apigw.testkit.internal.rules;

import dev.apigw.testkit.internal.Maps;
import dev.apigw.testkit.internal.store.Arns;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ServiceFacts;
import java.util.Map;

/**
 * A product page's ARN, last-modified date and its title, taken from its display content. It has no
 * table: the service fills in nothing else on it.
 */
final class ProductPageDefaults implements Defaults {
  @Override
  public void onCreate(Resource page, ServiceFacts facts) {
    page.fields().put("productPageArn", Arns.of(page, facts.region()));
    onUpdate(page, facts);
  }

  @Override
  public void onUpdate(Resource page, ServiceFacts facts) {
    Map<String, Object> f = page.fields();
    f.put("lastModified", facts.now());
    if (f.get("displayContent") instanceof Map) {
      f.put("pageTitle", Maps.of(f.get("displayContent")).get("title"));
    }
  }
}
