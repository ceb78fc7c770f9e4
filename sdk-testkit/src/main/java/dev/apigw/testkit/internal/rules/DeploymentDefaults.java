package dev.apigw.testkit.internal.rules;

import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ServiceFacts;
import java.util.Map;

/** A deployment is made at once: its creation date, {@code DEPLOYED}, and not automatic. */
final class DeploymentDefaults implements Defaults {
  @Override
  public void onCreate(Resource deployment, ServiceFacts facts) {
    Map<String, Object> f = deployment.fields();
    f.put("createdDate", facts.now());
    f.putIfAbsent("deploymentStatus", "DEPLOYED");
    f.putIfAbsent("autoDeployed", false);
  }
}
