package dev.apigw.client.internal;

import dev.apigw.codegen.model.ModelJson;
import dev.apigw.codegen.model.ServiceModel;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The project's model, as the fuzz targets read it: from {@code apigw.model.file} in surefire, else
 * from sdk-model's sources beside this module (Jazzer's command line runs in the module's directory
 * and sets no properties).
 */
final class FuzzModel {
  static final ServiceModel MODEL = ModelJson.read(file());

  private FuzzModel() {}

  private static Path file() {
    String configured = System.getProperty("apigw.model.file");
    return configured != null
        ? Paths.get(configured)
        : Paths.get("../sdk-model/src/main/model/apigatewayv2.json");
  }
}
