package dev.apigw.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.apigw.benchmarks.report.ColdStartResult;
import dev.apigw.benchmarks.server.CannedResponses;
import dev.apigw.benchmarks.server.Fixtures;
import dev.apigw.benchmarks.server.LoopbackServer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The cold-start measurement: fresh JVMs that build a client, make one GetRoutes call (25 routes)
 * against a loopback server in this JVM, and exit; for apigw-java and for the AWS SDK for Java v2
 * (its default HTTP client, Apache), each on its own runtime classpath only, as a user's program
 * would have it.
 *
 * <p>The programs are {@code benchmarks/cold-start-ours} and {@code benchmarks/cold-start-aws};
 * their builds write their runtime classpaths to {@code target/runtime-classpath.txt}. Per SDK: one
 * untimed run first (it fills the page cache and warms the server), then {@code --runs} timed runs,
 * alternating between the SDKs; the median wall time (process start to exit, seen from here) and
 * the median CPU time (user + system of all the child's threads, which the child reads from {@code
 * /proc/self/stat} just before it exits); the classpath's jar count and bytes; and, in one more run
 * with {@code -Xlog:class+load}, the classes the JVM loaded, against an empty main's. The children
 * run with the JVM's defaults (no flags).
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.apigw.benchmarks.ColdStart [--runs 10]
 * [--out benchmarks/target/cold-start.json] [--modules benchmarks]}
 */
public final class ColdStart {
  private static final long CHILD_TIMEOUT_SECONDS = 120;

  private final Path java;
  private final String endpoint;
  private final long clockTicksPerSecond;
  private final Path work;

  private ColdStart(Path java, String endpoint, long clockTicksPerSecond, Path work) {
    this.java = java;
    this.endpoint = endpoint;
    this.clockTicksPerSecond = clockTicksPerSecond;
    this.work = work;
  }

