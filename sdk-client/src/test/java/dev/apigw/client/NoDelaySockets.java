package dev.apigw.client;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;

/**
 * Server sockets for MockWebServer whose connections send at once. MockWebServer writes a
 * response's head and body apart; with Nagle's algorithm each call would wait ~40 ms for the
 * client's delayed ACK, which makes tests of many calls slow without testing anything more.
 */
final class NoDelaySockets extends ServerSocketFactory {
  @Override
  public ServerSocket createServerSocket() throws IOException {
    return new ServerSocket() {
      @Override
      public Socket accept() throws IOException {
        Socket socket = super.accept();
        socket.setTcpNoDelay(true);
        return socket;
      }
    };
  }

  // MockWebServer creates an unbound socket and binds it itself; these are never called.
  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    return ServerSocketFactory.getDefault().createServerSocket(port);
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog) throws IOException {
    return ServerSocketFactory.getDefault().createServerSocket(port, backlog);
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
      throws IOException {
    return ServerSocketFactory.getDefault().createServerSocket(port, backlog, address);
  }
}
