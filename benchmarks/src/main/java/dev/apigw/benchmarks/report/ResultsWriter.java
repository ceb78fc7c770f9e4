package dev.apigw.benchmarks.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns JMH's results and the cold-start measurement into {@code benchmarks/RESULTS.md}: the
 * machine and JDK, the goals as measured ratios, then per workload and thread count the
 * time and the bytes allocated per call of every subject with the ratios to the raw floor and to
 * the AWS SDK, and the cold start. A pure function of its inputs.
 */
public final class ResultsWriter {
  /** Ours, the AWS SDK's two HTTP clients, the raw floors: the columns, in this order. */
  private static final Map<String, String> SUBJECTS = new LinkedHashMap<>();

  /**
   * Workload class names (without {@code Benchmark}) and what they do: the sections, in this order.
   */
  private static final Map<String, String> WORKLOADS = new LinkedHashMap<>();

  static {
    SUBJECTS.put("ours", "ours");
    SUBJECTS.put("oursWithTelemetry", "ours, OpenTelemetry on");
    SUBJECTS.put("awsApache", "AWS SDK (Apache)");
    SUBJECTS.put("awsUrlConnection", "AWS SDK (URLConnection)");
    SUBJECTS.put("rawTree", "raw tree");
    SUBJECTS.put("rawTreeSigned", "raw tree, signed");
    SUBJECTS.put("rawStreaming", "raw streaming");

    WORKLOADS.put("GetRoutes25", "GetRoutes, 25 routes (about 7 KB), one call");
    WORKLOADS.put("GetRoutes500", "GetRoutes, 500 routes in one page (about 145 KB), one call");
    WORKLOADS.put(
        "CreateRoute", "CreateRoute: a signed POST with a JSON body, answered 201 with the route");
    WORKLOADS.put(
        "UpdateRoute", "UpdateRoute: a signed PATCH with a JSON body, answered 200 with the route");
    WORKLOADS.put(
        "NotFound",
        "An error: GetRoutes answered 404 NotFoundException, decoded into each subject's error");
    WORKLOADS.put(
        "Paginate20Pages",
        "Paginating 20 pages of 25 routes, every route read (20 calls per operation)");
  }

  private static final String OURS = "ours";
  private static final String FLOOR = "rawTree";
  private static final String AWS = "awsApache";

  /**
   * How the run was made.
   *
   * @param quick a smoke run ({@code --quick}): the report says its numbers are not to be quoted
   * @param command the command that made it
   * @param commit the commit measured, such as {@code 1a2b3c4} or {@code 1a2b3c4 (with local
   *     changes)}
   * @param date when, such as {@code 2026-08-30 14:05 UTC}
   */
  public record Run(boolean quick, String command, String commit, String date) {}

  private final List<BenchmarkResult> results;
  private final ColdStartResult coldStart;
  private final Machine machine;
  private final Run run;
  private final StringBuilder md = new StringBuilder(16 * 1024);

  private ResultsWriter(
      List<BenchmarkResult> results, ColdStartResult coldStart, Machine machine, Run run) {
    this.results = results;
    this.coldStart = coldStart;
    this.machine = machine;
    this.run = run;
  }

  /** The Markdown; {@code coldStart} may be null (not measured). */
  public static String write(
      List<BenchmarkResult> results, ColdStartResult coldStart, Machine machine, Run run) {
    return new ResultsWriter(results, coldStart, machine, run).write();
  }

  private String write() {
    md.append("# Benchmark results\n\n");
    if (run.quick()) {
      md.append(
          "> **Smoke run** (`--quick`): short warm-up and measurement, to show that the pipeline works end to "
              + "end. These numbers are not measurements: do not quote them. Run `benchmarks/run.sh` without `--quick` "
              + "for the real table.\n\n");
    }
    md.append("Written by `")
        .append(run.command())
        .append("` on ")
        .append(run.date())
        .append(", measuring commit `")
        .append(run.commit())
        .append("`. What is measured and how: [benchmarks/README.md](README.md).\n\n");
    machine();
    goals();
    for (String workload : workloads()) {
      workload(workload);
    }
    coldStart();
    return md.toString();
  }

