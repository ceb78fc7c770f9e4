package dev.apigw.testkit.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.testkit.ApiGatewayV2Emulator;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A request whose framing MockWebServer cannot read, which it would drop unanswered, gets a 400
 * BadRequestException and its connection closed; the emulator serves on.
 */
class UnreadableRequestTest {
  private static final ApiGatewayV2Emulator EMULATOR = ApiGatewayV2Emulator.start();

  @AfterEach
  void theEmulatorStillServes() {
    assertThat(EMULATOR.client().getApis(b -> {}).items()).isEmpty();
  }

  @AfterAll
  static void stop() {
    EMULATOR.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET /v2/apis HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\n\r\n{}",
        "HEAD /v2/apis HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
        "POST /v2/apis HTTP/1.1\r\nHost: h\r\nContent-Length: two\r\n\r\n{}",
        "POST /v2/apis HTTP/1.1\r\nHost: h\r\nContent-Length: -2\r\n\r\n{}"
      })
  void isABadRequest(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", EMULATOR.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));

      RawAnswer answer = RawAnswer.read(socket.getInputStream());

      assertThat(answer.status).as("%s", answer).isEqualTo(400);
      assertThat(answer.headers).containsEntry("x-amzn-errortype", "BadRequestException");
      assertThat(socket.getInputStream().read()).isEqualTo(-1);
    }
  }
}
