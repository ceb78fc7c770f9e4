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
 * Keeps sdk-core's files small enough to read in one sitting: none over 500 lines, and none on the
 * request path (the packages a call runs through) over 250.
 */
class FileSizeLimitsTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/apigw/core");
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

  @Test
  void noFileIsLongerThanItsLimit() throws IOException {
    List<String> tooLong = new ArrayList<>();
    for (Path file : javaFiles()) {
      String folder = SOURCES.relativize(file.getParent()).toString();
      int limit = REQUEST_PATH.contains(folder) ? 250 : 500;
      long lines = Files.readAllLines(file).size();
      if (lines > limit) {
        tooLong.add(SOURCES.relativize(file) + ": " + lines + " lines, the limit is " + limit);
      }
    }
    assertThat(tooLong).isEmpty();
  }

  @Test
  void everyRequestPathFolderExists() {
    for (String folder : REQUEST_PATH) {
      assertThat(SOURCES.resolve(folder)).as(folder).isDirectory();
    }
  }

  private static List<Path> javaFiles() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .sorted()
          .collect(Collectors.toList());
    }
  }
}
