package dev.apigw.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds sdk-core's imports to the floors that docs/ARCHITECTURE.md draws: every import of a project
 * class runs to a package on a lower floor, and every package has a floor there.
 */
class PackageFloorsTest {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Path MAP = Path.of("../docs/ARCHITECTURE.md");
  private static final String BASE = "dev.apigw.core";
  private static final Pattern IMPORT =
      Pattern.compile(
          "^import (dev\\.apigw\\.core(?:\\.[a-z]\\w*)*)\\.([A-Z]\\w*)", Pattern.MULTILINE);
  private static final Pattern ROW =
      Pattern.compile("^\\| (\\d+) \\| ([^|]+) \\|", Pattern.MULTILINE);
  private static final Pattern NAME = Pattern.compile("`([\\w.]+)`");

  @Test
  void everyImportRunsDownAFloor() throws IOException {
    Map<String, Integer> floors = floorsFromTheMap();
    List<String> upOrLevel = new ArrayList<>();
    TreeSet<String> unplaced = new TreeSet<>();
    for (Path file : javaFiles()) {
      String from = packageOf(file);
      if (!floors.containsKey(from)) {
        unplaced.add(from);
        continue;
      }
      Matcher imports = IMPORT.matcher(Files.readString(file));
      while (imports.find()) {
        String to = imports.group(1);
        if (to.equals(from)) {
          continue;
        }
        if (!floors.containsKey(to)) {
          unplaced.add(to);
        } else if (floors.get(to) >= floors.get(from)) {
          upOrLevel.add(
              SOURCES.relativize(file)
                  + " (floor "
                  + floors.get(from)
                  + ") imports "
                  + to
                  + "."
                  + imports.group(2)
                  + " (floor "
                  + floors.get(to)
                  + ")");
        }
      }
    }
    assertThat(unplaced).as("packages without a floor in docs/ARCHITECTURE.md").isEmpty();
    assertThat(upOrLevel).as("imports that do not run down a floor").isEmpty();
  }

  @Test
  void theMapNamesNoPackageThatIsGone() throws IOException {
    TreeSet<String> present = new TreeSet<>();
    for (Path file : javaFiles()) {
      present.add(packageOf(file));
    }
    assertThat(present).containsAll(floorsFromTheMap().keySet());
  }

  /** The floor table of docs/ARCHITECTURE.md: package to floor. */
  private static Map<String, Integer> floorsFromTheMap() throws IOException {
    String map = Files.readString(MAP);
    int start = map.indexOf("## The floors of sdk-core");
    int end = map.indexOf("\n## ", start + 1);
    assertThat(start).as("docs/ARCHITECTURE.md has its floors section").isNotNegative();
    Matcher rows = ROW.matcher(map.substring(start, end < 0 ? map.length() : end));
    Map<String, Integer> floors = new TreeMap<>();
    while (rows.find()) {
      int floor = Integer.parseInt(rows.group(1));
      Matcher names = NAME.matcher(rows.group(2));
      while (names.find()) {
        String name = names.group(1);
        floors.put(name.startsWith(BASE) ? name : BASE + "." + name, floor);
      }
    }
    assertThat(floors).as("the floor table").isNotEmpty();
    return floors;
  }

  private static List<Path> javaFiles() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static String packageOf(Path file) {
    return SOURCES.relativize(file.getParent()).toString().replace('/', '.');
  }
}