  private void machine() {
    md.append("## Machine\n\n");
    md.append("- CPU: ")
        .append(machine.cpuModel())
        .append(", ")
        .append(machine.cpus())
        .append(machine.cpus() == 1 ? " core" : " cores")
        .append(" (logical CPUs); memory ")
        .append(machine.memory())
        .append('\n');
    md.append("- OS: ").append(machine.os()).append('\n');
    if (!results.isEmpty()) {
      BenchmarkResult first = results.get(0);
      md.append("- JDK: ")
          .append(first.jdkVersion())
          .append(", ")
          .append(first.vmName())
          .append(' ')
          .append(first.vmVersion())
          .append('\n');
      // Setting -> the workloads and thread counts run with it, in the order of the results.
      Map<String, Set<String>> settings = new LinkedHashMap<>();
      Set<Integer> threads = new TreeSet<>();
      for (BenchmarkResult result : results) {
        String setting =
            result.forks()
                + (result.forks() == 1 ? " fork" : " forks")
                + ", warm-up "
                + result.warmup()
                + ", measurement "
                + result.measurement();
        settings
            .computeIfAbsent(setting, s -> new LinkedHashSet<>())
            .add(
                result.workload()
                    + " at "
                    + result.threads()
                    + (result.threads() == 1 ? " thread" : " threads"));
        threads.add(result.threads());
      }
      md.append("- JMH ")
          .append(first.jmhVersion())
          .append(", average time per call: ")
          .append(describeSettings(settings))
          .append(" per benchmark; threads ")
          .append(join(threads))
          .append(" sharing one client");
      md.append(
              Double.isNaN(first.allocBytesPerOp())
                  ? ""
                  : "; allocation from `-prof gc` (`gc.alloc.rate.norm`)")
          .append('\n');
    }
    md.append('\n');
  }

  /**
   * One setting as it is; several each with where it was used, except the most used one, which is
   * "the rest".
   */
  private static String describeSettings(Map<String, Set<String>> settings) {
    if (settings.size() == 1) {
      return settings.keySet().iterator().next();
    }
    String most = null;
    for (Map.Entry<String, Set<String>> setting : settings.entrySet()) {
      if (most == null || setting.getValue().size() > settings.get(most).size()) {
        most = setting.getKey();
      }
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Set<String>> setting : settings.entrySet()) {
      if (!setting.getKey().equals(most)) {
        parts.add(setting.getKey() + " (" + String.join(", ", setting.getValue()) + ")");
      }
    }
    parts.add(most + " (the rest)");
    return String.join("; ", parts);
  }

