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
 * CreateRoute: a signed {@code POST /v2/apis/bench25/routes} with a JSON body, answered 201 with
 * the route.
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
public class CreateRouteBenchmark {
  @Benchmark
  public int ours(States.Ours state, Blackhole bh) {
    return state.subject.createRoute(bh);
  }

  @Benchmark
  public int oursWithTelemetry(States.OursTelemetry state, Blackhole bh) {
    return state.subject.createRoute(bh);
  }

  @Benchmark
  public int awsApache(States.AwsApache state, Blackhole bh) {
    return state.subject.createRoute(bh);
  }

  @Benchmark
  public int awsUrlConnection(States.AwsUrlConnection state, Blackhole bh) {
    return state.subject.createRoute(bh);
  }

  @Benchmark
  public int rawTree(States.RawTree state, Blackhole bh) {
    return state.subject.createRoute(bh);
  }

  @Benchmark
  public int rawStreaming(States.RawStreaming state, Blackhole bh) {
    return state.subject.createRoute(bh);
  }
}
