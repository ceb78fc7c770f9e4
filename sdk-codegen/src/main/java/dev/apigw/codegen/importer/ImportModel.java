package dev.apigw.codegen.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.apigw.codegen.model.ModelJson;
import dev.apigw.codegen.model.ServiceModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The import command: {@code ImportModel <aws-model-dir> <project-model-file>}. Reads {@code service-2.json} and
 * {@code paginators-1.json} from the folder and writes the project's model file.
 */
public final class ImportModel {
  private ImportModel() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ImportModel <aws-model-dir> <project-model-file>");
      System.exit(2);
    }
    Path awsDir = Path.of(args[0]);
    Path target = Path.of(args[1]);
    ServiceModel model = fromAwsDirectory(awsDir);
    ModelJson.write(model, target);
    System.out.printf("Imported %d operations and %d shapes from %s into %s%n",
        model.operations().size(), model.shapes().size(), awsDir, target);
  }

  /** Imports the AWS model in {@code awsDir}; a missing paginator file means no declared paginators. */
  public static ServiceModel fromAwsDirectory(Path awsDir) throws IOException {
    Path service = awsDir.resolve("service-2.json");
    if (!Files.isRegularFile(service)) {
      throw new IllegalArgumentException("No service-2.json in " + awsDir.toAbsolutePath());
    }
    ObjectMapper mapper = new ObjectMapper();
    Path paginatorsFile = awsDir.resolve("paginators-1.json");
    JsonNode paginators = Files.isRegularFile(paginatorsFile) ? mapper.readTree(paginatorsFile.toFile()) : MissingNode.getInstance();
    return AwsModelImporter.importModel(mapper.readTree(service.toFile()), paginators);
  }
}
