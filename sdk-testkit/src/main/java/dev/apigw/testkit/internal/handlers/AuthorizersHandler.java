package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.store.ResourceKind;

/** Authorizers; their names are unique per API ({@code rules.RuleTable}). */
final class AuthorizersHandler implements KindHandler {
  @Override
  public void register(OperationTable table) {
    table
        .standard(ResourceKind.AUTHORIZER)
        .create("CreateAuthorizer")
        .get("GetAuthorizer")
        .list("GetAuthorizers")
        .update("UpdateAuthorizer")
        .delete("DeleteAuthorizer");
  }
}
