package dev.apigw.testkit.internal.rules;

import static dev.apigw.testkit.internal.rules.DefaultValue.always;

import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ServiceFacts;
import java.util.List;

/** What the service fills in on a route: open to all callers, with no API key. */
final class RouteDefaults implements Defaults {
  static final List<DefaultValue> TABLE =
      List.of(
          always(
              "apiKeyRequired",
              false,
              "A route asks for no API key unless told to; API keys belong to WebSocket APIs."),
          always(
              "authorizationType",
              "NONE",
              "A route is open to all callers unless an authorization type is chosen."));

  @Override
  public void onCreate(Resource route, ServiceFacts facts) {
    for (DefaultValue entry : TABLE) {
      entry.fillIn(route);
    }
  }
}