  private void goals() {
    md.append("## The goals of issue 11\n\n");
    md.append(
            "Ratios from this run, one thread unless said; \"floor\" is raw OkHttp + Jackson tree. ")
        .append(
            "Throughput ratios are the inverse of the time ratios at the same thread count.\n\n");
    md.append("| goal | measured | met |\n| --- | --- | --- |\n");
    goalRatio(
        "GetRoutes (25 routes): time per call at most 1.1x the floor",
        "GetRoutes25",
        OURS,
        FLOOR,
        false,
        1.1,
        false);
    goalRatio(
        "GetRoutes (25 routes): bytes allocated per call at most the floor's",
        "GetRoutes25",
        OURS,
        FLOOR,
        true,
        1.0,
        false);
    goalRatio(
        "CreateRoute: time per call at most 1.1x the floor (signing included)",
        "CreateRoute",
        OURS,
        FLOOR,
        false,
        1.1,
        false);
    goalRatio(
        "CreateRoute: bytes allocated per call at most 1.5x the floor's",
        "CreateRoute",
        OURS,
        FLOOR,
        true,
        1.5,
        false);
    goalRatio(
        "GetRoutes (25 routes): single-thread throughput at least 2x the AWS SDK's (Apache)",
        "GetRoutes25",
        AWS,
        OURS,
        false,
        2.0,
        true);
    goalRatio(
        "CreateRoute: single-thread throughput at least 2x the AWS SDK's (Apache)",
        "CreateRoute",
        AWS,
        OURS,
        false,
        2.0,
        true);
    goalScaling("GetRoutes25", "GetRoutes (25 routes)");
    goalScaling("CreateRoute", "CreateRoute");
    if (coldStart != null && coldStart.subjects().size() >= 2) {
      ColdStartResult.Subject ours = coldStart.subjects().get(0);
      ColdStartResult.Subject aws = coldStart.subjects().get(1);
      double wall = ours.medianWallMillis() / aws.medianWallMillis();
      goalRow(
          "Cold start: wall time at most 0.6x the AWS SDK's",
          String.format(
              Locale.ROOT,
              "%s (median %.0f ms against %.0f ms)",
              ratio(wall),
              ours.medianWallMillis(),
              aws.medianWallMillis()),
          wall <= 0.6);
      double classpath = (double) ours.classpathBytes() / aws.classpathBytes();
      goalRow(
          "Runtime classpath at most half the AWS SDK's",
          String.format(
              Locale.ROOT,
              "%s (%s against %s)",
              ratio(classpath),
              megabytes(ours.classpathBytes()),
              megabytes(aws.classpathBytes())),
          classpath <= 0.5);
    } else {
      goalRow("Cold start and runtime classpath", "not measured in this run", null);
    }
    md.append('\n');
  }

  /** numerator / denominator of time or bytes at one thread; inverted: the goal is a minimum. */
  private void goalRatio(
      String goal,
      String workload,
      String numerator,
      String denominator,
      boolean bytes,
      double limit,
      boolean atLeast) {
    BenchmarkResult n = find(workload, numerator, 1);
    BenchmarkResult d = find(workload, denominator, 1);
    if (n == null || d == null) {
      goalRow(goal, "not measured in this run", null);
      return;
    }
    double nv = bytes ? n.allocBytesPerOp() : n.score();
    double dv = bytes ? d.allocBytesPerOp() : d.score();
    if (Double.isNaN(nv) || Double.isNaN(dv)) {
      goalRow(goal, "not measured in this run (no -prof gc)", null);
      return;
    }
    double r = nv / dv;
    String detail;
    if (atLeast) {
      detail =
          String.format(
              Locale.ROOT, "%s (%s: %.1f us, ours: %.1f us)", ratio(r), label(numerator), nv, dv);
    } else {
      detail =
          bytes
              ? String.format(Locale.ROOT, "%s (ours %s, floor %s)", ratio(r), kib(nv), kib(dv))
              : String.format(Locale.ROOT, "%s (ours %.1f us, floor %.1f us)", ratio(r), nv, dv);
    }
    goalRow(goal, detail, atLeast ? r >= limit : r <= limit);
  }

  /**
   * "With 8 threads, throughput scales with the cores": ours' throughput at the most threads over
   * one thread, against the floor's, which shares the same cores with the same in-process server;
   * met when ours scales at least 0.9x as well as the floor.
   */
  private void goalScaling(String workload, String name) {
    int most = threads().stream().mapToInt(Integer::intValue).max().orElse(1);
    String goal =
        name
            + ": throughput with "
            + (most == 1 ? 8 : most)
            + " threads scales with the cores (as the floor's does)";
    BenchmarkResult ours1 = find(workload, OURS, 1);
    BenchmarkResult oursN = find(workload, OURS, most);
    BenchmarkResult floor1 = find(workload, FLOOR, 1);
    BenchmarkResult floorN = find(workload, FLOOR, most);
    if (most == 1 || ours1 == null || oursN == null || floor1 == null || floorN == null) {
      goalRow(goal, "not measured in this run", null);
      return;
    }
    double ours = oursN.throughputPerSecond() / ours1.throughputPerSecond();
    double floor = floorN.throughputPerSecond() / floor1.throughputPerSecond();
    BenchmarkResult aws1 = find(workload, AWS, 1);
    BenchmarkResult awsN = find(workload, AWS, most);
    String aws =
        aws1 == null || awsN == null
            ? ""
            : ", AWS SDK (Apache) "
                + ratio(awsN.throughputPerSecond() / aws1.throughputPerSecond());
    goalRow(
        goal,
        String.format(
            Locale.ROOT,
            "%d threads / 1 thread: ours %s, floor %s%s; %d cores",
            most,
            ratio(ours),
            ratio(floor),
            aws,
            machine.cpus()),
        ours >= 0.9 * floor);
  }

