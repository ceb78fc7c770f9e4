package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.Answer;
import dev.apigw.testkit.internal.CallInput;
import dev.apigw.testkit.internal.store.ResourceKind;
import dev.apigw.testkit.internal.store.ResourceStore;
import java.util.LinkedHashMap;
import java.util.Map;

/** Models, and a model's template: its schema as it is. */
final class ModelsHandler implements KindHandler {
  private final ResourceStore store;

  ModelsHandler(ResourceStore store) {
    this.store = store;
  }

  @Override
  public void register(OperationTable table) {
    table
        .standard(ResourceKind.MODEL)
        .create("CreateModel")
        .get("GetModel")
        .list("GetModels")
        .update("UpdateModel")
        .delete("DeleteModel");
    table.on("GetModelTemplate", this::getModelTemplate);
  }

  private Answer getModelTemplate(CallInput in) {
    Map<String, Object> body = new LinkedHashMap<>();
    Object schema = store.resolve(in).fields().get("schema");
    if (schema != null) {
      body.put("value", schema);
    }
    return Answer.json(200, body);
  }
}
