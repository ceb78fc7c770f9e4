package dev.apigw.testkit.internal.rules;

import static dev.apigw.testkit.internal.rules.DefaultValue.always;

import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ServiceFacts;
import java.util.List;

/** What the service fills in on a model (a schema of a WebSocket API's payloads). */
final class ModelDefaults implements Defaults {
  static final List<DefaultValue> TABLE =
      List.of(
          always(
              "contentType",
              "application/json",
              "A model describes JSON payloads unless another media type is given."));

  @Override
  public void onCreate(Resource model, ServiceFacts facts) {
    for (DefaultValue entry : TABLE) {
      entry.fillIn(model);
    }
  }
}
