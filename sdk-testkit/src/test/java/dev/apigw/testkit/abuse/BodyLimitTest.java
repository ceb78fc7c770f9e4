package dev.apigw.testkit.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.retry.RetryStrategy;
import dev.apigw.testkit.ApiGatewayV2Emulator;
import dev.apigw.testkit.internal.RequestLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A body over {@link RequestLimits#MAX_BODY_BYTES} is answered 413 with the error type, before it
 * is read whole, whether its length is declared or it comes in chunks; the emulator serves on.
 */
class BodyLimitTest {
  private static final int LIMIT = RequestLimits.MAX_BODY_BYTES;

  private final ApiGatewayV2Emulator emulator = ApiGatewayV2Emulator.start();

  @AfterEach
  void theEmulatorStillServes() {
    assertThat(emulator.client().getApis(b -> {}).items()).isEmpty();
    emulator.close();
  }

  @Test
  void aDeclaredLengthOverTheLimitIsAnsweredBeforeAnyOfTheBodyIsSent() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(RawRequests.postHead("/v2/apis", LIMIT + 1L));

      RawAnswer answer = RawAnswer.read(socket.getInputStream());

      assertTooLarge(answer);
      assertThat(socket.getInputStream().read()).isEqualTo(-1);
    }
  }

  @Test
  void aChunkedBodyIsCutOffOnceItPassesTheLimit() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
      socket.setSoTimeout(10_000);
      AtomicBoolean answered = new AtomicBoolean();
      AtomicLong sent = new AtomicLong();
      CompletableFuture<Void> sending =
          CompletableFuture.runAsync(() -> sendEndlessly(socket, answered, sent));

      RawAnswer answer = RawAnswer.read(socket.getInputStream());
      answered.set(true);

      assertTooLarge(answer);
      sending.get(10, TimeUnit.SECONDS);
      assertThat(sent.get()).isLessThan(4L * LIMIT);
    }
  }

  @Test
  void aChunkedBodyJustOverTheLimitIsRefusedOnceRead() throws IOException {
    byte[] data = new byte[64 * 1024];
    Arrays.fill(data, (byte) ' ');
    try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(RawRequests.chunkedPostHead("/v2/apis"));
      for (int sent = 0; sent <= LIMIT; sent += data.length) {
        out.write(RawRequests.chunk(data));
      }
      out.write(RawRequests.lastChunk());

      assertTooLarge(RawAnswer.read(socket.getInputStream()));
    }
  }

  @Test
  void aHeadOverItsLimitIsAnsweredBeforeItEnds() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", emulator.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write("GET /v2/apis HTTP/1.1\r\nX-Padding: ".getBytes(StandardCharsets.US_ASCII));
      byte[] padding = new byte[RequestLimits.MAX_HEAD_BYTES + 1];
      Arrays.fill(padding, (byte) 'p');
      out.write(padding);

      RawAnswer answer = RawAnswer.read(socket.getInputStream());

      assertThat(answer.status).as("%s", answer).isEqualTo(413);
      assertThat(answer.headers)
          .containsEntry("x-amzn-errortype", RequestLimits.BODY_TOO_LARGE_TYPE);
      assertThat(answer.body).contains("The request line and headers are over the limit");
    }
  }

  @Test
  void theClientGetsTheRefusalAsTheServiceError() {
    char[] document = new char[LIMIT + 1];
    Arrays.fill(document, 'x');
    try (var client = emulator.clientBuilder().retryStrategy(RetryStrategy.none()).build()) {
      ServiceException refused =
          catchThrowableOfType(
              ServiceException.class, () -> client.importApi(b -> b.body(new String(document))));

      assertThat(refused.statusCode()).isEqualTo(413);
      assertThat(refused.errorCode()).contains(RequestLimits.BODY_TOO_LARGE_TYPE);
    }
  }

  private static void assertTooLarge(RawAnswer answer) {
    assertThat(answer.status).as("%s", answer).isEqualTo(413);
    assertThat(answer.headers)
        .containsEntry("x-amzn-errortype", RequestLimits.BODY_TOO_LARGE_TYPE)
        .containsKey("x-amzn-requestid")
        .containsEntry("content-type", "application/json");
    assertThat(answer.body).startsWith("{\"message\":\"The request body");
  }

  private static void sendEndlessly(Socket socket, AtomicBoolean answered, AtomicLong sent) {
    byte[] data = new byte[64 * 1024];
    Arrays.fill(data, (byte) ' ');
    try {
      OutputStream out = socket.getOutputStream();
      out.write(RawRequests.chunkedPostHead("/v2/apis"));
      while (!answered.get() && sent.get() < 4L * LIMIT) {
        out.write(RawRequests.chunk(data));
        sent.addAndGet(data.length);
      }
    } catch (IOException e) {
      // the emulator closed the connection: what it does once it has answered
    }
  }
}
