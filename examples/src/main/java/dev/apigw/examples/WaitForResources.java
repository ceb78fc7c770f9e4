package dev.apigw.examples;

import dev.apigw.client.ApiGatewayV2AsyncClient;
import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.core.waiters.WaiterFailureException;
import dev.apigw.core.waiters.WaiterOverrides;
import dev.apigw.core.waiters.WaiterResult;
import dev.apigw.model.GetVpcLinkResult;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The README's waiter snippets, kept here so that they compile against the SDK as it is; {@code
 * WaitForResourcesExampleTest} runs them over test doubles of the clients.
 */
public final class WaitForResources {
  private WaitForResources() {}

  /** Waits, blocking, until the VPC link is {@code AVAILABLE}, and prints how long it took. */
  public static GetVpcLinkResult waitForVpcLink(ApiGatewayV2Client client, String vpcLinkId) {
    // README-BEGIN Wait for a VPC link
    WaiterResult<GetVpcLinkResult> available =
        client.waiter().waitUntilVpcLinkAvailable(b -> b.vpcLinkId(vpcLinkId));
    System.out.println(
        "Available after " + available.attempts() + " polls in " + available.elapsed());
    // README-END
    return available.matched();
  }

  /** Waits for a portal to be published with limits of its own, and prints why it was not. */
  public static void waitForPortal(ApiGatewayV2Client client, String portalId) {
    // README-BEGIN Wait with your own limits
    try {
      client
          .waiter()
          .waitUntilPortalPublished(
              b -> b.portalId(portalId),
              WaiterOverrides.builder()
                  .delay(Duration.ofSeconds(10))
                  .timeout(Duration.ofMinutes(5))
                  .build());
    } catch (WaiterFailureException e) {
      System.out.println(e.reason() + ": " + e.statusMessage().orElse("no status message"));
    }
    // README-END
  }

  /** Waits, without blocking, until the VPC link is gone. */
  public static CompletableFuture<Void> waitForDeletion(
      ApiGatewayV2AsyncClient client, String vpcLinkId) {
    // README-BEGIN Wait without blocking
    CompletableFuture<WaiterResult<GetVpcLinkResult>> deleted =
        client.waiter().waitUntilVpcLinkDeleted(b -> b.vpcLinkId(vpcLinkId));
    CompletableFuture<Void> printed =
        deleted.thenAccept(r -> System.out.println("Deleted after " + r.attempts() + " polls"));
    // README-END
    return printed;
  }
}
