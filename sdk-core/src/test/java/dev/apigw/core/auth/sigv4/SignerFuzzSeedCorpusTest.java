package dev.apigw.core.auth.sigv4;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.core.auth.sigv4.SignerFuzzSeedWriter.Seed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The committed seeds of {@link SignerDifferentialFuzzTest} are what {@link SignerFuzzSeedWriter}
 * writes today: a change to how {@link FuzzedSigningRequest} reads its input must come with the
 * seeds written again. The SigV4 suite's seeds are checked only when the suite is at {@code
 * ../shared/sigv4-testsuite}; the fuzz test itself needs only the committed copies.
 */
class SignerFuzzSeedCorpusTest {
  private static final Path CORPUS =
      Paths.get(
          "src/test/resources/dev/apigw/core/auth/sigv4", "SignerDifferentialFuzzTestInputs/fuzz");

  @Test
  void theCraftedSeedsAreCommittedAsWritten() throws IOException {
    assertCommittedAsWritten(SignerFuzzCraftedSeeds.all());
  }

  @Test
  void theSigV4SuiteSeedsAreCommittedAsWritten() throws IOException {
    Optional<Path> suite =
        Stream.of(
                Paths.get(System.getProperty("apigw.shared.dir", "../shared"), "sigv4-testsuite"),
                Paths.get("..", "..", "shared", "sigv4-testsuite"))
            .filter(Files::isDirectory)
            .findFirst();
    Assumptions.assumeTrue(
        suite.isPresent(),
        "The SigV4 test suite is absent: checking its seeds needs ../shared/sigv4-testsuite");
    assertCommittedAsWritten(SignerFuzzSeedWriter.suiteSeeds(suite.get()));
  }

  private static void assertCommittedAsWritten(List<Seed> seeds) throws IOException {
    assertThat(seeds).isNotEmpty();
    for (Seed seed : seeds) {
      Path file = CORPUS.resolve(seed.name);
      assertThat(file).as(seed.name).exists();
      assertThat(Files.readAllBytes(file))
          .as(seed.name)
          .isEqualTo(SignerFuzzSeedWriter.write(seed));
    }
  }
}
