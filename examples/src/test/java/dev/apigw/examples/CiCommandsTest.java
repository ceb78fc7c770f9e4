package dev.apigw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CI runs what the README says it runs: {@code .ci/run} calls the README's test command as written,
 * once on the default JDK and once with {@code JAVA_HOME} set to a JDK 25, as the README's "Set up"
 * shows it.
 */
class CiCommandsTest {
  private static final Path PROJECT = Path.of(System.getProperty("apigw.project.dir", ".."));
  private static final String TEST_COMMAND_COMMENT =
      "# build everything and run the whole test suite (what CI runs)";

  @Test
  void ciRunsTheReadmesTestCommandOnJdk17AndOnJdk25() throws IOException {
    List<String> readme = Files.readAllLines(PROJECT.resolve("README.md"), StandardCharsets.UTF_8);
    List<String> setUp = ReadmeSnippetsTest.blocks(section(readme, "## Set up"), "sh");
    assertThat(setUp).as("the README's Set up shell blocks").hasSizeGreaterThanOrEqualTo(2);

    List<String> first = List.of(setUp.get(0).split("\n"));
    String testCommand = first.get(first.indexOf(TEST_COMMAND_COMMENT) + 1);
    String jdk25Command = setUp.get(1);
    List<String> ci = new ArrayList<>();
    for (String line : Files.readAllLines(PROJECT.resolve(".ci/run"), StandardCharsets.UTF_8)) {
      ci.add(line.strip());
    }

    assertThat(testCommand).isEqualTo("mvn -B verify");
    assertThat(ci).contains(testCommand);
    assertThat(jdk25Command).matches("JAVA_HOME=\\S+ mvn -B verify( -D\\S+)*");
    String jdk25Arguments = jdk25Command.substring(jdk25Command.indexOf(' ') + 1);
    assertThat(ci).contains("JAVA_HOME=\"$jdk25\" " + jdk25Arguments);
  }

  private static List<String> section(List<String> lines, String heading) {
    int start = lines.indexOf(heading);
    assertThat(start).as("the README has %s", heading).isNotNegative();
    int end = start + 1;
    while (end < lines.size() && !lines.get(end).startsWith("## ")) {
      end++;
    }
    return lines.subList(start, end);
  }
}
