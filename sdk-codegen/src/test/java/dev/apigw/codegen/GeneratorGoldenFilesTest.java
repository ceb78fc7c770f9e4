package dev.apigw.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.codegen.generator.Generator;
import dev.apigw.codegen.model.ModelJson;
import dev.apigw.codegen.model.ServiceModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generator's output for a small test model, compared with golden files that cover each kind of
 * output: value types (request, result, empty result, structure), enum, exceptions and the error
 * factory, codecs, the client and the per-operation HTTP bindings. To accept a deliberate change,
 * run the test with {@code -Dgolden.update=true} and review the diff.
 */
class GeneratorGoldenFilesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  @Test
  void modelOutputMatchesTheGoldenFiles() throws IOException {
    ServiceModel model = ModelJson.read(GOLDEN.resolve("pets-model.json"));

    Map<String, String> generated = Generator.generate(model, Generator.Target.MODEL);

    Path expectedDir = GOLDEN.resolve("model");
    if (Boolean.getBoolean("golden.update")) {
      Generator.write(generated, expectedDir);
    }
    assertThat(generated.keySet()).isEqualTo(read(expectedDir).keySet());
    read(expectedDir)
        .forEach((path, text) -> assertThat(generated.get(path)).as(path).isEqualTo(text));
    assertThat(generated)
        .containsKeys(
            "dev/apigw/model/CreatePetRequest.java",
            "dev/apigw/model/CreatePetResult.java",
            "dev/apigw/model/DeletePetResult.java",
            "dev/apigw/model/Toy.java",
            "dev/apigw/model/PetKind.java",
            "dev/apigw/model/PetsException.java",
            "dev/apigw/model/TooManyRequestsException.java",
            "dev/apigw/model/internal/PetsErrors.java",
            "dev/apigw/model/internal/ToyCodec.java",
            "dev/apigw/model/package-info.java",
            "dev/apigw/model/internal/package-info.java");
  }

  @Test
  void clientOutputMatchesTheGoldenFiles() throws IOException {
    ServiceModel model = ModelJson.read(GOLDEN.resolve("pets-model.json"));

    Map<String, String> generated = Generator.generate(model, Generator.Target.CLIENT);

    Path expectedDir = GOLDEN.resolve("client");
    if (Boolean.getBoolean("golden.update")) {
      Generator.write(generated, expectedDir);
    }
    assertThat(generated).isEqualTo(read(expectedDir));
    assertThat(generated)
        .containsOnlyKeys(
            "dev/apigw/client/PetsClient.java",
            "dev/apigw/client/DefaultPetsClient.java",
            "dev/apigw/client/PetsAsyncClient.java",
            "dev/apigw/client/DefaultPetsAsyncClient.java",
            "dev/apigw/client/internal/CreatePetOperation.java",
            "dev/apigw/client/internal/DeletePetOperation.java",
            "dev/apigw/client/internal/ListPetsOperation.java",
            "dev/apigw/client/PetsWaiter.java",
            "dev/apigw/client/PetsAsyncWaiter.java",
            "dev/apigw/client/internal/PetsWaiterDefinitions.java",
            "dev/apigw/client/package-info.java",
            "dev/apigw/client/internal/package-info.java");
  }

  static Map<String, String> read(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(
            dir.relativize(path).toString().replace('\\', '/'),
            Files.readString(path, StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
