package dev.apigw.testkit;

import dev.apigw.model.ProtocolType;
import java.util.Arrays;

/**
 * Measures, in a warm JVM, how long {@code ApiGatewayV2Emulator.start()} plus the first call (a
 * {@code CreateApi} through {@code emulator.client()}) take, and prints the median and the 90th
 * percentile. A harness, not a test:
 *
 * <pre>
 * mvn -B -q install -DskipTests
 * mvn -B -q -pl sdk-testkit test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.apigw.testkit.EmulatorStartupHarness
 * </pre>
 */
public final class EmulatorStartupHarness {
  private EmulatorStartupHarness() {}

  public static void main(String[] args) {
    int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    for (int i = 0; i < warmups; i++) {
      once();
    }
    long[] nanos = new long[runs];
    for (int i = 0; i < runs; i++) {
      nanos[i] = once();
    }
    Arrays.sort(nanos);
    System.out.printf(
        "start() + first CreateApi, warm JVM, %d runs after %d warm-ups: median %.2f ms, p90 %.2f ms,"
            + " max %.2f ms%n",
        runs, warmups, nanos[runs / 2] / 1e6, nanos[runs * 9 / 10] / 1e6, nanos[runs - 1] / 1e6);
  }

  private static long once() {
    long start = System.nanoTime();
    try (ApiGatewayV2Emulator emulator = ApiGatewayV2Emulator.start()) {
      emulator.client().createApi(b -> b.name("h").protocolType(ProtocolType.HTTP));
      return System.nanoTime() - start;
    }
  }
}
