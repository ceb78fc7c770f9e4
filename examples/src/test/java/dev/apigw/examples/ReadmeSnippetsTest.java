package dev.apigw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's Java code is the examples' code, verbatim: each {@code // README-BEGIN <section>} …
 * {@code // README-END} snippet of {@link ReadmeUsage} and {@code SampleApiTest} appears in the
 * README as a Java block, and every Java block in the README is one of those snippets. So the
 * README cannot show code that does not compile or that the tests do not run.
 */
class ReadmeSnippetsTest {
  private static final Path PROJECT = Path.of(System.getProperty("apigw.project.dir", ".."));
  private static final List<String> SOURCES =
      List.of(
          "examples/src/main/java/dev/apigw/examples/ReadmeUsage.java",
          "examples/src/main/java/dev/apigw/examples/ListRoutesAsync.java",
          "examples/src/main/java/dev/apigw/examples/TelemetryUsage.java",
          "examples/src/main/java/dev/apigw/examples/ObserveRoutes.java",
          "examples/src/main/java/dev/apigw/examples/WaitForVpcLink.java",
          "examples/src/main/java/dev/apigw/examples/WaitForResources.java",
          "sdk-micrometer/src/test/java/dev/apigw/micrometer/ClientMetersTest.java",
          "examples/src/test/java/dev/apigw/examples/SampleApiTest.java",
          "examples/src/test/java/dev/apigw/examples/StubbingTest.java");

  @Test
  void everyReadmeJavaBlockIsASnippetAndEverySnippetIsInTheReadme() throws IOException {
    Map<String, String> snippets = new LinkedHashMap<>();
    for (String source : SOURCES) {
      snippets.putAll(
          snippets(Files.readAllLines(PROJECT.resolve(source), StandardCharsets.UTF_8), source));
    }
    List<String> blocks =
        blocks(Files.readAllLines(PROJECT.resolve("README.md"), StandardCharsets.UTF_8), "java");

    assertThat(snippets).hasSizeGreaterThanOrEqualTo(8);
    assertThat(blocks)
        .as("the README's Java blocks")
        .containsExactlyInAnyOrderElementsOf(snippets.values());
  }

  @Test
  void markersAreCutExactly() {
    List<String> source =
        List.of(
            "class X {",
            "  void m() {",
            "    // README-BEGIN One",
            "    int a = 1;",
            "",
            "    if (a > 0) {",
            "      a++;",
            "    }",
            "    // README-END",
            "  }",
            "}");

    assertThat(snippets(source, "X.java"))
        .containsExactly(Map.entry("One", "int a = 1;\n\nif (a > 0) {\n  a++;\n}"));
  }

  /** Each snippet: the lines between its markers, without the indentation of its BEGIN marker. */
  static Map<String, String> snippets(List<String> source, String file) {
    Map<String, String> snippets = new LinkedHashMap<>();
    for (int i = 0; i < source.size(); i++) {
      String line = source.get(i);
      if (!line.trim().startsWith("// README-BEGIN ")) {
        continue;
      }
      int marker = line.indexOf("// README-BEGIN ");
      String name = line.substring(marker + "// README-BEGIN ".length()).trim();
      List<String> body = new ArrayList<>();
      int j = i + 1;
      while (j < source.size() && !source.get(j).trim().equals("// README-END")) {
        String text = source.get(j);
        body.add(
            text.length() >= marker && text.substring(0, marker).isBlank()
                ? text.substring(marker)
                : text.strip());
        j++;
      }
      if (j == source.size()) {
        throw new AssertionError(file + ": the snippet " + name + " has no README-END");
      }
      if (snippets.put(name, String.join("\n", body)) != null) {
        throw new AssertionError(file + ": two snippets are named " + name);
      }
      i = j;
    }
    return snippets;
  }

  /** The contents of the README's fenced blocks of {@code language}, in order. */
  static List<String> blocks(List<String> readme, String language) {
    List<String> blocks = new ArrayList<>();
    List<String> current = null;
    for (String line : readme) {
      if (current == null && line.equals("```" + language)) {
        current = new ArrayList<>();
      } else if (current != null && line.equals("```")) {
        blocks.add(String.join("\n", current));
        current = null;
      } else if (current != null) {
        current.add(line);
      }
    }
    return blocks;
  }
}
