package dev.apigw.testkit.internal.rules;

import dev.apigw.testkit.internal.store.Resource;

/** What a stage records when a deployment is made its current one. */
public final class CurrentDeployment {
  private CurrentDeployment() {}

  public static void set(Resource stage, Resource deployment, String now) {
    stage.fields().put("deploymentId", deployment.id());
    stage
        .fields()
        .put(
            "lastDeploymentStatusMessage",
            "Successfully deployed stage with deployment ID '" + deployment.id() + "'");
    stage.fields().put("lastUpdatedDate", now);
  }
}
