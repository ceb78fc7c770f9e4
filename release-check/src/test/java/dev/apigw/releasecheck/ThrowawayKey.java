package dev.apigw.releasecheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A signing key that lives for one check: made in a temporary GnuPG home, protected by a generated
 * passphrase, and handed to the release build the way a maintainer's is (GNUPGHOME and
 * MAVEN_GPG_PASSPHRASE in the environment, the key's fingerprint as gpg.keyname). Closing it stops
 * that home's agent and deletes the home.
 */
final class ThrowawayKey implements AutoCloseable {
  private static final Duration GPG_TIMEOUT = Duration.ofMinutes(2);

  private final Path home;
  private final String passphrase;
  private final String fingerprint;

  private ThrowawayKey(Path home, String passphrase, String fingerprint) {
    this.home = home;
    this.passphrase = passphrase;
    this.fingerprint = fingerprint;
  }

  static ThrowawayKey generate() throws IOException, InterruptedException {
    // Under the system's temporary directory: the agent's socket path must stay short.
    Path home =
        Files.createTempDirectory(
            "apigw-gpg",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    byte[] secret = new byte[24];
    new SecureRandom().nextBytes(secret);
    String passphrase = HexFormat.of().formatHex(secret);
    Map<String, String> environment = Map.of("GNUPGHOME", home.toString());
    Processes.Result generated =
        Processes.run(
            home,
            environment,
            passphrase + "\n",
            GPG_TIMEOUT,
            gpgWithPassphraseOnStdin(
                "--quick-gen-key",
                "apigw-java release check <release-check@apigw.invalid>",
                "ed25519",
                "sign",
                "1d"));
    if (!generated.succeeded()) {
      throw new IOException("gpg could not make the throwaway key:\n" + generated.output());
    }
    Processes.Result listed =
        Processes.run(
            home,
            environment,
            null,
            GPG_TIMEOUT,
            List.of("gpg", "--batch", "--with-colons", "--list-secret-keys"));
    String fingerprint =
        listed
            .output()
            .lines()
            .filter(line -> line.startsWith("fpr:"))
            .map(line -> line.split(":")[9])
            .findFirst()
            .orElseThrow(() -> new IOException("no fingerprint listed:\n" + listed.output()));
    return new ThrowawayKey(home, passphrase, fingerprint);
  }

  String fingerprint() {
    return fingerprint;
  }

  /** What the release build's environment needs to sign with this key. */
  Map<String, String> signingEnvironment() {
    return Map.of("GNUPGHOME", home.toString(), "MAVEN_GPG_PASSPHRASE", passphrase);
  }

  /**
   * Whether gpg accepts {@code signature} as this key's signature of {@code file}: it must exit
   * with success and report a valid signature made by this key's fingerprint.
   */
  boolean verifies(Path file, Path signature) throws IOException, InterruptedException {
    Processes.Result verified =
        Processes.run(
            home,
            Map.of("GNUPGHOME", home.toString()),
            null,
            GPG_TIMEOUT,
            List.of(
                "gpg",
                "--batch",
                "--status-fd",
                "1",
                "--verify",
                signature.toString(),
                file.toString()));
    return verified.succeeded() && verified.output().contains("[GNUPG:] VALIDSIG " + fingerprint);
  }

  @Override
  public void close() throws IOException {
    if (Processes.onPath("gpgconf")) {
      try {
        Processes.run(
            home,
            Map.of("GNUPGHOME", home.toString()),
            null,
            GPG_TIMEOUT,
            List.of("gpgconf", "--kill", "all"));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try (Stream<Path> files = Files.walk(home)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  /** A gpg command that reads the key's passphrase from standard input, then {@code args}. */
  static List<String> gpgWithPassphraseOnStdin(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of("gpg", "--batch", "--pinentry-mode", "loopback", "--passphrase-fd", "0"));
    command.addAll(List.of(args));
    return command;
  }
}
