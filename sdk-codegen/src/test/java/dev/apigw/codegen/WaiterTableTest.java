package dev.apigw.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.codegen.generator.Generator;
import dev.apigw.codegen.model.ModelJson;
import dev.apigw.codegen.model.ServiceModel;
import dev.apigw.codegen.model.Waiter;
import dev.apigw.codegen.model.WaiterAcceptor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The model's waiters table: the committed model has the six waiters, and a waiter whose path or
 * expected value the model does not have fails the build with a message that names it.
 */
class WaiterTableTest {
  private static final ServiceModel PETS =
      ModelJson.read(Path.of("src/test/resources/golden/pets-model.json"));

  private static ServiceModel petsWith(String matcher, String path, String expected) {
    Waiter waiter =
        new Waiter(
            "Broken",
            "ListPets",
            2,
            5,
            Optional.empty(),
            List.of(new WaiterAcceptor("success", matcher, Optional.of(path), expected)));
    TreeMap<String, Waiter> waiters = new TreeMap<>();
    waiters.put("Broken", waiter);
    return PETS.withWaiters(waiters);
  }

  @Test
  void theCommittedModelHasTheSixWaiters() {
    ServiceModel model = ModelJson.read(SharedDir.modelFile());
    assertThat(model.waiters())
        .containsOnlyKeys(
            "VpcLinkAvailable",
            "VpcLinkDeleted",
            "DomainNameAvailable",
            "PortalPublished",
            "PortalDisabled",
            "PortalPreviewReady");
    assertThat(model.waiters().get("VpcLinkAvailable").delaySeconds()).isEqualTo(5);
    assertThat(model.waiters().get("VpcLinkDeleted").acceptors())
        .containsExactly(
            new WaiterAcceptor("success", "error", Optional.empty(), "NotFoundException"));
    assertThat(Generator.generate(model, Generator.Target.CLIENT))
        .containsKeys(
            "dev/apigw/client/ApiGatewayV2Waiter.java",
            "dev/apigw/client/ApiGatewayV2AsyncWaiter.java",
            "dev/apigw/client/internal/ApiGatewayV2WaiterDefinitions.java");
  }

  @Test
  void aPathThroughAMemberTheModelLacksFailsTheBuild() {
    assertThatThrownBy(
            () ->
                Generator.generate(
                    petsWith("pathAny", "Items[].Colour", "red"), Generator.Target.CLIENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Items[].Colour")
        .hasMessageContaining("has no member Colour");
    assertThatThrownBy(
            () -> Generator.generate(petsWith("path", "NextToken[]", "x"), Generator.Target.CLIENT))
        .hasMessageContaining("as a list; it is not");
  }

  @Test
  void anAcceptorIsCheckedAsTheModelIsRead() {
    assertThatThrownBy(() -> new WaiterAcceptor("done", "path", Optional.of("Status"), "READY"))
        .hasMessageContaining("state is not known: done");
    assertThatThrownBy(() -> new WaiterAcceptor("success", "error", Optional.of("Status"), "X"))
        .hasMessageContaining("has a path exactly when its matcher is not 'error'");
  }
}
