package dev.apigw.testkit.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.testkit.ApiGatewayV2Emulator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A client that sends a byte a second is cut off once the request timeout has passed, and one that
 * sends nothing once the idle timeout has, so that it holds a server thread no longer; the emulator
 * serves on. Both are set short here; by default they are {@code RequestLimits.REQUEST_TIMEOUT} and
 * {@code RequestLimits.IDLE_TIMEOUT}.
 */
class SlowClientTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  /** How much later than the timeout the connection may close: scheduling on a busy machine. */
  private static final Duration SLACK = Duration.ofSeconds(3);

  private final ApiGatewayV2Emulator emulator =
      ApiGatewayV2Emulator.builder().requestTimeout(TIMEOUT).idleTimeout(TIMEOUT).start();

  @AfterEach
  void theEmulatorStillServes() {
    assertThat(emulator.client().getApis(b -> {}).items()).isEmpty();
    emulator.close();
  }

  @Test
  void aClientSendingAByteASecondIsCutOffAtTheTimeout() throws Exception {
    byte[] request = RawRequests.postHead("/v2/apis", 2);
    try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
      long started = System.nanoTime();
      CompletableFuture<Integer> sent =
          CompletableFuture.supplyAsync(() -> trickle(socket, request));

      awaitClosedByTheEmulator(socket);

      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .isGreaterThanOrEqualTo(TIMEOUT)
          .isLessThan(TIMEOUT.plus(SLACK));
      assertThat(sent.get(5, TimeUnit.SECONDS)).isLessThan(request.length);
    }
  }

  @Test
  void aClientSendingNothingIsCutOffAtTheIdleTimeout() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
      long started = System.nanoTime();

      awaitClosedByTheEmulator(socket);

      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TIMEOUT.plus(SLACK));
    }
  }

  @Test
  void aConnectionIdleAfterAnAnswerIsCutOffAtTheIdleTimeout() throws IOException {
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
      socket.getOutputStream().write(RawRequests.postHead("/v2/apis", body.length));
      socket.getOutputStream().write(body);
      socket.setSoTimeout((int) TIMEOUT.plus(SLACK).toMillis());
      assertThat(RawAnswer.read(socket.getInputStream()).status).isEqualTo(400);
      long answered = System.nanoTime();

      awaitClosedByTheEmulator(socket);

      assertThat(Duration.ofNanos(System.nanoTime() - answered)).isLessThan(TIMEOUT.plus(SLACK));
    }
  }

  /** Reads until the emulator closes the connection, failing if it has not after the slack. */
  private static void awaitClosedByTheEmulator(Socket socket) throws IOException {
    socket.setSoTimeout((int) TIMEOUT.plus(SLACK).toMillis());
    InputStream in = socket.getInputStream();
    try {
      while (in.read() >= 0) {
        // an answer is not expected; the end is
      }
    } catch (SocketException e) {
      // reset by the emulator: closed as well
    }
  }

  /** Sends {@code request} a byte a second; how many bytes went before the connection closed. */
  private static int trickle(Socket socket, byte[] request) {
    int sent = 0;
    try {
      OutputStream out = socket.getOutputStream();
      for (byte b : request) {
        out.write(b);
        out.flush();
        sent++;
        Thread.sleep(1000);
      }
    } catch (IOException e) {
      // closed by the emulator
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return sent;
  }
}
