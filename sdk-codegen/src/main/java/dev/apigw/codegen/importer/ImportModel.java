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
 * The import command: {@code ImportModel <aws-model-dir> <project-model-file>}. Reads {@code
 * service-2.json} and {@code paginators-1.json} from the folder and writes the project's model
 * file; copies the folder's {@code endpoint-rule-set-1.json} unchanged to {@value #RULE_SET_FILE}
 * beside the model file.
 */
public final class ImportModel {
  /** The name of the endpoint rule set beside the project's model file. */
  public static final String RULE_SET_FILE = "endpoint-rule-set.json";

  private static final String AWS_RULE_SET_FILE = "endpoint-rule-set-1.json";

  private ImportModel() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ImportModel <aws-model-dir> <project-model-file>");
      System.exit(2);
    }
    Path awsDir = Path.of(args[0]);
    Path target = Path.of(args[1]);
    ServiceModel model = run(awsDir, target);
    System.out.printf(
        "Imported %d operations and %d shapes from %s into %s, and the endpoint rule set into %s%n",
        model.operations().size(),
        model.shapes().size(),
        awsDir,
        target,
        target.resolveSibling(RULE_SET_FILE));
  }

  /**
   * Imports the model in {@code awsDir} into {@code modelFile} and copies the rule set beside it.
   * The waiters of the model already in {@code modelFile}, kept there by hand, are carried over.
   */
  public static ServiceModel run(Path awsDir, Path modelFile) throws IOException {
    ServiceModel model = fromAwsDirectory(awsDir);
    if (Files.isRegularFile(modelFile)) {
      model = model.withWaiters(ModelJson.read(modelFile).waiters());
    }
    Path ruleSet = awsRuleSet(awsDir);
    ModelJson.write(model, modelFile);
    copyEndpointRuleSet(ruleSet, modelFile);
    return model;
  }

  /**
   * Imports the AWS model in {@code awsDir}; a missing paginator file means no declared paginators.
   */
  public static ServiceModel fromAwsDirectory(Path awsDir) throws IOException {
    Path service = awsDir.resolve("service-2.json");
    if (!Files.isRegularFile(service)) {
      throw new IllegalArgumentException("No service-2.json in " + awsDir.toAbsolutePath());
    }
    ObjectMapper mapper = new ObjectMapper();
    Path paginatorsFile = awsDir.resolve("paginators-1.json");
    JsonNode paginators =
        Files.isRegularFile(paginatorsFile)
            ? mapper.readTree(paginatorsFile.toFile())
            : MissingNode.getInstance();
    return AwsModelImporter.importModel(mapper.readTree(service.toFile()), paginators);
  }

  /**
   * Copies the AWS rule set byte for byte to {@value #RULE_SET_FILE} beside {@code modelFile},
   * replacing what is there, and returns the copy's path. It is AWS's data, kept whole so that it
   * reads back exactly as AWS wrote it.
   */
  public static Path copyEndpointRuleSet(Path awsRuleSet, Path modelFile) throws IOException {
    if (!Files.isRegularFile(awsRuleSet)) {
      throw new IllegalArgumentException("No endpoint rule set at " + awsRuleSet.toAbsolutePath());
    }
    Path target = modelFile.toAbsolutePath().resolveSibling(RULE_SET_FILE);
    // The bytes only: a copy of a read-only original would otherwise be read-only in the working
    // tree too.
    return Files.write(target, Files.readAllBytes(awsRuleSet));
  }

  /** Where the AWS model folder keeps its endpoint rule set. */
  public static Path awsRuleSet(Path awsDir) {
    Path ruleSet = awsDir.resolve(AWS_RULE_SET_FILE);
    if (!Files.isRegularFile(ruleSet)) {
      throw new IllegalArgumentException(
          "No " + AWS_RULE_SET_FILE + " in " + awsDir.toAbsolutePath());
    }
    return ruleSet;
  }
}
