package dev.apigw.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.codegen.generator.Generator;
import dev.apigw.codegen.model.ModelJson;
import dev.apigw.codegen.model.ServiceModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs of the generator on the project's model write identical files. */
class GeneratorDeterminismTest {
  @Test
  void twoRunsGiveIdenticalBytes(@TempDir Path first, @TempDir Path second) throws Exception {
    for (Generator.Target target : Generator.Target.values()) {
      Generator.write(
          Generator.generate(ModelJson.read(SharedDir.modelFile()), target),
          first.resolve(target.name()));
      Generator.write(
          Generator.generate(ModelJson.read(SharedDir.modelFile()), target),
          second.resolve(target.name()));
    }

    Map<String, String> a = GeneratorGoldenFilesTest.read(first);
    Map<String, String> b = GeneratorGoldenFilesTest.read(second);
    assertThat(a).hasSizeGreaterThan(300);
    assertThat(b).isEqualTo(a);
    for (String path : a.keySet()) {
      assertThat(Files.readAllBytes(second.resolve(path)))
          .as(path)
          .isEqualTo(Files.readAllBytes(first.resolve(path)));
    }
  }

  @Test
  void aRerunRemovesFilesTheModelNoLongerCallsFor(@TempDir Path out) throws Exception {
    ServiceModel model = ModelJson.read(SharedDir.modelFile());
    Files.createDirectories(out.resolve("dev/apigw/model"));
    Files.writeString(out.resolve("dev/apigw/model/Stale.java"), "class Stale {}");

    Generator.write(Generator.generate(model, Generator.Target.MODEL), out);

    assertThat(out.resolve("dev/apigw/model/Stale.java")).doesNotExist();
  }
}
