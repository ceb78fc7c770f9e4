package dev.apigw.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsWriterTest {
  private static final Machine MACHINE =
      new Machine("AMD EPYC", 2, "24.0 GiB", "Debian GNU/Linux 12, Linux 6.1 amd64");
  private static final ResultsWriter.Run RUN =
      new ResultsWriter.Run(false, "benchmarks/run.sh", "abc1234", "2026-08-30 12:00 UTC");

  @Test
  void readsJmhJson() throws Exception {
    String json =
        "[{\"jmhVersion\":\"1.37\",\"benchmark\":\"dev.apigw.benchmarks.GetRoutes25Benchmark.ours\","
            + "\"mode\":\"avgt\",\"threads\":2,\"forks\":1,\"jdkVersion\":\"17.0.15\","
            + "\"vmName\":\"OpenJDK 64-Bit Server VM\",\"vmVersion\":\"17.0.15+6\",\"warmupIterations\":3,"
            + "\"warmupTime\":\"2 s\",\"measurementIterations\":5,\"measurementTime\":\"2 s\","
            + "\"primaryMetric\":{\"score\":120.5,\"scoreError\":\"NaN\",\"scoreUnit\":\"us/op\"},"
            + "\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":73775.2,\"scoreUnit\":\"B/op\"}}},"
            + "{\"benchmark\":\"dev.apigw.benchmarks.CreateRouteBenchmark.rawTree\",\"threads\":1,"
            + "\"primaryMetric\":{\"score\":80.0,\"scoreError\":4.5,\"scoreUnit\":\"us/op\"},\"secondaryMetrics\":{}}]";

    List<BenchmarkResult> results = BenchmarkResult.parse(new ObjectMapper().readTree(json));

    assertThat(results).hasSize(2);
    BenchmarkResult first = results.get(0);
    assertThat(first.workload()).isEqualTo("GetRoutes25");
    assertThat(first.subject()).isEqualTo("ours");
    assertThat(first.threads()).isEqualTo(2);
    assertThat(first.score()).isEqualTo(120.5);
    assertThat(first.scoreError()).isNaN();
    assertThat(first.allocBytesPerOp()).isEqualTo(73775.2);
    assertThat(first.warmup()).isEqualTo("3 x 2 s");
    assertThat(first.throughputPerSecond())
        .isCloseTo(2 / 120.5e-6, org.assertj.core.data.Offset.offset(0.01));
    assertThat(results.get(1).workload()).isEqualTo("CreateRoute");
    assertThat(results.get(1).scoreError()).isEqualTo(4.5);
    assertThat(results.get(1).allocBytesPerOp()).isNaN();
  }

  @Test
  void writesTheMachineTheGoalsAndATablePerWorkload() {
    List<BenchmarkResult> results = new ArrayList<>();
    results.add(result("GetRoutes25", "ours", 1, 100, 50 * 1024));
    results.add(result("GetRoutes25", "awsApache", 1, 300, 80 * 1024));
    results.add(result("GetRoutes25", "rawTree", 1, 95, 40 * 1024));
    results.add(result("GetRoutes25", "rawStreaming", 1, 80, 20 * 1024));
    results.add(result("GetRoutes25", "ours", 8, 400, 50 * 1024));
    results.add(result("GetRoutes25", "awsApache", 8, 1500, 80 * 1024));
    results.add(result("GetRoutes25", "rawTree", 8, 380, 40 * 1024));
    results.add(result("GetRoutes25", "rawStreaming", 8, 300, 20 * 1024));
    results.add(result("CreateRoute", "ours", 1, 100, 20 * 1024));
    results.add(result("CreateRoute", "rawTree", 1, 100, 10 * 1024));

    String md = ResultsWriter.write(results, null, MACHINE, RUN);

    assertThat(md).startsWith("# Benchmark results\n").doesNotContain("Smoke run");
    assertThat(md).contains("- CPU: AMD EPYC, 2 cores (logical CPUs); memory 24.0 GiB\n");
    assertThat(md).contains("- JDK: 17.0.15, OpenJDK 64-Bit Server VM 17.0.15+6\n");
    assertThat(md)
        .contains(
            "JMH 1.37, average time per call: 1 fork, warm-up 3 x 2 s, measurement 5 x 2 s per "
                + "benchmark; threads 1, 8 sharing one client");
    assertThat(md).contains("measuring commit `abc1234`");
    // goals
    assertThat(md)
        .contains(
            "| GetRoutes (25 routes): time per call at most 1.1x the floor | 1.05x (ours 100.0 us, "
                + "floor 95.0 us) | yes |");
    assertThat(md)
        .contains(
            "| GetRoutes (25 routes): bytes allocated per call at most the floor's | 1.25x (ours "
                + "50.0 KiB, floor 40.0 KiB) | **no** |");
    assertThat(md)
        .contains(
            "| GetRoutes (25 routes): single-thread throughput at least 2x the AWS SDK's (Apache) "
                + "| 3.00x (AWS SDK (Apache): 300.0 us, ours: 100.0 us) | yes |");
    assertThat(md)
        .contains("| CreateRoute: bytes allocated per call at most 1.5x the floor's | 2.00x");
    assertThat(md)
        .contains(
            "| CreateRoute: single-thread throughput at least 2x the AWS SDK's (Apache) | not "
                + "measured in this run | - |");
    // ours 8 threads: 8/400us = 20000/s against 10000/s: 2.00x; floor 8/380us against 1/95us: 2.00x
    assertThat(md)
        .contains(
            "8 threads / 1 thread: ours 2.00x, floor 2.00x, AWS SDK (Apache) 1.60x; 2 cores | yes |");
    assertThat(md).contains("| Cold start and runtime classpath | not measured in this run | - |");
    // the workload's tables: columns in order, absent subjects left out, ratios at the end
    assertThat(md).contains("## GetRoutes25: GetRoutes, 25 routes (about 7 KB), one call\n");
    assertThat(md)
        .contains(
            "| threads | ours | AWS SDK (Apache) | raw tree | raw streaming | ours / floor | ours / "
                + "AWS SDK (Apache) | throughput ours / AWS SDK (Apache) |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: "
                + "| ---: |\n| 1 | 100.0 ± 2.0 | 300.0 ± 2.0 | 95.0 ± 2.0 | 80.0 ± 2.0 | 1.05x | 0.33x | 3.00x |\n");
    assertThat(md).contains("| 1 | 50.0 | 80.0 | 40.0 | 20.0 | 1.25x | 0.63x |\n");
    assertThat(md)
        .contains(
            "| 1 | 10,000 | 3,333 | 10,526 | 12,500 |\n| 8 | 20,000 | 5,333 | 21,053 | 26,667 |\n"
                + "| 8 / 1 | 2.00x | 1.60x | 2.00x | 2.13x |\n");
    assertThat(md)
        .contains("## CreateRoute: ")
        .contains("| 1 | 100.0 ± 2.0 | 100.0 ± 2.0 | 1.00x | - | - |\n");
    assertThat(md.indexOf("## GetRoutes25")).isLessThan(md.indexOf("## CreateRoute"));
    assertThat(md).contains("## Cold start").contains("Not measured in this run.");
  }

  @Test
  void aQuickRunSaysItIsASmokeRun() {
    String md =
        ResultsWriter.write(
            List.of(result("NotFound", "ours", 1, 50, 1024)),
            null,
            MACHINE,
            new ResultsWriter.Run(
                true, "benchmarks/run.sh --quick", "abc1234", "2026-08-30 12:00 UTC"));

    assertThat(md).contains("> **Smoke run** (`--quick`)").contains("do not quote them");
  }

  @Test
  void writesTheColdStart() {
    ColdStartResult coldStart =
        new ColdStartResult(
            3,
            100,
            "/usr/bin/java",
            50,
            500,
            List.of(
                new ColdStartResult.Subject(
                    "ours",
                    "apigw-java",
                    List.of(600.0, 500.0, 700.0),
                    List.of(900.0, 800.0, 1000.0),
                    600,
                    900,
                    9,
                    6_000_000,
                    0,
                    0,
                    2400,
                    530),
                new ColdStartResult.Subject(
                    "awsApache",
                    "AWS SDK for Java v2 (Apache)",
                    List.of(1000.0, 1100.0, 900.0),
                    List.of(1800.0, 1700.0, 1900.0),
                    1000,
                    1800,
                    44,
                    12_000_000,
                    11,
                    4_000_000,
                    3900,
                    1600)));

    String md = ResultsWriter.write(List.of(), coldStart, MACHINE, RUN);

    assertThat(md)
        .contains(
            "| Cold start: wall time at most 0.6x the AWS SDK's | 0.60x (median 600 ms against "
                + "1000 ms) | yes |");
    assertThat(md)
        .contains(
            "| Runtime classpath at most half the AWS SDK's | 0.50x (6.00 MB against 12.00 MB) | yes |");
    assertThat(md).contains("3 runs each, alternating");
    assertThat(md)
        .contains(
            "| | apigw-java | AWS SDK for Java v2 (Apache) | ours / AWS SDK |\n| --- | ---: | ---: "
                + "| ---: |\n| median wall time, process start to exit (min - max) | 600 ms (500 - 700) | 1000 ms (900 - 1100) "
                + "| 0.60x |\n| median CPU time, user + system, all threads | 900 ms | 1800 ms | 0.50x |\n"
                + "| runtime classpath | 9 jars, 6.00 MB | 44 jars, 12.00 MB | 0.50x |\n");
    assertThat(md).contains("| 9 jars, 6.00 MB | 33 jars, 8.00 MB | 0.75x |");
    assertThat(md)
        .contains(
            "| classes loaded, whole run (`-Xlog:class+load`) | 2400 | 3900 | 0.62x |\n"
                + "| of those, beyond an empty main's | 1900 | 3400 | 0.56x |\n"
                + "| of those, from the classpath's jars | 530 | 1600 | 0.33x |\n");
  }

  @Test
  void namesWhereEachSettingWasUsedWhenTheyDiffer() {
    List<BenchmarkResult> results = new ArrayList<>();
    results.add(withForks(result("GetRoutes25", "ours", 1, 100, 50 * 1024), 3));
    results.add(withForks(result("GetRoutes25", "rawTree", 1, 95, 40 * 1024), 3));
    results.add(withForks(result("CreateRoute", "ours", 1, 100, 20 * 1024), 3));
    results.add(result("NotFound", "ours", 1, 90, 10 * 1024));
    results.add(result("NotFound", "rawTree", 1, 80, 10 * 1024));
    results.add(result("GetRoutes25", "ours", 8, 400, 50 * 1024));
    results.add(result("CreateRoute", "ours", 8, 400, 20 * 1024));
    results.add(result("NotFound", "ours", 8, 300, 10 * 1024));

    String md = ResultsWriter.write(results, null, MACHINE, RUN);

    assertThat(md)
        .contains(
            "average time per call: 3 forks, warm-up 3 x 2 s, measurement 5 x 2 s (GetRoutes25 at 1 "
                + "thread, CreateRoute at 1 thread); 1 fork, warm-up 3 x 2 s, measurement 5 x 2 s (the rest) per benchmark");
  }

  private static BenchmarkResult withForks(BenchmarkResult r, int forks) {
    return new BenchmarkResult(
        r.workload(),
        r.subject(),
        r.threads(),
        r.score(),
        r.scoreError(),
        r.unit(),
        r.allocBytesPerOp(),
        r.jdkVersion(),
        r.vmName(),
        r.vmVersion(),
        r.jmhVersion(),
        forks,
        r.warmup(),
        r.measurement());
  }

  private static BenchmarkResult result(
      String workload, String subject, int threads, double micros, double bytes) {
    return new BenchmarkResult(
        workload,
        subject,
        threads,
        micros,
        2.0,
        "us/op",
        bytes,
        "17.0.15",
        "OpenJDK 64-Bit Server VM",
        "17.0.15+6",
        "1.37",
        1,
        "3 x 2 s",
        "5 x 2 s");
  }
}