  private void goalRow(String goal, String measured, Boolean met) {
    md.append("| ")
        .append(goal)
        .append(" | ")
        .append(measured)
        .append(" | ")
        .append(met == null ? "-" : met ? "yes" : "**no**")
        .append(" |\n");
  }

  private void workload(String workload) {
    md.append("## ")
        .append(workload)
        .append(": ")
        .append(WORKLOADS.getOrDefault(workload, workload))
        .append("\n\n");
    List<String> subjects = subjects(workload);
    List<Integer> threads = threads(workload);

    md.append(
        "Time per call, microseconds (mean ± 99.9% confidence half-width; lower is better):\n\n");
    header(
        subjects, "ours / floor", "ours / AWS SDK (Apache)", "throughput ours / AWS SDK (Apache)");
    for (int t : threads) {
      md.append("| ").append(t).append(" |");
      for (String subject : subjects) {
        BenchmarkResult r = find(workload, subject, t);
        md.append(' ').append(r == null ? "-" : time(r)).append(" |");
      }
      md.append(' ').append(ratioOf(workload, OURS, FLOOR, t, false)).append(" |");
      md.append(' ').append(ratioOf(workload, OURS, AWS, t, false)).append(" |");
      md.append(' ').append(ratioOf(workload, AWS, OURS, t, false)).append(" |\n");
    }
    md.append('\n');

    if (hasAllocation(workload)) {
      md.append(
          "Allocated per call, KiB (`gc.alloc.rate.norm`, all threads of the JVM; lower is better):\n\n");
      header(subjects, "ours / floor", "ours / AWS SDK (Apache)");
      for (int t : threads) {
        md.append("| ").append(t).append(" |");
        for (String subject : subjects) {
          BenchmarkResult r = find(workload, subject, t);
          md.append(' ')
              .append(
                  r == null || Double.isNaN(r.allocBytesPerOp())
                      ? "-"
                      : kibNumber(r.allocBytesPerOp()))
              .append(" |");
        }
        md.append(' ').append(ratioOf(workload, OURS, FLOOR, t, true)).append(" |");
        md.append(' ').append(ratioOf(workload, OURS, AWS, t, true)).append(" |\n");
      }
      md.append('\n');
    }

    md.append(
        "Throughput, calls per second of all threads together (threads / time per call; higher is better):\n\n");
    header(subjects);
    for (int t : threads) {
      md.append("| ").append(t).append(" |");
      for (String subject : subjects) {
        BenchmarkResult r = find(workload, subject, t);
        md.append(' ')
            .append(r == null ? "-" : String.format(Locale.ROOT, "%,.0f", r.throughputPerSecond()))
            .append(" |");
      }
      md.append('\n');
    }
    if (threads.size() > 1 && threads.get(0) == 1) {
      int most = threads.get(threads.size() - 1);
      md.append("| ").append(most).append(" / 1 |");
      for (String subject : subjects) {
        BenchmarkResult one = find(workload, subject, 1);
        BenchmarkResult many = find(workload, subject, most);
        md.append(' ')
            .append(
                one == null || many == null
                    ? "-"
                    : ratio(many.throughputPerSecond() / one.throughputPerSecond()))
            .append(" |");
      }
      md.append('\n');
    }
    md.append('\n');
  }

