package dev.apigw.codegen.generator;

import com.palantir.javapoet.JavaFile;
import dev.apigw.codegen.model.ServiceModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Project model → intermediate model → emitters → source files. Output depends on the model alone:
 * the same model gives the same files, byte for byte.
 */
public final class Generator {
  /** What to generate: the model module's types, or the client module's facade. */
  public enum Target {
    MODEL,
    CLIENT
  }

  public static final String MODEL_PACKAGE = "dev.apigw.model";

  private Generator() {}

  /** The generated sources for {@code target}, by relative path. */
  public static Map<String, String> generate(ServiceModel model, Target target) {
    JavaService service = IntermediateModel.resolve(model, MODEL_PACKAGE);
    Map<String, String> sources = new TreeMap<>(PackageInfoEmitter.packageInfos(service, target));
    List<JavaFile> files = new ArrayList<>();
    if (target == Target.MODEL) {
      files.addAll(new StructureEmitter().emit(service));
      files.addAll(new EnumEmitter().emit(service));
      files.addAll(new ExceptionEmitter().emit(service));
      files.addAll(new CodecEmitter().emit(service));
    } else {
      files.addAll(new ClientEmitter().emit(service));
      files.addAll(new AsyncClientEmitter().emit(service));
      files.addAll(new OperationEmitter().emit(service));
      files.addAll(new WaiterEmitter().emit(service));
    }
    for (JavaFile file : files) {
      String path = file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
      if (sources.put(path, file.toString()) != null) {
        throw new IllegalStateException("Two generated files at " + path);
      }
    }
    return sources;
  }

  /**
   * Writes {@code sources} under {@code outputDir}, first removing whatever an earlier run left
   * there.
   */
  public static void write(Map<String, String> sources, Path outputDir) {
    try {
      if (Files.exists(outputDir)) {
        try (Stream<Path> old = Files.walk(outputDir)) {
          for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(path);
          }
        }
      }
      for (Map.Entry<String, String> source : sources.entrySet()) {
        Path file = outputDir.resolve(source.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write generated sources under " + outputDir, e);
    }
  }
}
