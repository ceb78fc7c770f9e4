package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.store.ResourceKind;

/** Product pages of a portal product; their defaults are {@code rules.ProductPageDefaults}. */
final class ProductPagesHandler implements KindHandler {
  @Override
  public void register(OperationTable table) {
    table
        .standard(ResourceKind.PRODUCT_PAGE)
        .create("CreateProductPage")
        .get("GetProductPage")
        .list("ListProductPages")
        .update("UpdateProductPage")
        .delete("DeleteProductPage");
  }
}
