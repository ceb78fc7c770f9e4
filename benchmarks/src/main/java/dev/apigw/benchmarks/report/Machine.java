package dev.apigw.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;

/**
 * The machine a run is reported for: CPU model and count (from {@code /proc/cpuinfo}), memory
 * ({@code /proc/meminfo}), operating system ({@code /etc/os-release} and the kernel).
 *
 * @param cpuModel the first {@code model name} of /proc/cpuinfo, else {@code os.arch}
 * @param cpus logical CPUs this JVM may use
 * @param memory total memory, such as {@code 24.0 GiB}, or {@code unknown}
 * @param os such as {@code Debian GNU/Linux 12 (bookworm), Linux 6.1.0 amd64}
 */
public record Machine(String cpuModel, int cpus, String memory, String os) {

  /** This machine. */
  public static Machine detect() {
    String cpu = System.getProperty("os.arch");
    for (String line : lines(Paths.get("/proc/cpuinfo"))) {
      if (line.startsWith("model name")) {
        cpu = line.substring(line.indexOf(':') + 1).trim();
        break;
      }
    }
    String memory = "unknown";
    for (String line : lines(Paths.get("/proc/meminfo"))) {
      if (line.startsWith("MemTotal:")) {
        String[] parts = line.substring(9).trim().split("\\s+");
        memory = String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(parts[0]) / 1024.0 / 1024.0);
        break;
      }
    }
    String distribution = System.getProperty("os.name");
    for (String line : lines(Paths.get("/etc/os-release"))) {
      if (line.startsWith("PRETTY_NAME=")) {
        distribution = line.substring(12).replace("\"", "");
        break;
      }
    }
    String os =
        distribution
            + ", "
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch");
    return new Machine(cpu, Runtime.getRuntime().availableProcessors(), memory, os);
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
