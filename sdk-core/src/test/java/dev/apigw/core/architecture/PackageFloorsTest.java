package dev.apigw.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds sdk-core's imports to the floors that docs/ARCHITECTURE.md draws: every import of a project
 * class runs to a package on a lower floor, and every package has a floor there. The root package
 * ({@code dev.apigw.core}) is the one exception to "the unit is a package": each of its files has a
 * floor of its own (a name with a capital letter in the table), and its files' references to each
 * other, which need no import, must run down a floor as imports do.
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
    Set<String> rootTypes = rootTypes();
    List<String> upOrLevel = new ArrayList<>();
    TreeSet<String> unplaced = new TreeSet<>();
    for (Path file : javaFiles()) {
      String from = unitOf(file);
      if (!floors.containsKey(from)) {
        unplaced.add(from);
        continue;
      }
      String source = Files.readString(file);
      Map<String, String> uses = new TreeMap<>();
      Matcher imports = IMPORT.matcher(source);
      while (imports.find()) {
        String to =
            imports.group(1).equals(BASE) ? BASE + "." + imports.group(2) : imports.group(1);
        uses.put(to, imports.group(1) + "." + imports.group(2));
      }
      if (packageOf(file).equals(BASE)) {
        for (String type : referencedRootTypes(source, rootTypes)) {
          uses.put(BASE + "." + type, BASE + "." + type);
        }
      }
      for (Map.Entry<String, String> use : uses.entrySet()) {
        String to = use.getKey();
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
                  + ") uses "
                  + use.getValue()
                  + " (floor "
                  + floors.get(to)
                  + ")");
        }
      }
    }
    assertThat(unplaced).as("packages and root files without a floor in the map").isEmpty();
    assertThat(upOrLevel).as("imports that do not run down a floor").isEmpty();
  }

  @Test
  void noPackageReachesItselfThroughItsImports() throws IOException {
    Map<String, Set<String>> imports = new TreeMap<>();
    for (Path file : javaFiles()) {
      String from = packageOf(file);
      Set<String> targets = imports.computeIfAbsent(from, p -> new TreeSet<>());
      Matcher found = IMPORT.matcher(Files.readString(file));
      while (found.find()) {
        if (!found.group(1).equals(from)) {
          targets.add(found.group(1));
        }
      }
    }
    List<String> circles = new ArrayList<>();
    for (String start : imports.keySet()) {
      Set<String> reached = new TreeSet<>();
      List<String> toVisit = new ArrayList<>(imports.get(start));
      while (!toVisit.isEmpty()) {
        String next = toVisit.remove(toVisit.size() - 1);
        if (reached.add(next)) {
          toVisit.addAll(imports.getOrDefault(next, Set.of()));
        }
      }
      if (reached.contains(start)) {
        circles.add(start);
      }
    }
    assertThat(circles).as("packages that import themselves through others").isEmpty();
  }

  @Test
  void theMapNamesNoPackageThatIsGone() throws IOException {
    TreeSet<String> present = new TreeSet<>();
    for (Path file : javaFiles()) {
      present.add(unitOf(file));
    }
    assertThat(present).containsAll(floorsFromTheMap().keySet());
  }

  @Test
  void aRootFilesReferencesAreFoundInItsCodeOnly() {
    String source =
        "package dev.apigw.core;\n"
            + "/** Not {@link Arguments}. */\n"
            + "public final class X { // WireEnum\n"
            + "  private final @Nullable String text = \"SdkResult\\\" ResponseMetadata\";\n"
            + "  private final char quote = '\\'';\n"
            + "  /* SdkRequest */ private final SdkResultish notOne = null;\n"
            + "}\n";

    assertThat(
            referencedRootTypes(
                source,
                Set.of(
                    "Arguments",
                    "Nullable",
                    "WireEnum",
                    "SdkResult",
                    "ResponseMetadata",
                    "SdkRequest")))
        .containsExactly("Nullable");
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

  /**
   * The types' source files: a package-info declares no type and imports only annotations, and the
   * module-info sits above the packages.
   */
  private static List<Path> javaFiles() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> !f.getFileName().toString().equals("package-info.java"))
          .filter(f -> !f.getFileName().toString().equals("module-info.java"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static String packageOf(Path file) {
    return SOURCES.relativize(file.getParent()).toString().replace('/', '.');
  }

  /** What has a floor: the file's package, or for a root-package file the file itself. */
  private static String unitOf(Path file) {
    String pkg = packageOf(file);
    String name = file.getFileName().toString();
    return pkg.equals(BASE)
        ? BASE + "." + name.substring(0, name.length() - ".java".length())
        : pkg;
  }

  /** The simple names of the root package's types, one a file. */
  private static Set<String> rootTypes() throws IOException {
    Set<String> types = new TreeSet<>();
    for (Path file : javaFiles()) {
      if (packageOf(file).equals(BASE)) {
        types.add(unitOf(file).substring(BASE.length() + 1));
      }
    }
    return types;
  }

  /** The root types that {@code source} names in its code (not in comments or literals). */
  static Set<String> referencedRootTypes(String source, Set<String> rootTypes) {
    String code = codeOf(source);
    Set<String> found = new TreeSet<>();
    for (String type : rootTypes) {
      if (Pattern.compile("\\b" + type + "\\b").matcher(code).find()) {
        found.add(type);
      }
    }
    return found;
  }

  /** A Java source without its comments and its string and character literals. */
  private static String codeOf(String source) {
    StringBuilder code = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? source.length() : end;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? source.length() : end + 2;
        code.append(' ');
      } else if (c == '"' || c == '\'') {
        i++;
        while (i < source.length() && source.charAt(i) != c) {
          i += source.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
        code.append(' ');
      } else {
        code.append(c);
        i++;
      }
    }
    return code.toString();
  }
}
