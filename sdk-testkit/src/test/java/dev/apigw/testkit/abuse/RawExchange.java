package dev.apigw.testkit.abuse;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** One POST over a fresh connection, its answer read straight off the socket. */
final class RawExchange {
  private RawExchange() {}

  static RawAnswer post(int port, String path, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(RawRequests.postHead(path, bytes.length));
      out.write(bytes);
      out.flush();
      return RawAnswer.read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