  private void header(List<String> subjects, String... ratios) {
    md.append("| threads |");
    for (String subject : subjects) {
      md.append(' ').append(label(subject)).append(" |");
    }
    for (String ratio : ratios) {
      md.append(' ').append(ratio).append(" |");
    }
    md.append("\n| ---: |");
    for (int i = 0; i < subjects.size() + ratios.length; i++) {
      md.append(" ---: |");
    }
    md.append('\n');
  }

  private void coldStart() {
    md.append(
        "## Cold start: a fresh JVM builds a client, makes one GetRoutes call (25 routes), exits\n\n");
    if (coldStart == null) {
      md.append("Not measured in this run.\n");
      return;
    }
    List<ColdStartResult.Subject> subjects = coldStart.subjects();
    md.append(coldStart.runs())
        .append(coldStart.runs() == 1 ? " run" : " runs")
        .append(" each, alternating, after one untimed run each; the JVM's defaults (`")
        .append(coldStart.java())
        .append("`, no flags); an empty main on the same JVM takes ")
        .append(String.format(Locale.ROOT, "%.0f ms", coldStart.emptyMainMedianWallMillis()))
        .append(" (median) and loads ")
        .append(coldStart.emptyMainClassesLoaded())
        .append(" classes.\n\n");
    md.append("| |");
    for (ColdStartResult.Subject s : subjects) {
      md.append(' ').append(s.label()).append(" |");
    }
    boolean pair = subjects.size() == 2;
    if (pair) {
      md.append(" ours / AWS SDK |");
    }
    md.append("\n| --- |");
    for (int i = 0; i < subjects.size() + (pair ? 1 : 0); i++) {
      md.append(" ---: |");
    }
    md.append('\n');

    row(
        "median wall time, process start to exit (min - max)",
        subjects,
        s ->
            String.format(
                Locale.ROOT,
                "%.0f ms (%.0f - %.0f)",
                s.medianWallMillis(),
                min(s.wallMillis()),
                max(s.wallMillis())),
        s -> s.medianWallMillis(),
        pair);
    row(
        "median CPU time, user + system, all threads",
        subjects,
        s ->
            Double.isNaN(s.medianCpuMillis())
                ? "-"
                : String.format(Locale.ROOT, "%.0f ms", s.medianCpuMillis()),
        s -> s.medianCpuMillis(),
        pair);
    row(
        "runtime classpath",
        subjects,
        s -> s.classpathJars() + " jars, " + megabytes(s.classpathBytes()),
        s -> (double) s.classpathBytes(),
        pair);
    boolean netty = subjects.stream().anyMatch(s -> s.nettyJars() > 0);
    if (netty) {
      row(
          "runtime classpath without netty (the AWS SDK's async HTTP client, which apigatewayv2 brings by default)",
          subjects,
          s ->
              (s.classpathJars() - s.nettyJars())
                  + " jars, "
                  + megabytes(s.classpathBytes() - s.nettyBytes()),
          s -> (double) (s.classpathBytes() - s.nettyBytes()),
          pair);
    }
    row(
        "classes loaded, whole run (`-Xlog:class+load`)",
        subjects,
        s -> String.valueOf(s.classesLoaded()),
        s -> (double) s.classesLoaded(),
        pair);
    row(
        "of those, beyond an empty main's",
        subjects,
        s -> String.valueOf(s.classesLoaded() - coldStart.emptyMainClassesLoaded()),
        s -> (double) (s.classesLoaded() - coldStart.emptyMainClassesLoaded()),
        pair);
    row(
        "of those, from the classpath's jars",
        subjects,
        s -> String.valueOf(s.classesLoadedFromClasspath()),
        s -> (double) s.classesLoadedFromClasspath(),
        pair);
    md.append('\n');
  }

