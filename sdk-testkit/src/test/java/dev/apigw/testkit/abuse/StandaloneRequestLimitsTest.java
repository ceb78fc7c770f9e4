package dev.apigw.testkit.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.testkit.StandaloneProcess;
import dev.apigw.testkit.internal.RequestLimits;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The standalone emulator states its request limits in {@code --help}, takes its timeouts as flags,
 * and holds a connection to them as the emulator in the JVM does.
 */
class StandaloneRequestLimitsTest {
  @Test
  void helpStatesTheLimitsAndTheTimeoutFlags() throws Exception {
    Process process = StandaloneProcess.launch("--help");
    String help = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(help)
        .contains(
            "--request-timeout DURATION",
            "default " + RequestLimits.REQUEST_TIMEOUT.toSeconds() + "s",
            "--idle-timeout DURATION",
            "default " + RequestLimits.IDLE_TIMEOUT.toSeconds() + "s",
            "a body of at most " + RequestLimits.MAX_BODY_BYTES + " bytes",
            "413 " + RequestLimits.BODY_TOO_LARGE_TYPE,
            "nested at most " + RequestLimits.MAX_NESTING_DEPTH + " levels");
  }

  @Test
  void aBodyTooLargeIsRefusedAndASilentConnectionClosedAtTheIdleTimeout() throws IOException {
    try (StandaloneProcess emulator = StandaloneProcess.start("--idle-timeout", "1s")) {
      int port = URI.create(emulator.endpoint()).getPort();
      try (Socket tooLarge = new Socket("127.0.0.1", port);
          Socket silent = new Socket("127.0.0.1", port)) {
        tooLarge.setSoTimeout(10_000);
        tooLarge
            .getOutputStream()
            .write(RawRequests.postHead("/v2/apis", RequestLimits.MAX_BODY_BYTES + 1L));
        assertThat(RawAnswer.read(tooLarge.getInputStream()).status).isEqualTo(413);

        long started = System.nanoTime();
        silent.setSoTimeout(10_000);
        InputStream in = silent.getInputStream();
        assertThat(in.read()).isEqualTo(-1);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
      }
      assertThat(emulator.isAlive()).isTrue();
    }
  }
}
