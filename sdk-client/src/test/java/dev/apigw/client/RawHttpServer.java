package dev.apigw.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server for the faults MockWebServer cannot make: it reads each request whole,
 * then does whatever the next scripted {@link Action} says with the raw socket (reset it, cut a
 * body short, answer properly), one connection per request.
 */
final class RawHttpServer implements AutoCloseable {
  /** What to do with the socket once a request has been read. */
  @FunctionalInterface
  interface Action {
    void perform(Socket socket, OutputStream out) throws IOException;
  }

  private final ServerSocket serverSocket;
  private final BlockingQueue<Action> script = new LinkedBlockingQueue<>();
  private final AtomicInteger requestCount = new AtomicInteger();
  private final Thread acceptor;

  RawHttpServer() throws IOException {
    serverSocket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    acceptor = new Thread(this::acceptLoop, "raw-http-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String url() {
    return "http://127.0.0.1:" + serverSocket.getLocalPort();
  }

  int requestCount() {
    return requestCount.get();
  }

  RawHttpServer then(Action action) {
    script.add(action);
    return this;
  }

  /** Closes the connection with a TCP reset before any response byte. */
  static Action reset() {
    return (socket, out) -> {
      socket.setSoLinger(true, 0);
      socket.close();
    };
  }

  /** Promises {@code declared} body bytes but sends only {@code sent} of them, then closes. */
  static Action truncated(int declared, String sent) {
    return (socket, out) -> {
      out.write(
          ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                  + declared
                  + "\r\n\r\n"
                  + sent)
              .getBytes(StandardCharsets.UTF_8));
      out.flush();
      socket.close();
    };
  }

  /** Starts a chunked body and closes the connection in the middle of it. */
  static Action disconnectMidBody() {
    return (socket, out) -> {
      out.write(
          ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                  + "10\r\n{\"items\":[{\"rou")
              .getBytes(StandardCharsets.UTF_8));
      out.flush();
      socket.close();
    };
  }

  /** A whole response, after which the connection closes. */
  static Action respond(int status, String body) {
    return (socket, out) -> {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      out.write(
          ("HTTP/1.1 "
                  + status
                  + " X\r\nContent-Type: application/json\r\nx-amzn-RequestId: raw-"
                  + status
                  + "\r\nConnection: close\r\nContent-Length: "
                  + bytes.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.write(bytes);
      out.flush();
      socket.close();
    };
  }

  private void acceptLoop() {
    while (!serverSocket.isClosed()) {
      try (Socket socket = serverSocket.accept()) {
        readRequest(socket.getInputStream());
        requestCount.incrementAndGet();
        Action action = script.poll(10, TimeUnit.SECONDS);
        if (action == null) {
          socket.setSoLinger(true, 0);
        } else if (!socket.isClosed()) {
          action.perform(socket, socket.getOutputStream());
        }
      } catch (IOException | InterruptedException e) {
        if (serverSocket.isClosed()) {
          return;
        }
      }
    }
  }

  private static void readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("the client closed the connection before a whole request");
      }
      head.write(b);
      matched =
          (b == '\r' || b == '\n') && "\r\n\r\n".charAt(matched) == b
              ? matched + 1
              : (b == '\r' ? 1 : 0);
    }
    long length = 0;
    for (String line : head.toString(StandardCharsets.UTF_8).split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
      }
    }
    for (long i = 0; i < length; i++) {
      if (in.read() < 0) {
        throw new IOException("the request body was cut short");
      }
    }
  }

  @Override
  public void close() throws IOException {
    serverSocket.close();
  }
}
