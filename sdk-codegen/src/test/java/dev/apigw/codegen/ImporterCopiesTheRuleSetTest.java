package dev.apigw.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.apigw.codegen.importer.ImportModel;
import dev.apigw.codegen.model.ModelJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import also carries AWS's endpoint rule set over, unchanged, to {@code
 * endpoint-rule-set.json}.
 */
class ImporterCopiesTheRuleSetTest {
  @TempDir Path temp;

  @Test
  void theRuleSetIsCopiedByteForByteBesideTheModel() throws Exception {
    Path aws = Files.createDirectories(temp.resolve("aws"));
    // Odd spacing, a non-ASCII character and no final newline: a copy keeps all of it.
    byte[] original =
        "{ \"version\":\"1.0\",\n\t\"parameters\" : {}, \"rules\":[], \"x\":\"\u00e9\" }"
            .getBytes(StandardCharsets.UTF_8);
    Files.write(aws.resolve("endpoint-rule-set-1.json"), original);
    aws.resolve("endpoint-rule-set-1.json").toFile().setReadOnly();
    Path model = Files.createDirectories(temp.resolve("model")).resolve("service.json");
    Files.writeString(model.resolveSibling(ImportModel.RULE_SET_FILE), "stale");

    Path copy = ImportModel.copyEndpointRuleSet(ImportModel.awsRuleSet(aws), model);

    assertThat(copy).isEqualTo(model.toAbsolutePath().resolveSibling("endpoint-rule-set.json"));
    assertThat(Files.readAllBytes(copy)).isEqualTo(original);
    if (copy.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(Files.getPosixFilePermissions(copy))
          .as("a read-only original gives a writable copy")
          .contains(PosixFilePermission.OWNER_WRITE);
    }
  }

  @Test
  void aFolderWithoutARuleSetIsRefusedBeforeAnythingIsWritten() throws Exception {
    Path aws = Files.createDirectories(temp.resolve("aws"));
    Files.writeString(aws.resolve("service-2.json"), "{}");
    Path model = temp.resolve("model.json");

    assertThatThrownBy(() -> ImportModel.awsRuleSet(aws))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("endpoint-rule-set-1.json");
    assertThatThrownBy(() -> ImportModel.run(aws, model))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(model).doesNotExist();
    assertThat(model.resolveSibling("endpoint-rule-set.json")).doesNotExist();
  }

  @Test
  void importingTheSharedModelWritesTheModelAndTheRuleSet() throws Exception {
    Optional<Path> aws = SharedDir.find("aws-model/apigatewayv2-2026-08/endpoint-rule-set-1.json");
    assumeTrue(
        aws.isPresent(),
        "Skipped: ../shared/aws-model/apigatewayv2-2026-08 is absent, so there is nothing to import");
    Path awsDir = aws.get().getParent();
    Path model = temp.resolve("apigatewayv2.json");

    ImportModel.run(awsDir, model);

    assertThat(Files.readString(model))
        .isEqualTo(ModelJson.write(ImportModel.fromAwsDirectory(awsDir)));
    assertThat(Files.readAllBytes(model.resolveSibling("endpoint-rule-set.json")))
        .isEqualTo(Files.readAllBytes(aws.get()));
  }

  @Test
  void theCommittedRuleSetIsTheSharedOne() throws Exception {
    Optional<Path> aws = SharedDir.find("aws-model/apigatewayv2-2026-08/endpoint-rule-set-1.json");
    assumeTrue(
        aws.isPresent(),
        "Skipped: ../shared/aws-model/apigatewayv2-2026-08 is absent, so there is nothing to compare");
    Path committed = SharedDir.modelFile().resolveSibling("endpoint-rule-set.json");

    assertThat(Files.readAllBytes(committed)).isEqualTo(Files.readAllBytes(aws.get()));
  }
}
