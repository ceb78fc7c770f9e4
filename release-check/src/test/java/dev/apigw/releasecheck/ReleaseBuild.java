package dev.apigw.releasecheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The release as a maintainer runs it, in a copy of the repository: the version without its
 * -SNAPSHOT (as a release has), {@code mvn -Prelease deploy} on the published modules with no
 * tests, no install into the shared local repository and no upload. The Central plugin still makes
 * its bundle, which is what the check reads. Beside the release, the same build writes each
 * module's runtime dependencies as Maven resolves them (dependency:list), the SBOMs' yardstick.
 */
final class ReleaseBuild {
  static final String RUNTIME_DEPENDENCIES = "target/runtime-dependencies.txt";
  private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(25);

  private ReleaseBuild() {}

  /**
   * Copies the files git knows of (tracked, and new ones not ignored) from {@code root} into {@code
   * copy}: what a clean clone plus the working tree's edits would hold, without any build output.
   */
  static void copyRepository(Path root, Path copy) throws IOException, InterruptedException {
    Processes.Result listed =
        Processes.run(
            root,
            Map.of(),
            null,
            Duration.ofMinutes(2),
            List.of("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"));
    if (!listed.succeeded()) {
      throw new IOException("git ls-files failed:\n" + listed.output());
    }
    for (String name : listed.output().split("\0")) {
      Path source = root.resolve(name);
      // A file deleted in the working tree is still listed until the deletion is committed.
      if (!name.isEmpty() && Files.isRegularFile(source)) {
        Path target = copy.resolve(name);
        Files.createDirectories(target.getParent());
        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
  }

  /** Rewrites every pom's {@code <version>snapshot</version>} to the release version. */
  static void setVersion(Path copy, String snapshot, String release) throws IOException {
    try (Stream<Path> files = Files.walk(copy)) {
      for (Path pom : files.filter(file -> file.endsWith("pom.xml")).toList()) {
        String text = Files.readString(pom, StandardCharsets.UTF_8);
        Files.writeString(
            pom,
            text.replace(
                "<version>" + snapshot + "</version>", "<version>" + release + "</version>"),
            StandardCharsets.UTF_8);
      }
    }
  }

  /**
   * Runs the release build in {@code copy}, its output in {@code log}; gives Maven's exit code.
   * Offline, the outer build's mode, a settings file mirrors every repository to a directory that
   * does not exist, so that nothing is fetched (the Central and CycloneDX plugins refuse Maven's
   * offline switch, so -o cannot be used).
   */
  static int run(
      Path copy,
      Path work,
      List<String> modules,
      ThrowawayKey key,
      Path localRepository,
      boolean offline,
      Path log)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("mvn", "-B"));
    if (offline) {
      Path settings = work.resolve("offline-settings.xml");
      Files.writeString(
          settings, offlineSettings(work.resolve("no-remote")), StandardCharsets.UTF_8);
      command.addAll(List.of("-s", settings.toString()));
    }
    command.addAll(
        List.of(
            "-Dmaven.repo.local=" + localRepository,
            "-Prelease",
            "-pl",
            String.join(",", modules.stream().map(module -> ":" + module).toList()),
            "-am",
            "-DskipTests",
            // The outer build checked the format; the generated sources are still formatted.
            "-Dspotless.check.skip=true",
            "-Dmaven.install.skip=true",
            "-DskipUpload=true",
            "-Dgpg.keyname=" + key.fingerprint(),
            "deploy",
            "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:list",
            "-DincludeScope=runtime",
            "-DexcludeReactor=false",
            "-DoutputFile=" + RUNTIME_DEPENDENCIES));
    return Processes.runLogged(copy, key.signingEnvironment(), log, BUILD_TIMEOUT, command);
  }

  private static String offlineSettings(Path nowhere) {
    // The mirror keeps the id "central", under which the local repository recorded what it holds.
    return "<settings>\n"
        + "  <mirrors>\n"
        + "    <mirror>\n"
        + "      <id>central</id>\n"
        + "      <mirrorOf>*</mirrorOf>\n"
        + "      <url>"
        + nowhere.toUri()
        + "</url>\n"
        + "    </mirror>\n"
        + "  </mirrors>\n"
        + "</settings>\n";
  }
}
