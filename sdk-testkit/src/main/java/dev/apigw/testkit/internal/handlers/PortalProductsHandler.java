package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.Answer;
import dev.apigw.testkit.internal.ApiError;
import dev.apigw.testkit.internal.CallInput;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ResourceKind;
import dev.apigw.testkit.internal.store.ResourceStore;
import java.util.LinkedHashMap;
import java.util.Map;

/** Portal products, and each one's sharing policy, which may be absent. */
final class PortalProductsHandler implements KindHandler {
  private final ResourceStore store;

  PortalProductsHandler(ResourceStore store) {
    this.store = store;
  }

  @Override
  public void register(OperationTable table) {
    table
        .standard(ResourceKind.PORTAL_PRODUCT)
        .create("CreatePortalProduct")
        .get("GetPortalProduct")
        .list("ListPortalProducts")
        .update("UpdatePortalProduct")
        .delete("DeletePortalProduct");
    table.on("GetPortalProductSharingPolicy", this::getSharingPolicy);
    table.on("PutPortalProductSharingPolicy", this::putSharingPolicy);
    table.on("DeletePortalProductSharingPolicy", this::deleteSharingPolicy);
  }

  private Answer getSharingPolicy(CallInput in) {
    Resource product = store.resolve(in);
    Object policy = product.fields().get("policyDocument");
    if (policy == null) {
      throw ApiError.notFound("The portal product " + product.id() + " has no sharing policy");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("policyDocument", policy);
    body.put("portalProductId", product.id());
    return Answer.json(200, body);
  }

  private Answer putSharingPolicy(CallInput in) {
    store.resolve(in).fields().put("policyDocument", in.body().get("policyDocument"));
    return Answer.done(in);
  }

  private Answer deleteSharingPolicy(CallInput in) {
    if (store.resolve(in).fields().remove("policyDocument") == null) {
      throw ApiError.notFound("The portal product has no sharing policy");
    }
    return Answer.done(in);
  }
}
