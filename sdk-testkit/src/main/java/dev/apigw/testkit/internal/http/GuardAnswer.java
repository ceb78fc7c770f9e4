package dev.apigw.testkit.internal.http;

import dev.apigw.testkit.internal.JsonTree;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An error answer written straight to a connection by its {@link RequestGuard}, before
 * MockWebServer has read the request (a request too large, or one MockWebServer cannot read): the
 * error as every error of the emulator, and the connection closed.
 */
final class GuardAnswer {
  private GuardAnswer() {}

  static byte[] raw(int status, String reason, String type, String message, Instant now) {
    byte[] body = JsonTree.toJson(Map.of("message", message));
    String head =
        "HTTP/1.1 "
            + status
            + " "
            + reason
            + "\r\nx-amzn-RequestId: "
            + UUID.randomUUID()
            + "\r\nDate: "
            + EmulatorDispatcher.httpDate(now)
            + "\r\nContent-Type: application/json\r\nX-Amzn-ErrorType: "
            + type
            + "\r\nContent-Length: "
            + body.length
            + "\r\nConnection: close\r\n\r\n";
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    answer.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
    answer.writeBytes(body);
    return answer.toByteArray();
  }
}
