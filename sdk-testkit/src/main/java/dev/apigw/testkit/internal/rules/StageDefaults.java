package dev.apigw.testkit.internal.rules;

import static dev.apigw.testkit.internal.rules.DefaultValue.always;
import static dev.apigw.testkit.internal.rules.DefaultValue.when;

import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ServiceFacts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stage's dates, its settings' empty defaults, no automatic deployment unless asked, and the
 * default route settings the service fills in, which differ by the API's protocol.
 */
final class StageDefaults implements Defaults {
  static final List<DefaultValue> TABLE =
      List.of(
          always("autoDeploy", false, "A stage deploys only when asked unless autoDeploy is set."),
          always("routeSettings", Map.of(), "A stage starts with no per-route settings."),
          always("stageVariables", Map.of(), "A stage starts with no stage variables."),
          always("tags", Map.of(), "A stage starts untagged."));

  /** The members of {@code defaultRouteSettings} the service fills in. */
  static final List<DefaultValue> DEFAULT_ROUTE_SETTINGS =
      List.of(
          always(
              "detailedMetricsEnabled",
              false,
              "Detailed CloudWatch metrics are off for a stage's routes unless turned on."),
          when(
              ApiProtocol::isWebSocket,
              "dataTraceEnabled",
              false,
              "Data trace logging, supported by WebSocket APIs only, is off by default."),
          when(
              ApiProtocol::isWebSocket,
              "loggingLevel",
              "OFF",
              "Execution logging, supported by WebSocket APIs only, is OFF by default."));

  @Override
  public void onCreate(Resource stage, ServiceFacts facts) {
    Map<String, Object> f = stage.fields();
    f.put("createdDate", facts.now());
    f.put("lastUpdatedDate", facts.now());
    for (DefaultValue entry : TABLE) {
      entry.fillIn(stage);
    }
    Object sent = f.get("defaultRouteSettings");
    @SuppressWarnings("unchecked")
    Map<String, Object> settings =
        sent instanceof Map ? (Map<String, Object>) sent : new LinkedHashMap<String, Object>();
    f.put("defaultRouteSettings", settings);
    for (DefaultValue entry : DEFAULT_ROUTE_SETTINGS) {
      entry.fillIn(stage, settings);
    }
  }

  @Override
  public void onUpdate(Resource stage, ServiceFacts facts) {
    stage.fields().put("lastUpdatedDate", facts.now());
  }
}
