package dev.apigw.testkit.internal.rules;

import static dev.apigw.testkit.internal.rules.DefaultValue.always;

import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ServiceFacts;
import java.util.List;

/**
 * A deployment's creation date and what the service fills in on it. A WebSocket API's deployment
 * may then show {@code PENDING} first: that is the status table {@code
 * lifecycle.DeploymentStatuses}.
 */
final class DeploymentDefaults implements Defaults {
  static final List<DefaultValue> TABLE =
      List.of(
          always(
              "deploymentStatus",
              "DEPLOYED",
              "A deployment reads DEPLOYED once made, as the service's recorded create-deployment"
                  + " and get-deployment answers show."),
          always(
              "autoDeployed",
              false,
              "A deployment asked for with CreateDeployment is not automatic: autoDeployed is"
                  + " false; only those a stage's autoDeploy makes read true."));

  @Override
  public void onCreate(Resource deployment, ServiceFacts facts) {
    deployment.fields().put("createdDate", facts.now());
    for (DefaultValue entry : TABLE) {
      entry.fillIn(deployment);
    }
  }
}
