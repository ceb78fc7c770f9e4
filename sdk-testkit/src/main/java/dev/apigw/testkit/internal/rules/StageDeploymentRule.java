package dev.apigw.testkit.internal.rules;

import dev.apigw.testkit.internal.store.ProposedChange;
import dev.apigw.testkit.internal.store.ResourceKind;

/** The {@code deploymentId} a stage is given must name a deployment of its API. */
final class StageDeploymentRule implements FieldRule {
  @Override
  public void check(ProposedChange change) {
    Object deploymentId = change.body().get("deploymentId");
    if (deploymentId != null
        && change.parent().child(ResourceKind.DEPLOYMENT, String.valueOf(deploymentId)) == null) {
      throw ResourceKind.DEPLOYMENT.notFound(String.valueOf(deploymentId));
    }
  }
}
