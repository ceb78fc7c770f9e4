package dev.apigw.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.apigw.benchmarks.report.BenchmarkResult;
import dev.apigw.benchmarks.report.ColdStartResult;
import dev.apigw.benchmarks.report.Machine;
import dev.apigw.benchmarks.report.ResultsWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code benchmarks/RESULTS.md} from JMH's JSON result files and {@link ColdStart}'s JSON,
 * naming this machine; {@code benchmarks/run.sh} calls it last.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.apigw.benchmarks.Report --jmh FILE [--jmh
 * FILE ...] [--cold-start FILE] [--out benchmarks/RESULTS.md] [--quick] [--command TEXT] [--commit
 * TEXT]}
 */
public final class Report {
  private Report() {}

  public static void main(String[] args) throws Exception {
    List<BenchmarkResult> results = new ArrayList<>();
    ColdStartResult coldStart = null;
    Path out = Paths.get("benchmarks/RESULTS.md");
    boolean quick = false;
    String command = "benchmarks/run.sh";
    String commit = "unknown";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--jmh":
          results.addAll(BenchmarkResult.read(Paths.get(args[++i])));
          break;
        case "--cold-start":
          coldStart =
              new ObjectMapper().readValue(Paths.get(args[++i]).toFile(), ColdStartResult.class);
          break;
        case "--out":
          out = Paths.get(args[++i]);
          break;
        case "--quick":
          quick = true;
          break;
        case "--command":
          command = args[++i];
          break;
        case "--commit":
          commit = args[++i];
          break;
        default:
          throw new IllegalArgumentException(
              "unknown argument "
                  + args[i]
                  + "; usage: Report --jmh FILE ... "
                  + "[--cold-start FILE] [--out FILE] [--quick] [--command TEXT] [--commit TEXT]");
      }
    }
    String date =
        ZonedDateTime.now(ZoneOffset.UTC)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    String markdown =
        ResultsWriter.write(
            results,
            coldStart,
            Machine.detect(),
            new ResultsWriter.Run(quick, command, commit, date));
    Files.writeString(out, markdown, StandardCharsets.UTF_8);
    System.out.println(
        "wrote "
            + out
            + " ("
            + results.size()
            + " JMH results"
            + (coldStart == null ? ", no cold start" : ", cold start")
            + ")");
  }
}
