package dev.apigw.core.internal.endpoints;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The project's API Gateway rule set, read from sdk-model's sources; tests that need it skip,
 * saying so, without it.
 */
final class ProjectRuleSet {
  static final Path FILE = Paths.get("../sdk-model/src/main/model/endpoint-rule-set.json");

  private ProjectRuleSet() {}

  static EndpointRuleSet load() {
    assumeTrue(
        Files.isRegularFile(FILE),
        "Skipped: the project's rule set is not at " + FILE.toAbsolutePath());
    try (InputStream json = Files.newInputStream(FILE)) {
      return EndpointRuleSet.parse(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rule set's JSON as plain values, as the engine reads it. */
  static Object document() {
    assumeTrue(
        Files.isRegularFile(FILE),
        "Skipped: the project's rule set is not at " + FILE.toAbsolutePath());
    try (InputStream json = Files.newInputStream(FILE)) {
      return JsonTree.read(json, "the rule set");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
