package dev.apigw.testkit.internal.rules;

import static dev.apigw.testkit.internal.rules.DefaultValue.always;

import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ServiceFacts;
import java.util.List;

/** What the service fills in on an API mapping. */
final class ApiMappingDefaults implements Defaults {
  static final List<DefaultValue> TABLE =
      List.of(
          always(
              "apiMappingKey",
              "",
              "Without a key, an API mapping maps the API at the root of the domain name."));

  @Override
  public void onCreate(Resource mapping, ServiceFacts facts) {
    for (DefaultValue entry : TABLE) {
      entry.fillIn(mapping);
    }
  }
}
