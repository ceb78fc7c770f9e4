package dev.apigw.testkit.internal.http;

import dev.apigw.testkit.internal.JsonTree;
import dev.apigw.testkit.internal.RequestLimits;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The 413 answer to a request over {@link RequestLimits}, written straight to the connection by its
 * {@link RequestGuard}, before MockWebServer has read the request: the error as every error of the
 * emulator, and the connection closed.
 */
final class TooLargeAnswer {
  private TooLargeAnswer() {}

  static byte[] raw(String message, Instant now) {
    byte[] body = JsonTree.toJson(Map.of("message", message));
    String head =
        "HTTP/1.1 413 Payload Too Large\r\n"
            + "x-amzn-RequestId: "
            + UUID.randomUUID()
            + "\r\nDate: "
            + EmulatorDispatcher.httpDate(now)
            + "\r\nContent-Type: application/json\r\n"
            + "X-Amzn-ErrorType: "
            + RequestLimits.BODY_TOO_LARGE_TYPE
            + "\r\nContent-Length: "
            + body.length
            + "\r\nConnection: close\r\n\r\n";
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    answer.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
    answer.writeBytes(body);
    return answer.toByteArray();
  }
}
