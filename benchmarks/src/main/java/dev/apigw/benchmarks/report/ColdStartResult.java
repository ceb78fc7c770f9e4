package dev.apigw.benchmarks.report;

import java.util.List;

/**
 * What {@code ColdStart} measured, as it writes it to JSON and {@link ResultsWriter} reads it.
 *
 * @param runs timed runs per subject
 * @param clockTicksPerSecond the unit of the children's CPU counters ({@code getconf CLK_TCK})
 * @param java the {@code java} the children ran on
 * @param emptyMainMedianWallMillis median wall time of a JVM that runs an empty main, on ours'
 *     classpath
 * @param emptyMainClassesLoaded classes such a JVM loads
 * @param subjects ours first, then the AWS SDK
 */
public record ColdStartResult(
    int runs,
    long clockTicksPerSecond,
    String java,
    double emptyMainMedianWallMillis,
    int emptyMainClassesLoaded,
    List<Subject> subjects) {

  /**
   * One SDK's cold start.
   *
   * @param name {@code ours} or {@code awsApache}
   * @param label what the table calls it
   * @param wallMillis each run's wall time, from process start to exit, as the parent saw it
   * @param cpuMillis each run's CPU time (user + system, all threads) as the child read it just
   *     before exit
   * @param medianWallMillis median of {@code wallMillis}
   * @param medianCpuMillis median of {@code cpuMillis}
   * @param classpathJars entries of the SDK's runtime classpath
   * @param classpathBytes their size on disk
   * @param nettyJars of those, netty's and the AWS SDK's netty-nio-client (0 for ours)
   * @param nettyBytes their size
   * @param classesLoaded classes the JVM loaded for the whole run ({@code -Xlog:class+load} lines)
   * @param classesLoadedFromClasspath of those, loaded from the classpath's jars (not from the JDK)
   */
  public record Subject(
      String name,
      String label,
      List<Double> wallMillis,
      List<Double> cpuMillis,
      double medianWallMillis,
      double medianCpuMillis,
      int classpathJars,
      long classpathBytes,
      int nettyJars,
      long nettyBytes,
      int classesLoaded,
      int classesLoadedFromClasspath) {}
}
