package dev.apigw.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code --help} describes every flag the parser takes, and no flag it does not: the flags are read
 * from the parser's own {@code case "--…":} labels in {@code StandaloneOptions.java}, so a new flag
 * without a line in the help fails here.
 */
class StandaloneHelpTest {
  private static final Path SOURCE =
      Path.of(
          System.getProperty("apigw.project.dir", ".."),
          "sdk-testkit/src/main/java/dev/apigw/testkit/StandaloneOptions.java");

  @Test
  void everyFlagTheParserTakesHasItsOwnLineInTheHelp() throws IOException {
    Set<String> parsed =
        matches(
            Pattern.compile("case \"(--[a-z-]+)\":"),
            Files.readString(SOURCE, StandardCharsets.UTF_8));
    String help = help();

    assertThat(parsed).as("the parser's flags").hasSizeGreaterThanOrEqualTo(11).contains("--help");
    for (String flag : parsed) {
      assertThat(help).as("help for " + flag).containsPattern("(?m)^  " + flag + "( \\S+)?  \\S");
      assertThat(help).as("synopsis of " + flag).contains("[" + flag);
    }
    assertThat(matches(Pattern.compile("(--[a-z][a-z-]*)"), help))
        .as("the flags the help names")
        .isEqualTo(parsed);
  }

  @Test
  void theHelpNamesBothWaysToStartIt() {
    assertThat(help())
        .contains(
            "usage: java -jar sdk-testkit-<version>-standalone.jar",
            "or: java -cp <classpath> dev.apigw.testkit.ApiGatewayV2Emulator");
  }

  static String help() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      StandaloneOptions.usage(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static Set<String> matches(Pattern pattern, String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }
}
