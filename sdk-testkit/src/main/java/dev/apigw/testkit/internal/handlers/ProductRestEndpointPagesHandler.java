package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.store.ResourceKind;

/**
 * REST endpoint pages of a portal product. What the service fills in on them, and answers for them,
 * is in the rules package: {@code ProductRestEndpointPageDefaults}.
 */
final class ProductRestEndpointPagesHandler implements KindHandler {
  @Override
  public void register(OperationTable table) {
    table
        .standard(ResourceKind.PRODUCT_REST_ENDPOINT_PAGE)
        .create("CreateProductRestEndpointPage")
        .get("GetProductRestEndpointPage")
        .list("ListProductRestEndpointPages")
        .update("UpdateProductRestEndpointPage")
        .delete("DeleteProductRestEndpointPage");
  }
}
