package dev.apigw.benchmarks.server;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * An HTTP/1.1 keep-alive server on 127.0.0.1 that answers {@link CannedResponses}: a plain {@link
 * ServerSocket}, one thread per connection, {@code TCP_NODELAY}. It reads each request's head and
 * its body (by {@code Content-Length}, or chunked), answers {@code 100 Continue} when asked to, and
 * writes the canned bytes for the method and path.
 *
 * <p>Written for the benchmarks: after warm-up a request allocates nothing here (one buffer per
 * connection, byte comparisons), so JMH's {@code -prof gc}, which counts the allocations of every
 * thread in the JVM, counts the client's. {@link #allocatedBytes()} lets a test check that.
 */
public final class LoopbackServer implements Closeable {
  private static final int MAX_HEAD = 64 * 1024;

  private final CannedResponses responses;
  private final RequestListener listener;
  private final ServerSocket serverSocket;
  private final Thread acceptor;
  private final List<Socket> connections = new CopyOnWriteArrayList<>();
  private final List<Thread> threads = new CopyOnWriteArrayList<>();
  private final AtomicInteger connectionCount = new AtomicInteger();
  private final LongAdder requestCount = new LongAdder();
  private volatile boolean closed;

  /** Sees every request, for tests (a server with a listener allocates per request). */
  @FunctionalInterface
  public interface RequestListener {
    void onRequest(RecordedRequest request);
  }

