package dev.apigw.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.apigw.codegen.importer.ImportModel;
import dev.apigw.codegen.model.ModelJson;
import dev.apigw.codegen.model.ServiceModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Importing AWS's model again gives the committed project model, byte for byte, once the waiters
 * the project keeps by hand in it are carried over.
 */
class ImporterReproducesTheCommittedModelTest {
  @Test
  void importingTheSharedModelGivesTheCommittedFile() throws Exception {
    Optional<Path> aws = SharedDir.find("aws-model/apigatewayv2-2026-08/service-2.json");
    assumeTrue(
        aws.isPresent(),
        "Skipped: ../shared/aws-model/apigatewayv2-2026-08 is absent, so there is nothing to re-import");

    ServiceModel imported = ImportModel.fromAwsDirectory(aws.get().getParent());

    String committed = Files.readString(SharedDir.modelFile(), StandardCharsets.UTF_8);
    ServiceModel withKeptWaiters = imported.withWaiters(ModelJson.read(committed).waiters());
    assertThat(ModelJson.write(withKeptWaiters)).isEqualTo(committed);
  }

  @Test
  void theCommittedModelReadsBackToItself() throws Exception {
    String committed = Files.readString(SharedDir.modelFile(), StandardCharsets.UTF_8);

    ServiceModel model = ModelJson.read(committed);

    assertThat(ModelJson.write(model)).isEqualTo(committed);
    assertThat(model.operations()).hasSize(103);
    assertThat(
            model.operations().values().stream()
                .filter(op -> op.pagination().isPresent())
                .map(op -> op.name()))
        .containsExactly(
            "GetApiMappings",
            "GetApis",
            "GetAuthorizers",
            "GetDeployments",
            "GetDomainNames",
            "GetIntegrationResponses",
            "GetIntegrations",
            "GetModels",
            "GetRouteResponses",
            "GetRoutes",
            "GetStages",
            "GetVpcLinks",
            "ListPortalProducts",
            "ListPortals",
            "ListProductPages",
            "ListProductRestEndpointPages",
            "ListRoutingRules");
    assertThat(model.service().auth()).containsExactly("aws.auth#sigv4");
    assertThat(committed).doesNotContain("documentation").doesNotContain("<p>");
  }
}
