package dev.apigw.examples.soak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What this JVM holds that a leaking client would leave behind: the threads of OkHttp, of the SDK
 * and of the emulator's server, the open file descriptors (on Linux, where {@code /proc/self/fd}
 * lists them) and the heap in use after a full collection.
 */
final class ProcessResources {
  private static final Path OPEN_FILES = Path.of("/proc/self/fd");

  private ProcessResources() {}

  /** Live threads named as OkHttp's, the SDK's ({@code apigw-…}) or MockWebServer's. */
  static List<String> clientAndServerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(ProcessResources::isClientOrServerThread)
        .sorted()
        .collect(Collectors.toList());
  }

  private static boolean isClientOrServerThread(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.startsWith("okhttp")
        || lower.startsWith("apigw-")
        || lower.contains("mockwebserver");
  }

  static boolean canCountOpenFiles() {
    return Files.isDirectory(OPEN_FILES);
  }

  static int openFiles() {
    try (Stream<Path> fds = Files.list(OPEN_FILES)) {
      return (int) fds.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Bytes of heap in use after asking for full collections until the figure settles. */
  static long heapUsedAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(50);
      long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }
}
