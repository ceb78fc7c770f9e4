package dev.apigw.benchmarks.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class LoopbackServerTest {
  private final CannedResponses responses = CannedResponses.create();

  @Test
  void answersManyRequestsOnOneKeptAliveConnection() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(responses);
        Socket socket = new Socket("127.0.0.1", server.port())) {
      for (int i = 0; i < 3; i++) {
        send(socket, "GET /v2/apis/bench25/routes HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(readResponse(socket.getInputStream()))
            .isEqualTo(responses.answer("GET", "/v2/apis/bench25/routes"));
      }
      send(
          socket,
          "POST /v2/apis/bench25/routes HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}");
      assertThat(CannedResponses.status(readResponse(socket.getInputStream()))).isEqualTo(201);

      assertThat(server.requestCount()).isEqualTo(4);
      assertThat(server.connectionCount()).isEqualTo(1);
    }
  }

  @Test
  void readsChunkedBodiesAndAnswersExpectContinue() throws Exception {
    List<LoopbackServer.RecordedRequest> requests = new CopyOnWriteArrayList<>();
    try (LoopbackServer server = LoopbackServer.start(responses, requests::add);
        Socket socket = new Socket("127.0.0.1", server.port())) {
      send(
          socket,
          "PATCH /v2/apis/bench25/routes/r000001 HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
              + "Expect: 100-continue\r\n\r\n");
      InputStream in = socket.getInputStream();
      assertThat(readHead(in)).startsWith("HTTP/1.1 100 Continue");
      send(socket, "5\r\n{\"a\":\r\n3;ext=1\r\n\"b\"\r\n1\r\n}\r\n0\r\nTrailer: t\r\n\r\n");
      assertThat(CannedResponses.status(readResponse(in))).isEqualTo(200);
      send(socket, "GET /v2/apis/missing/routes HTTP/1.1\r\nHost: x\r\n\r\n");
      assertThat(CannedResponses.status(readResponse(in))).isEqualTo(404);
    }
    assertThat(requests).hasSize(2);
    assertThat(new String(requests.get(0).body(), StandardCharsets.UTF_8))
        .isEqualTo("{\"a\":\"b\"}");
    assertThat(requests.get(0).header("Transfer-Encoding")).isEqualTo("chunked");
    assertThat(requests.get(1).target()).isEqualTo("/v2/apis/missing/routes");
  }

  @Test
  void closesTheConnectionWhenAsked() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(responses);
        Socket socket = new Socket("127.0.0.1", server.port())) {
      send(socket, "GET /v2/apis/bench25/routes HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      InputStream in = socket.getInputStream();
      readResponse(in);
      assertThat(in.read()).isEqualTo(-1);
    }
  }

  @Test
  void allocatesNothingPerRequestAfterWarmUp() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(responses);
        Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setTcpNoDelay(true);
      byte[] request =
          ("POST /v2/apis/bench25/routes HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  + "Content-Length: 17\r\nX-Amz-Date: 20260830T120000Z\r\n\r\n{\"routeKey\":\"x\"}\n")
              .getBytes(StandardCharsets.US_ASCII);
      int responseLength = responses.answer("POST", "/v2/apis/bench25/routes").length;
      byte[] response = new byte[responseLength];
      exchange(socket, request, response, 5_000);
      long before = server.allocatedBytes();
      int requests = 2_000;
      exchange(socket, request, response, requests);
      long perRequest = (server.allocatedBytes() - before) / requests;

      assertThat(before).isPositive();
      assertThat(perRequest).as("bytes the server allocates per request").isLessThan(16);
    }
  }

  private static void exchange(Socket socket, byte[] request, byte[] response, int times)
      throws IOException {
    OutputStream out = socket.getOutputStream();
    InputStream in = socket.getInputStream();
    for (int i = 0; i < times; i++) {
      out.write(request);
      int read = 0;
      while (read < response.length) {
        int n = in.read(response, read, response.length - read);
        assertThat(n).isPositive();
        read += n;
      }
    }
  }

  private static void send(Socket socket, String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    socket.getOutputStream().flush();
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      assertThat(b).isNotNegative();
      head.write(b);
      matched =
          (b == '\r' && (matched == 0 || matched == 2))
                  || (b == '\n' && (matched == 1 || matched == 3))
              ? matched + 1
              : b == '\r' ? 1 : 0;
    }
    return head.toString(StandardCharsets.US_ASCII);
  }

  /** One whole response: its head, then Content-Length bytes. */
  private static byte[] readResponse(InputStream in) throws IOException {
    String head = readHead(in);
    int length = 0;
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase().startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.write(head.getBytes(StandardCharsets.US_ASCII));
    all.write(in.readNBytes(length));
    return all.toByteArray();
  }
}
