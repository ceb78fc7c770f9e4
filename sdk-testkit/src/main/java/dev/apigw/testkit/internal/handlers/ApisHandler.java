package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.Answer;
import dev.apigw.testkit.internal.CallInput;
import dev.apigw.testkit.internal.openapi.OpenApiExport;
import dev.apigw.testkit.internal.openapi.OpenApiImport;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ResourceKind;
import dev.apigw.testkit.internal.store.ResourceStore;

/**
 * APIs: created plainly or by quick create ({@link QuickCreate}), imported from and exported to
 * OpenAPI, and deleted with the API mappings that point at them.
 */
final class ApisHandler implements KindHandler {
  private final ResourceStore store;
  private final StandardOperations standard;
  private final QuickCreate quickCreate;
  private final OpenApiImport openApiImport;
  private final OpenApiExport openApiExport = new OpenApiExport();

  ApisHandler(ResourceStore store, StandardOperations standard) {
    this.store = store;
    this.standard = standard;
    this.quickCreate = new QuickCreate(store);
    this.openApiImport = new OpenApiImport(store);
  }

  @Override
  public void register(OperationTable table) {
    table.onAllOrNothing("CreateApi", in -> standard.created(in, quickCreate.createApi(in)));
    table.onAllOrNothing("ImportApi", in -> standard.created(in, openApiImport.importApi(in)));
    table.onAllOrNothing("ReimportApi", this::reimportApi);
    table.on("ExportApi", in -> openApiExport.exportApi(in, store.resolve(in)));
    table.standard(ResourceKind.API).get("GetApi").list("GetApis").update("UpdateApi");
    table.on("DeleteApi", this::deleteApi);
    table.on("DeleteCorsConfiguration", this::deleteCorsConfiguration);
  }

  private Answer reimportApi(CallInput in) {
    Resource api = openApiImport.reimportApi(in, store.resolve(in));
    store.changed(api);
    return standard.created(in, api);
  }

  private Answer deleteApi(CallInput in) {
    Answer answer = standard.delete(in);
    String apiId = in.label("apiId");
    for (Resource domain : store.root().children(ResourceKind.DOMAIN_NAME)) {
      for (Resource mapping : domain.children(ResourceKind.API_MAPPING)) {
        if (apiId.equals(mapping.fields().get("apiId"))) {
          store.remove(mapping);
        }
      }
    }
    return answer;
  }

  private Answer deleteCorsConfiguration(CallInput in) {
    store.resolve(in).fields().remove("corsConfiguration");
    return Answer.done(in);
  }
}
