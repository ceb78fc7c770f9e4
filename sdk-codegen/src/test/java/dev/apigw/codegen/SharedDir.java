package dev.apigw.codegen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds {@code ../shared} beside the project, where AWS's model lives; tests that need it skip
 * without it.
 */
final class SharedDir {
  private SharedDir() {}

  static Optional<Path> find(String relative) {
    String configured = System.getProperty("apigw.shared.dir");
    for (Path base :
        new Path[] {
          configured == null ? null : Path.of(configured),
          Path.of("../shared"),
          Path.of("../../shared")
        }) {
      if (base != null && Files.exists(base.resolve(relative))) {
        return Optional.of(base.resolve(relative));
      }
    }
    return Optional.empty();
  }

  static Path modelFile() {
    String configured = System.getProperty("apigw.model.file");
    return configured != null
        ? Path.of(configured)
        : Path.of("../sdk-model/src/main/model/apigatewayv2.json");
  }
}
