package dev.apigw.apilisting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles small sets of fixture sources with the JDK's compiler, so the tests list real class
 * files.
 */
final class Fixtures {

  private Fixtures() {}

  /**
   * Writes the sources (path to text) under {@code root}/src, compiles them to {@code
   * root}/classes.
   */
  static Path compile(Path root, Map<String, String> sources, List<Path> classpath)
      throws IOException {
    Path src = root.resolve("src");
    Path classes = Files.createDirectories(root.resolve("classes"));
    List<String> options = new ArrayList<>(List.of("--release", "11", "-d", classes.toString()));
    if (!classpath.isEmpty()) {
      options.add(sources.containsKey("module-info.java") ? "--module-path" : "-classpath");
      options.add(
          classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
    }
    List<String> files = new ArrayList<>();
    for (Map.Entry<String, String> source : sources.entrySet()) {
      Path file = src.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, source.getValue());
      files.add(file.toString());
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(null, null, null)) {
      boolean compiled =
          compiler
              .getTask(
                  errors,
                  fileManager,
                  null,
                  options,
                  null,
                  fileManager.getJavaFileObjectsFromStrings(files))
              .call();
      assertThat(compiled).as("fixture compilation: %s", errors).isTrue();
    }
    return classes;
  }
}
