package dev.apigw.codegen.generator;

import dev.apigw.codegen.model.ModelJson;
import dev.apigw.codegen.model.ServiceModel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The generate command: {@code Generate <model|client> <project-model-file> <output-dir>}. */
public final class Generate {
  private Generate() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: Generate <model|client> <project-model-file> <output-dir>");
      System.exit(2);
    }
    Generator.Target target = Generator.Target.valueOf(args[0].toUpperCase(Locale.ROOT));
    ServiceModel model = ModelJson.read(Path.of(args[1]));
    Map<String, String> sources = Generator.generate(model, target);
    Generator.write(sources, Path.of(args[2]));
    System.out.printf("Generated %d %s sources into %s%n", sources.size(), args[0], args[2]);
  }
}
