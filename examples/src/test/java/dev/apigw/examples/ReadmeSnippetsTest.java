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
 * The README's Java code is {@link ReadmeUsage}'s, verbatim: each {@code // README: <section>} snippet there appears
 * in the README as a Java block, and every Java block in the README is one of those snippets, so the README cannot
 * show code that does not compile or that {@code ReadmeUsageExampleTest} does not run.
 */
class ReadmeSnippetsTest {
  private static final Path PROJECT = Path.of(System.getProperty("apigw.project.dir", ".."));

  @Test
  void everyReadmeJavaBlockIsAReadmeUsageSnippetAndEverySnippetIsInTheReadme() throws IOException {
    Map<String, String> snippets = snippets(Files.readAllLines(
        PROJECT.resolve("examples/src/main/java/dev/apigw/examples/ReadmeUsage.java"), StandardCharsets.UTF_8));
    List<String> blocks = javaBlocks(Files.readAllLines(PROJECT.resolve("README.md"), StandardCharsets.UTF_8));

    assertThat(snippets).hasSizeGreaterThanOrEqualTo(7);
    assertThat(blocks).as("the README's Java blocks").containsExactlyInAnyOrderElementsOf(snippets.values());
  }

  /** Each snippet: the lines after its marker comment up to the next blank line, without the method's indentation. */
  static Map<String, String> snippets(List<String> source) {
    Map<String, String> snippets = new LinkedHashMap<>();
    for (int i = 0; i < source.size(); i++) {
      String line = source.get(i).trim();
      if (!line.startsWith("// README: ")) {
        continue;
      }
      int indent = source.get(i).indexOf('/');
      List<String> body = new ArrayList<>();
      for (int j = i + 1; j < source.size() && !source.get(j).isBlank(); j++) {
        String text = source.get(j);
        body.add(text.length() >= indent && text.substring(0, indent).isBlank() ? text.substring(indent) : text);
      }
      // A snippet that ends the method ends before the method's closing brace.
      while (!body.isEmpty() && body.get(body.size() - 1).trim().startsWith("}") && unbalanced(body)) {
        body.remove(body.size() - 1);
      }
      snippets.put(line.substring("// README: ".length()), String.join("\n", body));
    }
    return snippets;
  }

  private static boolean unbalanced(List<String> lines) {
    int depth = 0;
    for (String line : lines) {
      for (char c : line.toCharArray()) {
        depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      }
    }
    return depth < 0;
  }

  static List<String> javaBlocks(List<String> readme) {
    List<String> blocks = new ArrayList<>();
    List<String> current = null;
    for (String line : readme) {
      if (current == null && line.equals("```java")) {
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
