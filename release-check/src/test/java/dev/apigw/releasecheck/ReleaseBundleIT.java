package dev.apigw.releasecheck;

import static dev.apigw.releasecheck.XmlTree.child;
import static dev.apigw.releasecheck.XmlTree.children;
import static dev.apigw.releasecheck.XmlTree.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The release profile, run for real but safely: {@code mvn -Prelease deploy} on a copy of this
 * repository, signed with a throwaway key, with the upload skipped (see {@link ReleaseBuild}); then
 * the Central bundle it made is read as the portal would. Published modules are the BOM's, the BOM
 * itself and the parent pom. Skips, saying why, without gpg, git or mvn on the PATH.
 */
class ReleaseBundleIT {
  private static final Path PROJECT = Path.of(System.getProperty("apigw.project.dir", ".."));
  private static final String SNAPSHOT = System.getProperty("apigw.version", "0.1.0-SNAPSHOT");
  private static final String VERSION = SNAPSHOT.replace("-SNAPSHOT", "");
  private static final Path WORK = Path.of("target", "release-check").toAbsolutePath();
  private static final Path COPY = WORK.resolve("repository");
  private static final Path BUNDLE = WORK.resolve("bundle");
  private static final List<String> CHECKSUMS = List.of("md5", "sha1", "sha256", "sha512");

  /**
   * Files beyond the usual ones that a module publishes: the tests jars of sdk-core (the fuzz
   * campaign runner the other modules' campaigns use) and sdk-model (the model-driven fixtures
   * sdk-client's tests reuse) go out with the rest, signed; sdk-testkit adds the emulator in one
   * jar (README, "The emulator in one jar").
   */
  private static final Map<String, List<String>> EXTRA =
      Map.of(
          "sdk-core", List.of("-tests.jar"),
          "sdk-model", List.of("-tests.jar"),
          "sdk-testkit", List.of("-standalone.jar"));

  private static ThrowawayKey key;
  private static List<String> published;

  @BeforeAll
  static void release() throws Exception {
    // CI's second pass, on JDK 25, leaves the release check to the first (README, "Set up").
    if (Boolean.getBoolean("apigw.releaseCheck.skip")) {
      System.out.println("release check skipped: -Dapigw.releaseCheck.skip=true");
    }
    assumeFalse(
        Boolean.getBoolean("apigw.releaseCheck.skip"),
        "release check skipped: -Dapigw.releaseCheck.skip=true");
    for (String program : List.of("git", "gpg", "mvn")) {
      if (!Processes.onPath(program)) {
        System.out.println("release check skipped: no " + program + " on the PATH");
      }
      assumeTrue(
          Processes.onPath(program), "release check skipped: no " + program + " on the PATH");
    }
    deleteRecursively(WORK);
    Files.createDirectories(COPY);
    ReleaseBuild.copyRepository(PROJECT, COPY);
    ReleaseBuild.setVersion(COPY, SNAPSHOT, VERSION);
    published = publishedModules();
    key = ThrowawayKey.generate();

    Path log = WORK.resolve("release-build.log");
    long started = System.nanoTime();
    int exitCode =
        ReleaseBuild.run(
            COPY,
            WORK,
            published,
            key,
            Path.of(System.getProperty("apigw.localRepository")),
            System.getProperty("apigw.maven.mode", "").equals("offline=true"),
            log);
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    System.out.printf(
        "release check: mvn -Prelease deploy took %d s (log: %s)%n", took.toSeconds(), log);
    assertThat(exitCode).as("the release build failed:\n%s", tail(log, 60)).isZero();
    unzip(COPY.resolve("target/central-publishing/central-bundle.zip"), BUNDLE);
  }

  @AfterAll
  static void dropKey() throws Exception {
    if (key != null) {
      key.close();
    }
  }

