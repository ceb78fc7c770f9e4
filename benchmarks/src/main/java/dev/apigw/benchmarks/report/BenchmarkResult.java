package dev.apigw.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One JMH result ({@code -rf json}): a benchmark method of a workload class, at one thread count.
 *
 * @param workload the benchmark class without its package and without {@code Benchmark} ({@code
 *     GetRoutes25})
 * @param subject the benchmark method ({@code ours}, {@code awsApache}, ...)
 * @param threads benchmark threads sharing the subject's client
 * @param score mean time per operation, in {@code unit}
 * @param scoreError half-width of JMH's 99.9% confidence interval, NaN with too few iterations
 * @param unit {@code us/op}
 * @param allocBytesPerOp {@code gc.alloc.rate.norm}, NaN when the run had no {@code -prof gc}
 * @param jdkVersion the forked JVM's {@code java.version}
 * @param vmName its {@code java.vm.name}
 * @param vmVersion its {@code java.vm.version}
 * @param jmhVersion the JMH version
 * @param forks forks
 * @param warmup {@code warmupIterations x warmupTime}, as JMH prints it ({@code 3 x 2 s})
 * @param measurement {@code measurementIterations x measurementTime}
 */
public record BenchmarkResult(
    String workload,
    String subject,
    int threads,
    double score,
    double scoreError,
    String unit,
    double allocBytesPerOp,
    String jdkVersion,
    String vmName,
    String vmVersion,
    String jmhVersion,
    int forks,
    String warmup,
    String measurement) {

  private static final String SUFFIX = "Benchmark";

  /** The results in a JMH JSON result file. */
  public static List<BenchmarkResult> read(Path file) throws IOException {
    return parse(new ObjectMapper().readTree(file.toFile()));
  }

  /** The results in JMH's JSON: an array with one object per benchmark. */
  public static List<BenchmarkResult> parse(JsonNode array) {
    List<BenchmarkResult> results = new ArrayList<>();
    for (JsonNode run : array) {
      String benchmark = run.path("benchmark").asText();
      int dot = benchmark.lastIndexOf('.');
      String className = benchmark.substring(benchmark.lastIndexOf('.', dot - 1) + 1, dot);
      String workload =
          className.endsWith(SUFFIX)
              ? className.substring(0, className.length() - SUFFIX.length())
              : className;
      JsonNode primary = run.path("primaryMetric");
      JsonNode alloc = run.path("secondaryMetrics").path("gc.alloc.rate.norm");
      results.add(
          new BenchmarkResult(
              workload,
              benchmark.substring(dot + 1),
              run.path("threads").asInt(),
              number(primary.path("score")),
              number(primary.path("scoreError")),
              primary.path("scoreUnit").asText(),
              alloc.isMissingNode() ? Double.NaN : number(alloc.path("score")),
              run.path("jdkVersion").asText(),
              run.path("vmName").asText(),
              run.path("vmVersion").asText(),
              run.path("jmhVersion").asText(),
              run.path("forks").asInt(),
              run.path("warmupIterations").asInt() + " x " + run.path("warmupTime").asText(),
              run.path("measurementIterations").asInt()
                  + " x "
                  + run.path("measurementTime").asText()));
    }
    return results;
  }

  /** JMH writes "NaN" as a string where it has no number. */
  private static double number(JsonNode node) {
    if (node.isNumber()) {
      return node.doubleValue();
    }
    try {
      return Double.parseDouble(node.asText());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** Operations per second of all threads together: threads / mean time per operation. */
  public double throughputPerSecond() {
    double seconds =
        unit.startsWith("us")
            ? score / 1e6
            : unit.startsWith("ms") ? score / 1e3 : unit.startsWith("ns") ? score / 1e9 : score;
    return threads / seconds;
  }
}