  public static void main(String[] args) throws Exception {
    int runs = 10;
    Path out = Paths.get("benchmarks/target/cold-start.json");
    Path modules = Paths.get("benchmarks");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs":
          runs = Integer.parseInt(args[++i]);
          break;
        case "--out":
          out = Paths.get(args[++i]);
          break;
        case "--modules":
          modules = Paths.get(args[++i]);
          break;
        default:
          throw new IllegalArgumentException(
              "unknown argument "
                  + args[i]
                  + "; usage: ColdStart [--runs N] [--out FILE] [--modules DIR]");
      }
    }
    if (runs < 1) {
      throw new IllegalArgumentException("--runs must be at least 1");
    }
    ColdStartResult result = measure(runs, modules);
    Files.createDirectories(out.toAbsolutePath().getParent());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), result);
    for (ColdStartResult.Subject subject : result.subjects()) {
      System.out.printf(
          "%-10s wall %6.0f ms  cpu %6.0f ms  classpath %3d jars %6.2f MB  classes %5d (%d from jars)%n",
          subject.name(),
          subject.medianWallMillis(),
          subject.medianCpuMillis(),
          subject.classpathJars(),
          subject.classpathBytes() / 1e6,
          subject.classesLoaded(),
          subject.classesLoadedFromClasspath());
    }
    System.out.printf(
        "empty main wall %.0f ms, classes %d%n",
        result.emptyMainMedianWallMillis(), result.emptyMainClassesLoaded());
    System.out.println("wrote " + out);
  }

  /**
   * Runs the measurement with the programs under {@code modules} (the benchmarks module's
   * directory).
   */
  public static ColdStartResult measure(int runs, Path modules)
      throws IOException, InterruptedException {
    Program ours =
        Program.of(
            "ours",
            "apigw-java",
            modules.resolve("cold-start-ours"),
            "dev.apigw.benchmarks.coldstart.ours.FirstCall");
    Program aws =
        Program.of(
            "awsApache",
            "AWS SDK for Java v2 (Apache)",
            modules.resolve("cold-start-aws"),
            "dev.apigw.benchmarks.coldstart.aws.FirstCall");
    Path work = Files.createTempDirectory("cold-start");
    try (LoopbackServer server = LoopbackServer.start(CannedResponses.create())) {
      ColdStart coldStart =
          new ColdStart(
              Paths.get(System.getProperty("java.home"), "bin", "java"),
              server.endpoint().toString(),
              clockTicksPerSecond(),
              work);
      return coldStart.run(runs, List.of(ours, aws));
    } finally {
      try (Stream<Path> files = Files.list(work)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Files.deleteIfExists(file);
        }
      }
      Files.deleteIfExists(work);
    }
  }

  private ColdStartResult run(int runs, List<Program> programs)
      throws IOException, InterruptedException {
    List<List<Double>> walls = new ArrayList<>();
    List<List<Double>> cpus = new ArrayList<>();
    for (Program program : programs) {
      launch(program, false, false); // untimed: page cache, server warm-up
      walls.add(new ArrayList<>());
      cpus.add(new ArrayList<>());
    }
    for (int run = 0; run < runs; run++) {
      for (int p = 0; p < programs.size(); p++) {
        Launch launch = launch(programs.get(p), false, false);
        walls.get(p).add(launch.wallMillis);
        cpus.get(p).add(launch.cpuMillis);
      }
    }
    List<Double> emptyWalls = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      emptyWalls.add(launch(programs.get(0), true, false).wallMillis);
    }
    int emptyClasses = launch(programs.get(0), true, true).classesLoaded;

    List<ColdStartResult.Subject> subjects = new ArrayList<>();
    for (int p = 0; p < programs.size(); p++) {
      Program program = programs.get(p);
      Launch counted = launch(program, false, true);
      long bytes = 0;
      long nettyBytes = 0;
      int nettyJars = 0;
      for (Path entry : program.classpath) {
        long size = size(entry);
        bytes += size;
        String name = entry.toString().replace(File.separatorChar, '/');
        if (name.contains("/io/netty/") || name.contains("/netty-nio-client")) {
          nettyJars++;
          nettyBytes += size;
        }
      }
      subjects.add(
          new ColdStartResult.Subject(
              program.name,
              program.label,
              walls.get(p),
              cpus.get(p),
              median(walls.get(p)),
              median(cpus.get(p)),
              program.classpath.size(),
              bytes,
              nettyJars,
              nettyBytes,
              counted.classesLoaded,
              counted.classesLoadedFromClasspath));
    }
    return new ColdStartResult(
        runs, clockTicksPerSecond, java.toString(), median(emptyWalls), emptyClasses, subjects);
  }

  /**
   * One fresh JVM running {@code program}; with {@code empty} it exits at once, with {@code
   * countClasses} it logs.
   */
  private Launch launch(Program program, boolean empty, boolean countClasses)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    Path classLog = work.resolve(program.name + "-classes.log");
    Files.deleteIfExists(classLog);
    if (countClasses) {
      command.add("-Xlog:class+load=info:file=" + classLog);
    }
    command.add("-cp");
    command.add(program.launchClasspath());
    command.add(program.mainClass);
    if (empty) {
      command.add("--empty");
    } else {
      command.add(endpoint);
      command.add(Fixtures.API_25);
      command.add("--cpu");
    }
    Path stdout = work.resolve(program.name + ".out");
    Path stderr = work.resolve(program.name + ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    long start = System.nanoTime();
    Process process = builder.start();
    if (!process.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException(program.name + " did not exit within " + CHILD_TIMEOUT_SECONDS + " s");
    }
    double wallMillis = (System.nanoTime() - start) / 1e6;
    String output = Files.readString(stdout, StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      throw new IOException(
          program.name
              + " exited with "
              + process.exitValue()
              + ": "
              + output
              + Files.readString(stderr, StandardCharsets.UTF_8));
    }
    Launch launch = new Launch();
    launch.wallMillis = wallMillis;
    if (!empty) {
      if (!output.contains("routes=" + Fixtures.ROUTES_SMALL)) {
        throw new IOException(
            program.name + " did not read " + Fixtures.ROUTES_SMALL + " routes: " + output);
      }
      String ticks = valueOf(output, "cpuTicks=");
      launch.cpuMillis =
          ticks == null ? Double.NaN : Long.parseLong(ticks) * 1000.0 / clockTicksPerSecond;
    }
    if (countClasses) {
      List<String> lines = Files.readAllLines(classLog, StandardCharsets.UTF_8);
      for (String line : lines) {
        if (line.contains("[class,load]")) {
          launch.classesLoaded++;
          if (line.contains("source: file:") || line.contains("source: jar:")) {
            launch.classesLoadedFromClasspath++;
          }
        }
      }
    }
    return launch;
  }

  private static String valueOf(String output, String prefix) {
    for (String line : output.split("\n")) {
      if (line.startsWith(prefix)) {
        return line.substring(prefix.length()).trim();
      }
    }
    return null;
  }

  /** {@code getconf CLK_TCK}, else 100 (what Linux uses). */
  private static long clockTicksPerSecond() {
    try {
      Process process = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
      String out =
          new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
      if (process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0) {
        return Long.parseLong(out);
      }
    } catch (IOException | NumberFormatException e) {
      // the default below
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 100;
  }

  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private static long size(Path entry) throws IOException {
    if (Files.isDirectory(entry)) {
      try (Stream<Path> files = Files.walk(entry)) {
        return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
      }
    }
    return Files.size(entry);
  }

  private static final class Launch {
    double wallMillis;
    double cpuMillis = Double.NaN;
    int classesLoaded;
    int classesLoadedFromClasspath;
  }

  /** A cold-start program: its module's jar, and the SDK's runtime classpath its build wrote. */
  private static final class Program {
    final String name;
    final String label;
    final String mainClass;
    final Path jar;
    final List<Path> classpath;

    private Program(String name, String label, String mainClass, Path jar, List<Path> classpath) {
      this.name = name;
      this.label = label;
      this.mainClass = mainClass;
      this.jar = jar;
      this.classpath = classpath;
    }

    static Program of(String name, String label, Path module, String mainClass) throws IOException {
      Path target = module.resolve("target");
      Path classpathFile = target.resolve("runtime-classpath.txt");
      if (!Files.isRegularFile(classpathFile)) {
        throw new IOException(
            classpathFile
                + " is missing: build first, from the project root: "
                + "mvn -B -pl benchmarks -am package -DskipTests");
      }
      Path jar;
      try (Stream<Path> files = Files.list(target)) {
        jar =
            files
                .filter(file -> file.getFileName().toString().endsWith(".jar"))
                .findFirst()
                .orElseThrow(() -> new IOException("no jar in " + target + ": build first"));
      }
      List<Path> classpath = new ArrayList<>();
      String text = Files.readString(classpathFile, StandardCharsets.UTF_8).trim();
      for (String entry : text.isEmpty() ? new String[0] : text.split(File.pathSeparator)) {
        Path path = Paths.get(entry);
        if (!Files.exists(path)) {
          throw new IOException(path + " (in " + classpathFile + ") is missing: build again");
        }
        classpath.add(path);
      }
      return new Program(name, label, mainClass, jar, classpath);
    }

    String launchClasspath() {
      List<String> entries = new ArrayList<>();
      entries.add(jar.toString());
      for (Path entry : classpath) {
        entries.add(entry.toString());
      }
      return String.join(File.pathSeparator, entries);
    }

    @Override
    public String toString() {
      return name + " " + Arrays.asList(jar, classpath.size() + " jars");
    }
  }
}
