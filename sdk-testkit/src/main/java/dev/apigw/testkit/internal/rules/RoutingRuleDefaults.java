package dev.apigw.testkit.internal.rules;

import static dev.apigw.testkit.internal.rules.DefaultValue.always;

import dev.apigw.testkit.internal.store.Arns;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ServiceFacts;
import java.util.List;
import java.util.Map;

/** A routing rule's ARN, and what the service fills in on each of its {@code invokeApi} actions. */
final class RoutingRuleDefaults implements Defaults {
  /** The members of an action's {@code invokeApi} the service fills in. */
  static final List<DefaultValue> INVOKE_API =
      List.of(
          always(
              "stripBasePath",
              false,
              "An invokeApi action keeps the base path in the request it forwards unless told to"
                  + " strip it."));

  @Override
  public void onCreate(Resource rule, ServiceFacts facts) {
    rule.fields().put("routingRuleArn", Arns.of(rule, facts.region()));
    fillInActions(rule);
  }

  @Override
  public void onUpdate(Resource rule, ServiceFacts facts) {
    fillInActions(rule);
  }

  @SuppressWarnings("unchecked")
  private static void fillInActions(Resource rule) {
    Object actions = rule.fields().get("actions");
    if (!(actions instanceof List)) {
      return;
    }
    for (Object action : (List<Object>) actions) {
      Object invokeApi =
          action instanceof Map ? ((Map<String, Object>) action).get("invokeApi") : null;
      if (invokeApi instanceof Map) {
        for (DefaultValue entry : INVOKE_API) {
          entry.fillIn(rule, (Map<String, Object>) invokeApi);
        }
      }
    }
  }
}
