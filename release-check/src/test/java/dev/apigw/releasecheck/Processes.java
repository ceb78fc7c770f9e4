package dev.apigw.releasecheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the programs the check drives (git, gpg, mvn): one call, its exit code and its output. */
final class Processes {
  private Processes() {}

  /** What a finished process gave: its exit code and its standard output and error, merged. */
  record Result(int exitCode, String output) {
    boolean succeeded() {
      return exitCode == 0;
    }
  }

  /** Whether {@code program} is an executable file in one of the PATH's directories. */
  static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String directory : path.split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(directory, program);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs the command in {@code directory} with {@code environment} added, feeding it {@code input}.
   */
  static Result run(
      Path directory,
      Map<String, String> environment,
      String input,
      Duration timeout,
      List<String> command)
      throws IOException, InterruptedException {
    Path output = Files.createTempFile("apigw-process", ".out");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(output.toFile());
      builder.environment().putAll(environment);
      int exitCode = waitFor(builder.start(), input, timeout, command);
      return new Result(exitCode, Files.readString(output, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(output);
    }
  }

  /** Runs the command with its output going to {@code log}; gives the exit code. */
  static int runLogged(
      Path directory,
      Map<String, String> environment,
      Path log,
      Duration timeout,
      List<String> command)
      throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    return waitFor(builder.start(), null, timeout, command);
  }

  private static int waitFor(Process process, String input, Duration timeout, List<String> command)
      throws IOException, InterruptedException {
    try (var stdin = process.getOutputStream()) {
      if (input != null) {
        stdin.write(input.getBytes(StandardCharsets.UTF_8));
      }
    }
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new IOException(command.get(0) + " did not finish within " + timeout);
    }
    return process.exitValue();
  }
}
