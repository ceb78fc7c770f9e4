package dev.apigw.core.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs one fuzz target through Jazzer's libFuzzer-compatible command line, in a JVM of its own:
 * coverage-guided, from the target's committed corpus ({@code src/test/resources/<package
 * path>/<Subject>FuzzTestInputs/fuzz}, read only) and a working corpus under {@code
 * target/fuzz-corpus/<Subject>FuzzTarget} that keeps what the fuzzer finds interesting (a short run
 * starts from an empty one under {@code target/fuzz-corpus-short}). Findings are written to {@code
 * target/fuzz-findings/<Subject>FuzzTarget/}. Run from the module's directory, as Maven runs tests;
 * {@code main} is what {@code fuzz/campaign.sh} calls.
 */
public final class FuzzCampaign {
  private static final Pattern DONE = Pattern.compile("Done (\\d+) runs in (\\d+) second");
  private static final int HEAP_MB = 512;
  private static final int RSS_LIMIT_MB = 2048;
  private static final int INPUT_TIMEOUT_SECONDS = 10;

  private final Class<?> target;

  private FuzzCampaign(Class<?> target) {
    this.target = target;
  }

  public static FuzzCampaign of(Class<?> target) {
    return new FuzzCampaign(target);
  }

  /** The outcome of one run: Jazzer's exit code, the inputs it ran, and how long the JVM took. */
  public static final class Result {
    public final int exitCode;
    public final long executions;
    public final long fuzzingSeconds;
    public final Duration elapsed;
    public final String output;

    Result(int exitCode, long executions, long fuzzingSeconds, Duration elapsed, String output) {
      this.exitCode = exitCode;
      this.executions = executions;
      this.fuzzingSeconds = fuzzingSeconds;
      this.elapsed = elapsed;
      this.output = output;
    }

    /** Inputs per second of fuzzing, as libFuzzer counts it (the JVM's start left out). */
    public long executionsPerSecond() {
      return executions / Math.max(1, fuzzingSeconds);
    }

    @Override
    public String toString() {
      return executions
          + " inputs, "
          + executionsPerSecond()
          + "/s over "
          + fuzzingSeconds
          + " s of fuzzing, "
          + elapsed.toSeconds()
          + " s with the JVM's start, exit code "
          + exitCode;
    }
  }

  /**
   * A short, reproducible run: seed 1, {@code runs} inputs, a working corpus emptied first.
   *
   * @param limit how long the whole JVM may take before it is stopped
   */
  public Result shortRun(int runs, Duration limit) throws IOException, InterruptedException {
    Path corpus = Paths.get("target/fuzz-corpus-short", target.getSimpleName());
    deleteRecursively(corpus);
    // Compiling with C1 only halves the CPU a short run spends, most of it on the JVM's start.
    return run(
        corpus, List.of("-XX:TieredStopAtLevel=1"), List.of("-seed=1", "-runs=" + runs), limit);
  }

  /** A long run for {@code duration}, keeping the working corpus of earlier long runs. */
  public Result longRun(Duration duration) throws IOException, InterruptedException {
    return run(
        workingCorpus(),
        List.of(),
        List.of("-max_total_time=" + duration.toSeconds(), "-print_final_stats=1"),
        duration.plusMinutes(2));
  }

  /** The committed corpus: the regression inputs of {@code <Subject>FuzzTest.fuzz}. */
  public Path committedCorpus() {
    String testClass = target.getSimpleName().replaceFirst("FuzzTarget$", "FuzzTest");
    return Paths.get("src/test/resources", target.getPackageName().replace('.', '/'))
        .resolve(testClass + "Inputs")
        .resolve("fuzz");
  }

  public Path workingCorpus() {
    return Paths.get("target/fuzz-corpus", target.getSimpleName());
  }

  private Result run(
      Path workingCorpus, List<String> jvmFlags, List<String> libFuzzerFlags, Duration limit)
      throws IOException, InterruptedException {
    Path corpus = Files.createDirectories(workingCorpus);
    Path findings =
        Files.createDirectories(Paths.get("target/fuzz-findings", target.getSimpleName()));
    Path log = Files.createTempFile("fuzz-" + target.getSimpleName(), ".log");
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + HEAP_MB + "m");
    command.add("-XX:+UseSerialGC");
    command.addAll(jvmFlags);
    command.add("-cp");
    command.add(classPath());
    command.add("com.code_intelligence.jazzer.Jazzer");
    command.add("--target_class=" + target.getName());
    command.add("--instrumentation_includes=dev.apigw.**");
    command.add("--custom_hook_includes=dev.apigw.**");
    command.addAll(libFuzzerFlags);
    command.add("-rss_limit_mb=" + RSS_LIMIT_MB);
    command.add("-timeout=" + INPUT_TIMEOUT_SECONDS);
    command.add("--reproducer_path=" + findings.toAbsolutePath());
    command.add("-artifact_prefix=" + findings.toAbsolutePath() + "/");
    command.add(corpus.toString());
    command.add(committedCorpus().toString());
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor();
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    Matcher done = DONE.matcher(output);
    boolean finished = done.find();
    long executions = finished ? Long.parseLong(done.group(1)) : 0;
    long fuzzingSeconds = finished ? Long.parseLong(done.group(2)) : 0;
    int exitCode = process.isAlive() ? -1 : process.exitValue();
    return new Result(exitCode, executions, fuzzingSeconds, elapsed, output);
  }

  /** Surefire runs tests from a manifest-only jar; the real class path is in this property. */
  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null ? surefire : System.getProperty("java.class.path");
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    }
  }

  /**
   * {@code FuzzCampaign TARGET_CLASS SECONDS}: a long run of one target; prints its output and
   * exits with Jazzer's exit code.
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: FuzzCampaign TARGET_CLASS SECONDS");
      System.exit(2);
    }
    FuzzCampaign campaign = of(Class.forName(args[0]));
    Result result = campaign.longRun(Duration.ofSeconds(Long.parseLong(args[1])));
    System.out.println(result.output);
    System.out.println(args[0] + ": " + result);
    System.exit(result.exitCode);
  }
}
