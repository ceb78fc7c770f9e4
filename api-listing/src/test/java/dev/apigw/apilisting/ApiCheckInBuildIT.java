package dev.apigw.apilisting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check as {@code mvn verify} runs it, end to end: a nested offline build of a small reactor
 * made of a copy of this tool and a fixture module whose parent is the project's root pom, so the
 * root's {@code api-listing} profile (activated by the fixture's {@code api/} directory), its
 * classpath step and its {@code exec:java} call are the ones under test. The fixture's committed
 * listing is that of {@link ApiListingTest}'s classes; its sources carry an unlisted change. The
 * build fails with the diff; {@code -Dapi.update=true} rewrites the listing and passes.
 */
class ApiCheckInBuildIT {

  @TempDir Path work;

  @Test
  void verifyFailsWithTheDiffOnAnUnlistedChangeAndApiUpdateRewritesTheListing()
      throws IOException, InterruptedException {
    Path rootPom = Path.of(System.getProperty("apigw.project.dir"), "pom.xml");
    Path tool = Path.of(System.getProperty("apigw.api-listing.dir"));
    copyTool(tool, work.resolve("api-listing"), rootPom);
    Path fixture = work.resolve("fixture-lib");
    Files.createDirectories(fixture);
    Files.writeString(fixture.resolve("pom.xml"), fixturePom(fixture.resolve("pom.xml"), rootPom));
    for (Map.Entry<String, String> source : ApiCheckTest.changedApi().entrySet()) {
      Path file = fixture.resolve("src/main/java").resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
    }
    Path listing = fixture.resolve("api/fixture-lib.api");
    ApiCheck.run(
        listing,
        Fixtures.compile(work.resolve("v1"), ApiListingTest.V1, List.of()),
        List.of(),
        true);
    String committed = Files.readString(listing);
    Files.writeString(
        work.resolve("pom.xml"),
        "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
            + "  <modelVersion>4.0.0</modelVersion>\n"
            + "  <groupId>fixture</groupId>\n"
            + "  <artifactId>fixture-reactor</artifactId>\n"
            + "  <version>1</version>\n"
            + "  <packaging>pom</packaging>\n"
            + "  <modules>\n"
            + "    <module>api-listing</module>\n"
            + "    <module>fixture-lib</module>\n"
            + "  </modules>\n"
            + "</project>\n");

    Build failed = maven();

    assertThat(failed.status).as(failed.output).isNotZero();
    assertThat(failed.output)
        .contains("exec-maven-plugin")
        .contains("(api-check) on project fixture-lib")
        .contains("The public API differs from its listing")
        .contains("(2 lines removed, 2 added)")
        .contains("@@ -8,12 +8,12 @@")
        .contains("-fixture.Shelf: public @fixture.Nullable T first()")
        .contains("+fixture.Shelf: public java.util.Optional<T> first()")
        .contains("+fixture.Shelf: public int count()")
        .contains("-fixture.Shelf: public Runnable task()")
        .contains("-Dapi.update=true");
    assertThat(Files.readString(listing)).isEqualTo(committed);

    Build updated = maven("-Dapi.update=true");

    assertThat(updated.status).as(updated.output).isZero();
    assertThat(Files.readAllLines(listing))
        .contains(
            "fixture.Shelf: public java.util.Optional<T> first()",
            "fixture.Shelf: public int count()")
        .doesNotContain("fixture.Shelf: public Runnable task()");
  }

  private Build maven(String... extra) throws IOException, InterruptedException {
    String home = System.getProperty("maven.home");
    Path launcher = home == null ? null : Path.of(home, "bin", "mvn");
    List<String> command = new ArrayList<>();
    command.add(launcher != null && Files.isExecutable(launcher) ? launcher.toString() : "mvn");
    command.addAll(
        List.of("-B", "-o", "-q", "verify", "-DskipTests", "-Dspotless.check.skip=true"));
    command.addAll(List.of(extra));
    Path log = work.resolve("build-" + extra.length + ".log");
    Process process =
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the nested build took over 5 minutes: " + Files.readString(log));
    }
    return new Build(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  /**
   * The tool's pom and main sources, its parent found at the project's root pom rather than next to
   * it.
   */
  private static void copyTool(Path from, Path to, Path rootPom) throws IOException {
    Files.createDirectories(to);
    Files.writeString(
        to.resolve("pom.xml"),
        withParentAt(to.resolve("pom.xml"), Files.readString(from.resolve("pom.xml")), rootPom));
    Path sources = from.resolve("src/main");
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Path target = to.resolve("src/main").resolve(sources.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
  }

  private static String fixturePom(Path pom, Path rootPom) {
    return withParentAt(
        pom,
        "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
            + "  <modelVersion>4.0.0</modelVersion>\n"
            + "  <parent>\n"
            + "    <groupId>dev.apigw</groupId>\n"
            + "    <artifactId>apigw-java-parent</artifactId>\n"
            + "    <version>"
            + projectVersion(rootPom)
            + "</version>\n"
            + "  </parent>\n"
            + "  <groupId>fixture</groupId>\n"
            + "  <artifactId>fixture-lib</artifactId>\n"
            + "  <properties><apigw.module.name>fixture.lib</apigw.module.name></properties>\n"
            // The fixture's deprecated package is a warning, which the root's -Werror would make an
            // error.
            + "  <build><plugins><plugin>\n"
            + "    <groupId>org.apache.maven.plugins</groupId>\n"
            + "    <artifactId>maven-compiler-plugin</artifactId>\n"
            + "    <configuration><compilerArgs combine.self=\"override\"/></configuration>\n"
            + "  </plugin></plugins></build>\n"
            + "</project>\n",
        rootPom);
  }

  /**
   * Points a pom's parent at the project's root pom. The path must be relative: Maven 3.8 takes an
   * absolute one as relative to the module, misses, and quietly falls back to a parent of the same
   * version in the local repository.
   */
  private static String withParentAt(Path pom, String text, Path rootPom) {
    Path relative = pom.toAbsolutePath().getParent().relativize(rootPom.toAbsolutePath());
    return text.replaceFirst(
        "</parent>", "  <relativePath>" + relative + "</relativePath>\n  </parent>");
  }

  private static String projectVersion(Path rootPom) {
    try {
      String pom = Files.readString(rootPom);
      int artifact = pom.indexOf("<artifactId>apigw-java-parent</artifactId>");
      int start = pom.indexOf("<version>", artifact) + "<version>".length();
      return pom.substring(start, pom.indexOf("</version>", start));
    } catch (IOException e) {
      throw new AssertionError("cannot read " + rootPom, e);
    }
  }

  private static final class Build {
    final int status;
    final String output;

    Build(int status, String output) {
      this.status = status;
      this.output = output;
    }
  }
}
