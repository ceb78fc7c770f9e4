package dev.apigw.testkit.internal.http;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Clock;

/**
 * A connection to the emulator whose reads go through its {@link RequestGuard}, whose writes (an
 * answer) tell the guard that the request was read whole, and whose closing is told.
 */
final class GuardedSocket extends Socket {
  private final RequestGuard.Timeouts timeouts;
  private final Clock clock;
  private final Runnable afterClose;
  private InputStream input;
  private OutputStream output;
  private RequestGuard guard;

  GuardedSocket(RequestGuard.Timeouts timeouts, Clock clock, Runnable afterClose) {
    this.timeouts = timeouts;
    this.clock = clock;
    this.afterClose = afterClose;
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      super.close();
    } finally {
      afterClose.run();
    }
  }

  @Override
  public synchronized InputStream getInputStream() throws IOException {
    if (input == null) {
      input = new GuardedInput(super.getInputStream(), guard());
    }
    return input;
  }

  @Override
  public synchronized OutputStream getOutputStream() throws IOException {
    if (output == null) {
      output = new AnswerOutput(super.getOutputStream(), guard());
    }
    return output;
  }

  private RequestGuard guard() throws IOException {
    if (guard == null) {
      guard =
          new RequestGuard(this, super.getInputStream(), super.getOutputStream(), timeouts, clock);
    }
    return guard;
  }

  private static final class GuardedInput extends FilterInputStream {
    private final RequestGuard guard;

    GuardedInput(InputStream in, RequestGuard guard) {
      super(in);
      this.guard = guard;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      guard.beforeRead();
      int read;
      try {
        read = in.read(bytes, offset, length);
      } catch (SocketTimeoutException e) {
        guard.timedOut();
        throw e;
      }
      if (read > 0) {
        guard.received(bytes, offset, read);
      }
      return read;
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] skipped = new byte[(int) Math.min(n, 8192)];
      int read = read(skipped, 0, skipped.length);
      return Math.max(read, 0);
    }
  }

  private static final class AnswerOutput extends FilterOutputStream {
    private final RequestGuard guard;

    AnswerOutput(OutputStream out, RequestGuard guard) {
      super(out);
      this.guard = guard;
    }

    @Override
    public void write(int b) throws IOException {
      guard.answering();
      out.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      guard.answering();
      out.write(bytes, offset, length);
    }
  }
}
