package dev.apigw.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The fenced code blocks of one README section, so that a test can run what the README shows. */
final class ReadmeBlocks {
  private ReadmeBlocks() {}

  /**
   * The blocks fenced as {@code language} between the heading {@code heading} (such as {@code "###
   * Run the emulator on its own"}) and the next heading of its level or above; each block's lines
   * joined by newlines.
   */
  static List<String> of(Path readme, String heading, String language) throws IOException {
    List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
    int start = lines.indexOf(heading);
    if (start < 0) {
      throw new AssertionError("the README has no heading " + heading);
    }
    String level = heading.substring(0, heading.indexOf(' ') + 1);
    List<String> blocks = new ArrayList<>();
    String open = null; // the language of the block being read
    List<String> current = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (open == null) {
        if (isHeadingAtOrAbove(line, level)) {
          break;
        }
        if (line.startsWith("```")) {
          open = line.substring(3);
          current = new ArrayList<>();
        }
      } else if (line.equals("```")) {
        if (open.equals(language)) {
          blocks.add(String.join("\n", current));
        }
        open = null;
      } else {
        current.add(line);
      }
    }
    return blocks;
  }

  private static boolean isHeadingAtOrAbove(String line, String level) {
    if (!line.startsWith("#")) {
      return false;
    }
    int hashes = line.indexOf(' ');
    return hashes > 0 && hashes <= level.length() - 1 && line.substring(0, hashes).matches("#+");
  }
}