  @Test
  void theBundleHoldsEveryPublishedModuleAndNothingElse() throws Exception {
    try (Stream<Path> groups = Files.list(BUNDLE)) {
      assertThat(groups.map(path -> path.getFileName().toString())).containsExactly("dev");
    }
    try (Stream<Path> modules = Files.list(BUNDLE.resolve("dev/apigw"))) {
      assertThat(modules.map(path -> path.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(published);
    }
    for (String module : published) {
      Set<String> expected = new TreeSet<>();
      List<String> suffixes = new ArrayList<>(List.of(".pom", "-cyclonedx.json", "-cyclonedx.xml"));
      if (packaging(module).equals("jar")) {
        suffixes.addAll(List.of(".jar", "-sources.jar", "-javadoc.jar"));
      }
      suffixes.addAll(EXTRA.getOrDefault(module, List.of()));
      for (String suffix : suffixes) {
        expected.add(module + "-" + VERSION + suffix);
      }
      assertThat(artifacts(module)).as(module).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void everyFileIsSignedByTheKeyAndMatchesItsChecksums() throws Exception {
    for (String module : published) {
      for (String name : artifacts(module)) {
        Path file = directory(module).resolve(name);
        Path signature = directory(module).resolve(name + ".asc");
        assertThat(signature).as("signature of " + name).isRegularFile();
        assertThat(key.verifies(file, signature)).as("gpg --verify " + name + ".asc").isTrue();
        // The Central plugin writes checksums of the files, not of their signatures.
        for (String algorithm : CHECKSUMS) {
          Path checksum = Path.of(file + "." + algorithm);
          assertThat(checksum).as(algorithm + " of " + name).isRegularFile();
          assertThat(Files.readString(checksum, StandardCharsets.US_ASCII).trim())
              .as(algorithm + " of " + name)
              .isEqualTo(digest(file, algorithm));
        }
      }
    }
  }

  @Test
  void eachSbomListsExactlyTheModulesRuntimeDependenciesWithTheirLicences() throws IOException {
    for (String module : published) {
      Set<String> runtime = runtimeDependencies(module);
      Path base = directory(module).resolve(module + "-" + VERSION + "-cyclonedx");
      for (Sbom sbom :
          List.of(Sbom.readJson(Path.of(base + ".json")), Sbom.readXml(Path.of(base + ".xml")))) {
        assertThat(sbom.subject())
            .as(module + " SBOM subject")
            .isEqualTo("dev.apigw:" + module + ":" + VERSION);
        assertThat(sbom.coordinates())
            .as(module + " SBOM components against mvn dependency:list -DincludeScope=runtime")
            .doesNotHaveDuplicates()
            .containsExactlyInAnyOrderElementsOf(runtime);
        for (Sbom.Component component : sbom.components()) {
          assertThat(component.licenses())
              .as(module + " SBOM licence of " + component.coordinates())
              .isNotEmpty();
        }
      }
    }
  }

  @Test
  void everyPomCarriesTheMetadataCentralAsksFor() throws Exception {
    Element parent = pom("apigw-java-parent");
    for (String module : published) {
      Element pom = pom(module);
      // Name and description are the module's own, not inherited from the parent.
      assertThat(text(pom, "name")).as(module + " name").isNotBlank();
      assertThat(text(pom, "description")).as(module + " description").isNotBlank();
      for (String element : List.of("url", "licenses", "developers", "scm")) {
        boolean inherited = child(pom, "parent") != null && child(parent, element) != null;
        assertThat(child(pom, element) != null || inherited).as(module + " " + element).isTrue();
      }
    }
  }

  /** The BOM's modules, the BOM and the parent pom: what a release publishes. */
  private static List<String> publishedModules() throws Exception {
    Element bom = XmlTree.read(COPY.resolve("sdk-bom/pom.xml"));
    List<String> modules = new ArrayList<>(List.of("apigw-java-parent", "sdk-bom"));
    for (Element dependency :
        children(child(child(bom, "dependencyManagement"), "dependencies"), "dependency")) {
      modules.add(text(dependency, "artifactId"));
    }
    return modules;
  }

  /** The module's runtime dependencies as group:artifact:version, from dependency:list's file. */
  private static Set<String> runtimeDependencies(String module) throws IOException {
    Path moduleDirectory = module.equals("apigw-java-parent") ? COPY : COPY.resolve(module);
    Set<String> dependencies = new TreeSet<>();
    for (String line :
        Files.readAllLines(moduleDirectory.resolve(ReleaseBuild.RUNTIME_DEPENDENCIES))) {
      // "   group:artifact:type[:classifier]:version:scope -- module name"
      String[] parts = line.trim().split("\\s+")[0].split(":");
      if (line.startsWith("   ") && parts.length >= 5) {
        dependencies.add(parts[0] + ":" + parts[1] + ":" + parts[parts.length - 2]);
      }
    }
    return dependencies;
  }

  private static String packaging(String module) throws Exception {
    Element packaging = child(pom(module), "packaging");
    return packaging == null ? "jar" : packaging.getTextContent().trim();
  }

  private static Element pom(String module) throws Exception {
    return XmlTree.read(directory(module).resolve(module + "-" + VERSION + ".pom"));
  }

  private static Path directory(String module) {
    return BUNDLE.resolve("dev/apigw").resolve(module).resolve(VERSION);
  }

  /** The module's published files: neither signatures nor checksums. */
  private static List<String> artifacts(String module) throws IOException {
    try (Stream<Path> files = Files.list(directory(module))) {
      return files
          .map(path -> path.getFileName().toString())
          .filter(name -> !name.endsWith(".asc"))
          .filter(name -> CHECKSUMS.stream().noneMatch(algorithm -> name.endsWith("." + algorithm)))
          .sorted()
          .toList();
    }
  }

  private static String digest(Path file, String algorithm)
      throws IOException, NoSuchAlgorithmException {
    String name = algorithm.equals("md5") ? "MD5" : "SHA-" + algorithm.substring(3);
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance(name).digest(Files.readAllBytes(file)));
  }

  private static void unzip(Path zip, Path into) throws IOException {
    assertThat(zip).as("the Central bundle").isRegularFile();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        Path target = into.resolve(entry.getName()).normalize();
        assertThat(target.startsWith(into)).as("bundle entry " + entry.getName()).isTrue();
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(in, target);
        }
      }
    }
  }

  private static String tail(Path log, int lines) throws IOException {
    List<String> all = Files.readAllLines(log);
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (Files.exists(directory)) {
      try (Stream<Path> files = Files.walk(directory)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }
}
