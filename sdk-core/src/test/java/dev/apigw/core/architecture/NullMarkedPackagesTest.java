package dev.apigw.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every package of the published modules' hand-written sources is JSpecify's {@code @NullMarked},
 * and {@code Nullable} means JSpecify's everywhere, so that IDEs and Kotlin read the SDK's
 * nullness. The generated packages get the same from the generator (its golden files hold them).
 */
class NullMarkedPackagesTest {
  private static final Pattern NULLABLE_IMPORT =
      Pattern.compile("^import ([\\w.]+)\\.Nullable;", Pattern.MULTILINE);

  @ParameterizedTest
  @ValueSource(strings = {"sdk-core", "sdk-testkit", "sdk-opentelemetry", "sdk-micrometer"})
  void everyPackageIsNullMarked(String module) throws IOException {
    Path sources = Path.of("..", module, "src/main/java");
    Set<Path> packages = packagesOf(sources);
    assertThat(packages).as("packages of %s", module).isNotEmpty();

    List<Path> unmarked = new ArrayList<>();
    for (Path dir : packages) {
      Path info = dir.resolve("package-info.java");
      if (!Files.exists(info)
          || !Files.readString(info, StandardCharsets.UTF_8).contains("\n@NullMarked\n")) {
        unmarked.add(sources.relativize(dir));
      }
    }
    assertThat(unmarked).as("packages of %s without @NullMarked", module).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"sdk-core", "sdk-testkit", "sdk-opentelemetry", "sdk-micrometer"})
  void nullableIsJSpecifys(String module) throws IOException {
    Set<String> imported = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("..", module, "src"))) {
      for (Path file :
          files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
        Matcher m = NULLABLE_IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          imported.add(m.group(1));
        }
      }
    }
    assertThat(imported).isSubsetOf(Set.of("org.jspecify.annotations"));
  }

  private static Set<Path> packagesOf(Path sources) throws IOException {
    try (Stream<Path> files = Files.walk(sources)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !f.getFileName().toString().equals("module-info.java"))
          .map(Path::getParent)
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
