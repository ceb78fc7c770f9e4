package dev.apigw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.client.ApiGatewayV2AsyncClient;
import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.core.exception.ErrorDetails;
import dev.apigw.model.GetPortalRequest;
import dev.apigw.model.GetPortalResult;
import dev.apigw.model.GetVpcLinkRequest;
import dev.apigw.model.GetVpcLinkResult;
import dev.apigw.model.NotFoundException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's waiter snippets over test doubles of the clients, whose resources already are
 * in the state waited for (or gone), so no poll waits.
 */
class WaitForResourcesExampleTest {
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private PrintStream originalOut;

  @BeforeEach
  void capture() {
    originalOut = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(originalOut);
  }

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }

  @Test
  void waitsForAnAvailableVpcLink() {
    ApiGatewayV2Client client =
        new ApiGatewayV2Client() {
          @Override
          public GetVpcLinkResult getVpcLink(GetVpcLinkRequest request) {
            return GetVpcLinkResult.builder()
                .vpcLinkId(request.vpcLinkId())
                .vpcLinkStatus("AVAILABLE")
                .build();
          }
        };

    GetVpcLinkResult link = WaitForResources.waitForVpcLink(client, "vl-1");

    assertThat(link.vpcLinkId()).contains("vl-1");
    assertThat(printed()).startsWith("Available after 1 polls in PT");
  }

  @Test
  void printsWhyAPortalWasNotPublished() {
    ApiGatewayV2Client client =
        new ApiGatewayV2Client() {
          @Override
          public GetPortalResult getPortal(GetPortalRequest request) {
            return GetPortalResult.builder()
                .portalId(request.portalId())
                .publishStatus("PUBLISH_FAILED")
                .statusException(e -> e.exception("InvalidContent").message("No product is shared"))
                .build();
          }
        };

    WaitForResources.waitForPortal(client, "portal0000001");

    assertThat(printed()).isEqualTo("FAILURE_STATE: No product is shared" + System.lineSeparator());
  }

  @Test
  void waitsWithoutBlockingForADeletedVpcLink() throws Exception {
    ApiGatewayV2AsyncClient client =
        new ApiGatewayV2AsyncClient() {
          @Override
          public CompletableFuture<GetVpcLinkResult> getVpcLink(GetVpcLinkRequest request) {
            return CompletableFuture.failedFuture(
                new NotFoundException(
                    ErrorDetails.of(404, "NotFoundException", "Invalid VPC link", "req-1", "{}"),
                    "VpcLink"));
          }
        };

    WaitForResources.waitForDeletion(client, "vl-1").get(5, TimeUnit.SECONDS);

    assertThat(printed()).isEqualTo("Deleted after 1 polls" + System.lineSeparator());
  }
}
