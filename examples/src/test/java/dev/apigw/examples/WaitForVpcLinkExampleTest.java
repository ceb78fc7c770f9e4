package dev.apigw.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.model.VpcLinkStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** WaitForVpcLink sees the link PENDING, then waits on the emulator until it is AVAILABLE. */
class WaitForVpcLinkExampleTest {
  @Test
  void waitsUntilTheProvisionedLinkIsAvailable() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    var link =
        WaitForVpcLink.run(
            new PrintStream(printed, true, StandardCharsets.UTF_8), Duration.ofMillis(1200));

    assertThat(link.vpcLinkStatus()).contains(VpcLinkStatus.AVAILABLE);
    String[] lines = printed.toString(StandardCharsets.UTF_8).split("\\R");
    assertThat(lines[0]).endsWith(" is PENDING");
    assertThat(lines[1]).matches("then AVAILABLE after ([2-9]|\\d{2}) polls in \\d+ ms");
  }
}
