package dev.apigw.releasecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release check's verdict on a signature is only worth something if it can say no: a file
 * changed after signing must fail, as must a file signed by another key.
 */
class ThrowawayKeyTest {
  @TempDir Path directory;

  @Test
  void acceptsItsOwnSignatureAndRefusesAChangedFileOrAnotherKey() throws Exception {
    assumeTrue(Processes.onPath("gpg"), "skipped: no gpg on the PATH");
    Path file = directory.resolve("artifact.jar");
    Files.writeString(file, "the artifact", StandardCharsets.UTF_8);
    try (ThrowawayKey key = ThrowawayKey.generate();
        ThrowawayKey other = ThrowawayKey.generate()) {
      Path signature = sign(key, file, "artifact.jar.asc");
      Path otherSignature = sign(other, file, "artifact.jar.other.asc");

      assertThat(key.verifies(file, signature)).isTrue();
      assertThat(key.verifies(file, otherSignature)).as("another key's signature").isFalse();
      Files.writeString(file, "the artifact, changed", StandardCharsets.UTF_8);
      assertThat(key.verifies(file, signature)).as("a changed file").isFalse();
    }
  }

  /** Signs as maven-gpg-plugin does: armored, detached, the passphrase from the environment. */
  private Path sign(ThrowawayKey key, Path file, String name) throws Exception {
    Path signature = directory.resolve(name);
    Processes.Result signed =
        Processes.run(
            directory,
            key.signingEnvironment(),
            key.signingEnvironment().get("MAVEN_GPG_PASSPHRASE") + "\n",
            Duration.ofMinutes(1),
            ThrowawayKey.gpgWithPassphraseOnStdin(
                "--local-user",
                key.fingerprint(),
                "--armor",
                "--detach-sign",
                "--output",
                signature.toString(),
                file.toString()));
    assertThat(signed.succeeded()).as(signed.output()).isTrue();
    return signature;
  }
}
