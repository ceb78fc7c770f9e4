package dev.apigw.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * UpdateRoute: a signed {@code PATCH /v2/apis/bench25/routes/r000001} with a JSON body, answered
 * 200 with the route. No {@code awsUrlConnection} here: the AWS SDK for Java v2 with {@code
 * UrlConnectionHttpClient} cannot send PATCH ({@code java.net.HttpURLConnection} refuses it with
 * {@code ProtocolException: Invalid HTTP method: PATCH}).
 *
 * <p>Average time per operation in microseconds; threads, iterations and forks as given on the
 * command line ({@code benchmarks/run.sh} runs 1, 2 and 8 threads with {@code -prof gc}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class UpdateRouteBenchmark {
  @Benchmark
  public int ours(States.Ours state, Blackhole bh) {
    return state.subject.updateRoute(bh);
  }

  @Benchmark
  public int awsApache(States.AwsApache state, Blackhole bh) {
    return state.subject.updateRoute(bh);
  }

  @Benchmark
  public int rawTree(States.RawTree state, Blackhole bh) {
    return state.subject.updateRoute(bh);
  }

  @Benchmark
  public int rawStreaming(States.RawStreaming state, Blackhole bh) {
    return state.subject.updateRoute(bh);
  }
}
