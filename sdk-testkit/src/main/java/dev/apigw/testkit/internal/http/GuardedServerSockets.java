package dev.apigw.testkit.internal.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import javax.net.ServerSocketFactory;

/**
 * Server sockets whose connections are {@link GuardedSocket}s, held to the request limits, and send
 * at once (TCP_NODELAY): MockWebServer writes a response's head and body separately; with Nagle's
 * algorithm on, the body waits for the client's delayed ACK, some 40 ms per call on Linux.
 */
public final class GuardedServerSockets extends ServerSocketFactory {
  private final RequestGuard.Timeouts timeouts;
  private final Clock clock;
  private final Runnable afterClose;

  /**
   * @param idleTimeout how long a connection may stay open with no request coming
   * @param requestTimeout how long a request may take to come whole from its first byte
   * @param clock the service's clock, for the {@code Date} of the answers the guard writes
   * @param afterClose run when a connection has closed (MockWebServer keeps a request it failed to
   *     read, with what it read of the body, until it is taken)
   */
  public GuardedServerSockets(
      Duration idleTimeout, Duration requestTimeout, Clock clock, Runnable afterClose) {
    this.timeouts = new RequestGuard.Timeouts(idleTimeout, requestTimeout);
    this.clock = clock;
    this.afterClose = afterClose;
  }

  @Override
  public ServerSocket createServerSocket() throws IOException {
    return new GuardedServerSocket();
  }

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    ServerSocket socket = new GuardedServerSocket();
    socket.bind(new InetSocketAddress(port));
    return socket;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog) throws IOException {
    ServerSocket socket = new GuardedServerSocket();
    socket.bind(new InetSocketAddress(port), backlog);
    return socket;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
      throws IOException {
    ServerSocket socket = new GuardedServerSocket();
    socket.bind(new InetSocketAddress(address, port), backlog);
    return socket;
  }

  private final class GuardedServerSocket extends ServerSocket {
    GuardedServerSocket() throws IOException {
      super();
    }

    @Override
    public Socket accept() throws IOException {
      Socket socket = new GuardedSocket(timeouts, clock, afterClose);
      implAccept(socket);
      socket.setTcpNoDelay(true);
      return socket;
    }
  }
}
