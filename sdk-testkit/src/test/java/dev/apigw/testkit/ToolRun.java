package dev.apigw.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One run of an outside tool (the AWS CLI, python3, java) to its end, kept off this machine's AWS
 * profiles, instance metadata and proxies: what it printed, standard error included, and its exit
 * code.
 */
final class ToolRun {
  final int exitCode;
  final String output;

  private ToolRun(int exitCode, String output) {
    this.exitCode = exitCode;
    this.output = output;
  }

  /** Runs {@code command} with {@code env} over the isolated environment. */
  static ToolRun of(List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    for (String name :
        List.of(
            "AWS_ACCESS_KEY_ID",
            "AWS_SECRET_ACCESS_KEY",
            "AWS_SESSION_TOKEN",
            "AWS_PROFILE",
            "AWS_REGION",
            "AWS_ENDPOINT_URL",
            "HTTP_PROXY",
            "HTTPS_PROXY",
            "http_proxy",
            "https_proxy")) {
      environment.remove(name);
    }
    environment.put("AWS_CONFIG_FILE", "/dev/null");
    environment.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
    environment.put("AWS_EC2_METADATA_DISABLED", "true");
    environment.put("AWS_PAGER", "");
    environment.put("NO_PROXY", "127.0.0.1,localhost");
    environment.putAll(env);
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("timed out: " + command);
    }
    return new ToolRun(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  /** The first of {@code candidates} that runs {@code args} successfully, or null. */
  static @Nullable String firstThatRuns(List<String> candidates, String... args) {
    for (String candidate : candidates) {
      List<String> command = new ArrayList<>(List.of(candidate));
      command.addAll(List.of(args));
      try {
        if (of(command, Map.of()).exitCode == 0) {
          return candidate;
        }
      } catch (IOException e) {
        // not there: try the next
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return null;
  }
}
