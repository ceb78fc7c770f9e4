package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.store.ResourceKind;

/** API mappings of a domain name; what they must point at is {@code rules.ApiMappingTargetRule}. */
final class ApiMappingsHandler implements KindHandler {
  @Override
  public void register(OperationTable table) {
    table
        .standard(ResourceKind.API_MAPPING)
        .create("CreateApiMapping")
        .get("GetApiMapping")
        .list("GetApiMappings")
        .update("UpdateApiMapping")
        .delete("DeleteApiMapping");
  }
}
