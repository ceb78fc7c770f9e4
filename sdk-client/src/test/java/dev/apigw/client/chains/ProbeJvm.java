package dev.apigw.client.chains;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The command line of a {@link ChainProbe} JVM. {@link ChainOracleTest} starts over a hundred of
 * them, and most of each one's time is loading the two SDKs' classes; a class-data-sharing archive
 * written by a first probe halves that. The JVM archives classes from jars only, so the class
 * path's directories (this module's classes and test classes) are packed into one jar first. If the
 * archive cannot be written, the probes run without it, only slower.
 */
final class ProbeJvm {
  private final String classPath;
  private final Path archive;
  private boolean archived;

  private ProbeJvm(String classPath, Path archive) {
    this.classPath = classPath;
    this.archive = archive;
  }

  /** Packs the test class path's directories into a jar under {@code work}. */
  static ProbeJvm prepare(Path work) throws IOException {
    Path jar = work.resolve("probe-classes.jar");
    List<String> entries = new ArrayList<>();
    Set<String> packed = new HashSet<>();
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        Path path = Path.of(entry);
        if (Files.isDirectory(path)) {
          pack(path, out, packed);
        } else {
          entries.add(entry);
        }
      }
    }
    entries.add(0, jar.toString());
    return new ProbeJvm(String.join(File.pathSeparator, entries), work.resolve("probe.jsa"));
  }

  /**
   * Runs one probe with {@code environment} and writes the archive the later probes start from;
   * says on standard output when it could not.
   */
  void writeArchive(Map<String, String> environment) throws IOException, InterruptedException {
    List<String> command = command(List.of("-XX:ArchiveClassesAtExit=" + archive));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().clear();
    builder.environment().putAll(environment);
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
    }
    archived = process.exitValue() == 0 && Files.isRegularFile(archive);
    if (!archived) {
      System.out.println(
          "[ChainOracleTest] no class-data archive for the probes: they start slower");
    }
  }

  /** The probe's command: the JVM, its options, then {@code options}, the class path, the class. */
  List<String> command(List<String> options) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    if (archived) {
      command.add("-XX:SharedArchiveFile=" + archive);
      // A JVM that cannot map the archive says so on standard output, where the answers go.
      command.add("-Xlog:cds=off");
      command.add("-Xlog:cds+dynamic=off");
    }
    command.addAll(options);
    command.add("-cp");
    command.add(classPath);
    command.add(ChainProbe.class.getName());
    return command;
  }

  private static void pack(Path directory, JarOutputStream out, Set<String> packed)
      throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = directory.relativize(file).toString().replace(File.separatorChar, '/');
        // The first directory on the class path wins, as it does for the class loader.
        if (!name.equals("META-INF/MANIFEST.MF") && packed.add(name)) {
          out.putNextEntry(new JarEntry(name));
          Files.copy(file, out);
          out.closeEntry();
        }
      }
    }
  }
}