  /**
   * A request as it arrived.
   *
   * @param method the method
   * @param target the request target (path and query)
   * @param headers the header lines, names lower-cased, in order, as {@code name: value}
   * @param body the body (chunks joined)
   */
  public record RecordedRequest(String method, String target, List<String> headers, byte[] body) {
    /** The value of the first header named {@code name} (any case), or null. */
    public String header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ": ";
      for (String header : headers) {
        if (header.startsWith(prefix)) {
          return header.substring(prefix.length());
        }
      }
      return null;
    }
  }

  private LoopbackServer(CannedResponses responses, RequestListener listener) throws IOException {
    this.responses = responses;
    this.listener = listener;
    this.serverSocket = new ServerSocket();
    serverSocket.setReuseAddress(true);
    serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    this.acceptor = new Thread(this::acceptLoop, "loopback-server-accept");
    acceptor.setDaemon(true);
  }

  /** Starts a server on a free port of 127.0.0.1. */
  public static LoopbackServer start(CannedResponses responses) throws IOException {
    return start(responses, null);
  }

  /**
   * Starts a server on a free port of 127.0.0.1 that shows {@code listener} (when not null) every
   * request.
   */
  public static LoopbackServer start(CannedResponses responses, RequestListener listener)
      throws IOException {
    LoopbackServer server = new LoopbackServer(responses, listener);
    server.acceptor.start();
    return server;
  }

  public int port() {
    return serverSocket.getLocalPort();
  }

  /** {@code http://127.0.0.1:<port>}. */
  public URI endpoint() {
    return URI.create("http://" + serverSocket.getInetAddress().getHostAddress() + ":" + port());
  }

  /** Requests answered so far. */
  public long requestCount() {
    return requestCount.sum();
  }

  /** Connections accepted so far. */
  public int connectionCount() {
    return connectionCount.get();
  }

  /**
   * Bytes allocated so far by the server's threads that are still alive, from HotSpot's per-thread
   * counters; -1 where the JVM does not count them.
   */
  public long allocatedBytes() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    if (!(bean instanceof com.sun.management.ThreadMXBean)) {
      return -1;
    }
    com.sun.management.ThreadMXBean hotspot = (com.sun.management.ThreadMXBean) bean;
    long sum = 0;
    for (Thread thread : threads) {
      long bytes = hotspot.getThreadAllocatedBytes(thread.getId());
      if (bytes > 0) {
        sum += bytes;
      }
    }
    return sum;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    serverSocket.close();
    for (Socket socket : connections) {
      socket.close();
    }
  }

  private void acceptLoop() {
    while (!closed) {
      Socket socket;
      try {
        socket = serverSocket.accept();
        socket.setTcpNoDelay(true);
      } catch (IOException e) {
        if (!closed) {
          System.err.println("loopback server: accept failed: " + e);
        }
        return;
      }
      connections.add(socket);
      Thread thread =
          new Thread(() -> serve(socket), "loopback-server-" + connectionCount.incrementAndGet());
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      new Connection(socket.getInputStream(), socket.getOutputStream()).run();
    } catch (SocketException e) {
      // the client or close() closed the connection
    } catch (IOException e) {
      if (!closed) {
        System.err.println("loopback server: " + e);
      }
    } finally {
      connections.remove(socket);
      threads.remove(Thread.currentThread());
    }
  }

  /** One connection's requests, in order, until the client closes it or asks to. */
  private final class Connection {
    private static final byte[] CONTINUE =
        "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final InputStream in;
    private final OutputStream out;
    private byte[] buf = new byte[16 * 1024];

    /** Unread bytes are buf[start, end). */
    private int start;

    private int end;

    /** Where the line {@link #readLine()} consumed last starts. */
    private int lineStart;

    /** The body read, when there is a listener. */
    private ByteArrayOutputStream body;

    Connection(InputStream in, OutputStream out) {
      this.in = in;
      this.out = out;
    }

    void run() throws IOException {
      while (true) {
        int headEnd = readHead();
        if (headEnd < 0) {
          return;
        }
        int headStart = start;
        start = headEnd;

        // Request line: METHOD SP TARGET SP VERSION CRLF
        int methodEnd = indexOf(buf, headStart, headEnd, (byte) ' ');
        int targetEnd = methodEnd < 0 ? -1 : indexOf(buf, methodEnd + 1, headEnd, (byte) ' ');
        int lineEnd = indexOf(buf, headStart, headEnd, (byte) '\r');
        if (methodEnd < 0 || targetEnd < 0 || targetEnd > lineEnd) {
          throw new IOException("malformed request line");
        }

        long contentLength = 0;
        boolean chunked = false;
        boolean expectContinue = false;
        boolean close = false;
        int line = lineEnd + 2;
        while (line < headEnd - 2) {
          int eol = indexOf(buf, line, headEnd, (byte) '\r');
          int colon = indexOf(buf, line, eol, (byte) ':');
          if (colon > 0) {
            int value = colon + 1;
            while (value < eol && (buf[value] == ' ' || buf[value] == '\t')) {
              value++;
            }
            if (nameIs(line, colon, "content-length")) {
              contentLength = parseLong(value, eol);
            } else if (nameIs(line, colon, "transfer-encoding")) {
              chunked = valueContains(value, eol, "chunked");
            } else if (nameIs(line, colon, "expect")) {
              expectContinue = valueContains(value, eol, "100-continue");
            } else if (nameIs(line, colon, "connection")) {
              close = valueContains(value, eol, "close");
            }
          }
          line = eol + 2;
        }
        byte[] response =
            responses.answer(
                buf, headStart, methodEnd - headStart, methodEnd + 1, targetEnd - methodEnd - 1);
        String method = null;
        String target = null;
        List<String> headers = null;
        if (listener != null) {
          method = new String(buf, headStart, methodEnd - headStart, StandardCharsets.US_ASCII);
          target =
              new String(buf, methodEnd + 1, targetEnd - methodEnd - 1, StandardCharsets.UTF_8);
          headers = new ArrayList<>();
          String lines =
              new String(buf, lineEnd + 2, headEnd - 4 - lineEnd, StandardCharsets.UTF_8);
          for (String header : lines.split("\r\n")) {
            int colon = header.indexOf(':');
            if (colon > 0) {
              headers.add(
                  header.substring(0, colon).toLowerCase(Locale.ROOT)
                      + ": "
                      + header.substring(colon + 1).trim());
            }
          }
          body = new ByteArrayOutputStream();
        }

        if (expectContinue) {
          out.write(CONTINUE);
          out.flush();
        }
        if (chunked) {
          skipChunkedBody();
        } else {
          skip(contentLength);
        }
        if (listener != null) {
          listener.onRequest(new RecordedRequest(method, target, headers, body.toByteArray()));
          body = null;
        }
        requestCount.increment(); // before the answer, so a caller holding it sees the count
        out.write(response);
        out.flush();
        if (close) {
          return;
        }
      }
    }

    /**
     * Reads until buf[start, end) holds a whole head; returns the index after its CRLFCRLF, or -1
     * at end of stream.
     */
    private int readHead() throws IOException {
      int scanned = start;
      while (true) {
        for (int i = Math.max(scanned, start + 3); i < end; i++) {
          if (buf[i] == '\n' && buf[i - 1] == '\r' && buf[i - 2] == '\n' && buf[i - 3] == '\r') {
            return i + 1;
          }
        }
        scanned = end;
        if (end - start >= MAX_HEAD) {
          throw new IOException("request head longer than " + MAX_HEAD + " bytes");
        }
        int scannedOffset = scanned - start;
        if (!fill()) {
          return -1;
        }
        scanned = start + scannedOffset;
      }
    }

    /**
     * Reads more bytes after buf[start, end), compacting or growing buf; false at end of stream.
     */
    private boolean fill() throws IOException {
      if (start > 0) {
        System.arraycopy(buf, start, buf, 0, end - start);
        end -= start;
        start = 0;
      }
      if (end == buf.length) {
        byte[] bigger = new byte[buf.length * 2];
        System.arraycopy(buf, 0, bigger, 0, end);
        buf = bigger;
      }
      int n = in.read(buf, end, buf.length - end);
      if (n < 0) {
        return false;
      }
      end += n;
      return true;
    }

    private void skip(long count) throws IOException {
      while (count > 0) {
        if (start == end && !fill()) {
          throw new IOException("end of stream in a request body");
        }
        int n = (int) Math.min(count, end - start);
        if (body != null) {
          body.write(buf, start, n);
        }
        start += n;
        count -= n;
      }
    }

    private void skipChunkedBody() throws IOException {
      while (true) {
        int eol = readLine();
        long size = parseHex(lineStart, eol);
        if (size == 0) {
          // trailers, up to an empty line
          do {
            eol = readLine();
          } while (eol != lineStart);
          return;
        }
        skip(size);
        readLine();
      }
    }

    /** Consumes one CRLF-terminated line: its text is buf[lineStart, the index returned). */
    private int readLine() throws IOException {
      int scanned = start + 1;
      while (true) {
        for (int i = scanned; i < end; i++) {
          if (buf[i] == '\n' && buf[i - 1] == '\r') {
            lineStart = start;
            start = i + 1;
            return i - 1;
          }
        }
        int scannedOffset = Math.max(end - start, 1);
        if (!fill()) {
          throw new IOException("end of stream in a chunked request body");
        }
        scanned = start + scannedOffset;
      }
    }

    private long parseHex(int from, int to) throws IOException {
      long value = 0;
      int digits = 0;
      for (int i = from; i < to && buf[i] != ';'; i++) {
        int d = Character.digit(buf[i], 16);
        if (d < 0 || ++digits > 15) {
          throw new IOException("bad chunk size");
        }
        value = value * 16 + d;
      }
      if (digits == 0) {
        throw new IOException("bad chunk size");
      }
      return value;
    }

    private long parseLong(int from, int to) throws IOException {
      long value = 0;
      if (from >= to) {
        throw new IOException("bad Content-Length");
      }
      for (int i = from; i < to; i++) {
        if (buf[i] < '0' || buf[i] > '9') {
          throw new IOException("bad Content-Length");
        }
        value = value * 10 + (buf[i] - '0');
      }
      return value;
    }

    private boolean nameIs(int from, int to, String lowerCaseName) {
      if (to - from != lowerCaseName.length()) {
        return false;
      }
      for (int i = 0; i < lowerCaseName.length(); i++) {
        int c = buf[from + i];
        if (c >= 'A' && c <= 'Z') {
          c += 'a' - 'A';
        }
        if (c != lowerCaseName.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    private boolean valueContains(int from, int to, String lowerCaseWord) {
      outer:
      for (int i = from; i + lowerCaseWord.length() <= to; i++) {
        for (int j = 0; j < lowerCaseWord.length(); j++) {
          int c = buf[i + j];
          if (c >= 'A' && c <= 'Z') {
            c += 'a' - 'A';
          }
          if (c != lowerCaseWord.charAt(j)) {
            continue outer;
          }
        }
        return true;
      }
      return false;
    }
  }

  private static int indexOf(byte[] buf, int from, int to, byte b) {
    for (int i = from; i < to; i++) {
      if (buf[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