  private void row(
      String name,
      List<ColdStartResult.Subject> subjects,
      java.util.function.Function<ColdStartResult.Subject, String> cell,
      java.util.function.ToDoubleFunction<ColdStartResult.Subject> value,
      boolean pair) {
    md.append("| ").append(name).append(" |");
    for (ColdStartResult.Subject s : subjects) {
      md.append(' ').append(cell.apply(s)).append(" |");
    }
    if (pair) {
      double r = value.applyAsDouble(subjects.get(0)) / value.applyAsDouble(subjects.get(1));
      md.append(' ').append(Double.isNaN(r) || Double.isInfinite(r) ? "-" : ratio(r)).append(" |");
    }
    md.append('\n');
  }

  private String ratioOf(
      String workload, String numerator, String denominator, int threads, boolean bytes) {
    BenchmarkResult n = find(workload, numerator, threads);
    BenchmarkResult d = find(workload, denominator, threads);
    if (n == null || d == null) {
      return "-";
    }
    double r = bytes ? n.allocBytesPerOp() / d.allocBytesPerOp() : n.score() / d.score();
    return Double.isNaN(r) || Double.isInfinite(r) ? "-" : ratio(r);
  }

  private BenchmarkResult find(String workload, String subject, int threads) {
    for (BenchmarkResult result : results) {
      if (result.workload().equals(workload)
          && result.subject().equals(subject)
          && result.threads() == threads) {
        return result;
      }
    }
    return null;
  }

  private boolean hasAllocation(String workload) {
    return results.stream()
        .anyMatch(r -> r.workload().equals(workload) && !Double.isNaN(r.allocBytesPerOp()));
  }

  private List<String> workloads() {
    Set<String> present = new LinkedHashSet<>();
    for (BenchmarkResult result : results) {
      present.add(result.workload());
    }
    List<String> ordered = new ArrayList<>();
    for (String known : WORKLOADS.keySet()) {
      if (present.remove(known)) {
        ordered.add(known);
      }
    }
    ordered.addAll(present);
    return ordered;
  }

  private List<String> subjects(String workload) {
    Set<String> present = new LinkedHashSet<>();
    for (BenchmarkResult result : results) {
      if (result.workload().equals(workload)) {
        present.add(result.subject());
      }
    }
    List<String> ordered = new ArrayList<>();
    for (String known : SUBJECTS.keySet()) {
      if (present.remove(known)) {
        ordered.add(known);
      }
    }
    ordered.addAll(present);
    return ordered;
  }

  private List<Integer> threads(String workload) {
    Set<Integer> threads = new TreeSet<>();
    for (BenchmarkResult result : results) {
      if (result.workload().equals(workload)) {
        threads.add(result.threads());
      }
    }
    return new ArrayList<>(threads);
  }

  private Set<Integer> threads() {
    Set<Integer> threads = new TreeSet<>();
    for (BenchmarkResult result : results) {
      threads.add(result.threads());
    }
    return threads;
  }

  private static String label(String subjectOrWorkload) {
    return SUBJECTS.getOrDefault(subjectOrWorkload, subjectOrWorkload);
  }

  private static String time(BenchmarkResult r) {
    String score = String.format(Locale.ROOT, "%.1f", r.score());
    return Double.isNaN(r.scoreError())
        ? score
        : score + String.format(Locale.ROOT, " ± %.1f", r.scoreError());
  }

  private static String ratio(double r) {
    return String.format(Locale.ROOT, "%.2fx", r);
  }

  private static String kibNumber(double bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / 1024);
  }

  private static String kib(double bytes) {
    return kibNumber(bytes) + " KiB";
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.2f MB", bytes / 1e6);
  }

  private static String join(Set<Integer> values) {
    List<String> parts = new ArrayList<>();
    for (int v : values) {
      parts.add(String.valueOf(v));
    }
    return String.join(", ", parts);
  }

  private static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  private static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }
}
