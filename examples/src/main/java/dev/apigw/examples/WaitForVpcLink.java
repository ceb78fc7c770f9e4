package dev.apigw.examples;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.core.waiters.WaiterOverrides;
import dev.apigw.core.waiters.WaiterResult;
import dev.apigw.model.CreateVpcLinkResult;
import dev.apigw.model.GetVpcLinkResult;
import dev.apigw.testkit.ApiGatewayV2Emulator;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Creates a VPC link on the testkit's emulator, which keeps it {@code PENDING} for a provisioning
 * time as the service does while it provisions, and waits until it is {@code AVAILABLE}. Runs
 * anywhere: no AWS account, no network.
 *
 * <pre>
 * WaitForVpcLink
 * </pre>
 */
public final class WaitForVpcLink {
  private WaitForVpcLink() {}

  public static void main(String[] args) {
    run(System.out, Duration.ofSeconds(2));
  }

  /** Runs the program with the emulator provisioning for {@code provisioningTime}. */
  public static GetVpcLinkResult run(PrintStream out, Duration provisioningTime) {
    // README-BEGIN Wait for a VPC link on the emulator
    try (ApiGatewayV2Emulator emulator =
            ApiGatewayV2Emulator.builder().provisioningTime(provisioningTime).start();
        ApiGatewayV2Client client = emulator.clientBuilder().build()) {
      CreateVpcLinkResult created =
          client.createVpcLink(b -> b.name("orders-backend").addSubnetIds("subnet-0a1b2c3d"));
      out.println(
          created.vpcLinkId().orElseThrow() + " is " + created.vpcLinkStatus().orElseThrow());
      WaiterResult<GetVpcLinkResult> available =
          client
              .waiter()
              .waitUntilVpcLinkAvailable(
                  b -> b.vpcLinkId(created.vpcLinkId().orElseThrow()),
                  WaiterOverrides.builder().delay(Duration.ofMillis(500)).build());
      out.println(
          "then "
              + available.matched().vpcLinkStatus().orElseThrow()
              + " after "
              + available.attempts()
              + " polls in "
              + available.elapsed().toMillis()
              + " ms");
      return available.matched();
    }
    // README-END
  }
}
