package dev.apigw.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The model's seeds of {@link ResultCodecsFuzzTest} are committed as {@link ResultCodecsFuzzSeeds}
 * writes them today, one for each operation of the table: a model change comes with its seeds
 * written again, by running this test with {@code -Dapigw.fuzz.writeSeeds=true}.
 */
class ResultCodecsFuzzSeedCorpusTest {
  private static final Path CORPUS =
      Paths.get("src/test/resources/dev/apigw/client/internal/ResultCodecsFuzzTestInputs/fuzz");

  @Test
  void theTableHasEveryOperationOfTheModel() {
    assertThat(ResultDecoders.ALL).hasSize(103);
    assertThat(ResultDecoders.ALL)
        .extracting(decoder -> decoder.operation)
        .containsExactlyElementsOf(FuzzModel.MODEL.operations().keySet());
  }

  @Test
  void theModelSeedsAreCommittedAsWritten() throws IOException {
    Map<String, byte[]> seeds = ResultCodecsFuzzSeeds.all();
    if (Boolean.getBoolean("apigw.fuzz.writeSeeds")) {
      Files.createDirectories(CORPUS);
      for (Map.Entry<String, byte[]> seed : seeds.entrySet()) {
        Files.write(CORPUS.resolve(seed.getKey()), seed.getValue());
      }
    }
    for (Map.Entry<String, byte[]> seed : seeds.entrySet()) {
      Path file = CORPUS.resolve(seed.getKey());
      assertThat(file).as(seed.getKey()).exists();
      assertThat(Files.readAllBytes(file)).as(seed.getKey()).isEqualTo(seed.getValue());
    }
  }
}
