package dev.apigw.testkit.internal.rules;

import dev.apigw.testkit.internal.store.ProposedChange;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ResourceKind;

/** An API mapping, once created or updated, points at an API that exists, and at its stage. */
final class ApiMappingTargetRule implements FieldRule {
  @Override
  public void check(ProposedChange change) {
    Object apiId = change.valueAfter("apiId");
    Object stage = change.valueAfter("stage");
    Resource api =
        apiId == null ? null : change.root().child(ResourceKind.API, String.valueOf(apiId));
    if (api == null) {
      throw ResourceKind.API.notFound(String.valueOf(apiId));
    }
    if (stage != null && api.child(ResourceKind.STAGE, String.valueOf(stage)) == null) {
      throw ResourceKind.STAGE.notFound(String.valueOf(stage));
    }
  }
}
