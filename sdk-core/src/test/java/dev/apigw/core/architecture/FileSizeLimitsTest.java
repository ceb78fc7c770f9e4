package dev.apigw.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the hand-written sources small enough to read in one sitting: in sdk-core, no file on the
 * request path (the packages a call runs through) over 250 lines and none over 500; no generator
 * file over 300; no emulator file over 500. The client builder sits in a request-path package but
 * runs only at {@code build()}: a list of setters, it may reach 300. docs/ARCHITECTURE.md states
 * the same limits.
 */
class FileSizeLimitsTest {
  private static final Path CORE = Path.of("src/main/java/dev/apigw/core");
  private static final Path GENERATOR = Path.of("../sdk-codegen/src/main/java");
  private static final Path EMULATOR = Path.of("../sdk-testkit/src/main/java");
  private static final Set<String> REQUEST_PATH =
      Set.of(
          "client",
          "http",
          "paging",
          "auth/sigv4",
          "internal/runtime",
          "internal/pipeline",
          "internal/retry",
          "internal/http",
          "internal/errors",
          "internal/json");
  private static final Path BUILDER = Path.of("client/SdkClientBuilder.java");

  @Test
  void sdkCoreKeepsItsLimits() throws IOException {
    List<String> tooLong = new ArrayList<>();
    for (Path file : javaFiles(CORE)) {
      String folder = CORE.relativize(file.getParent()).toString();
      int limit = REQUEST_PATH.contains(folder) ? 250 : 500;
      check(file, CORE.relativize(file).equals(BUILDER) ? 300 : limit, tooLong);
    }
    assertThat(tooLong).isEmpty();
  }

  @Test
  void theGeneratorAndTheEmulatorKeepTheirLimits() throws IOException {
    List<String> tooLong = new ArrayList<>();
    for (Path file : javaFiles(GENERATOR)) {
      check(file, 300, tooLong);
    }
    for (Path file : javaFiles(EMULATOR)) {
      check(file, 500, tooLong);
    }
    assertThat(tooLong).isEmpty();
  }

  @Test
  void everyRequestPathFolderExists() {
    for (String folder : REQUEST_PATH) {
      assertThat(CORE.resolve(folder)).as(folder).isDirectory();
    }
  }

  private static void check(Path file, int limit, List<String> tooLong) throws IOException {
    int lines = Files.readAllLines(file).size();
    if (lines > limit) {
      tooLong.add(file + ": " + lines + " lines, the limit is " + limit);
    }
  }

  private static List<Path> javaFiles(Path root) throws IOException {
    assertThat(root).as("the sources of " + root).isDirectory();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .sorted()
          .collect(Collectors.toList());
    }
  }
}
