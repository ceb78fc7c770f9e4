package dev.apigw.testkit.internal.rules;

import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ServiceFacts;
import java.util.LinkedHashMap;
import java.util.Map;

/** A stage's dates, its settings' empty defaults and no automatic deployment unless asked. */
final class StageDefaults implements Defaults {
  @Override
  public void onCreate(Resource stage, ServiceFacts facts) {
    Map<String, Object> f = stage.fields();
    f.put("createdDate", facts.now());
    f.put("lastUpdatedDate", facts.now());
    f.putIfAbsent("autoDeploy", false);
    f.putIfAbsent(
        "defaultRouteSettings", new LinkedHashMap<>(Map.of("detailedMetricsEnabled", false)));
    f.putIfAbsent("routeSettings", new LinkedHashMap<String, Object>());
    f.putIfAbsent("stageVariables", new LinkedHashMap<String, Object>());
    f.putIfAbsent("tags", new LinkedHashMap<String, Object>());
  }

  @Override
  public void onUpdate(Resource stage, ServiceFacts facts) {
    stage.fields().put("lastUpdatedDate", facts.now());
  }
}
