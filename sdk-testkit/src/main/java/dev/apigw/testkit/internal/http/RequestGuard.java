package dev.apigw.testkit.internal.http;

import dev.apigw.testkit.internal.RequestLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Holds one connection's requests to {@link RequestLimits}, below MockWebServer, which reads a
 * request whole before the dispatcher sees it and sets no time limit: a request must begin within
 * the idle timeout of the connection's opening or last answer and come whole within the request
 * timeout of its first byte, and a request whose head declares a body over {@link
 * RequestLimits#MAX_BODY_BYTES}, or whose bytes pass it (a chunked body), is answered 413 at once
 * and the connection closed, the rest unread. A request MockWebServer could not read, and would
 * drop unanswered, is answered 400 BadRequestException the same way.
 */
final class RequestGuard {
  /** How long a connection may wait for a request, and a request take to come whole. */
  static final class Timeouts {
    final Duration idle;
    final Duration request;

    Timeouts(Duration idle, Duration request) {
      this.idle = idle;
      this.request = request;
    }
  }

  private static final long DRAIN_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final Socket socket;
  private final InputStream rawInput;
  private final OutputStream rawOutput;
  private final Timeouts timeouts;
  private final Clock clock;
  private final RequestHead head = new RequestHead();
  private long idleSinceNanos = System.nanoTime();
  private long startedNanos;
  private long received;

  RequestGuard(
      Socket socket, InputStream rawInput, OutputStream rawOutput, Timeouts timeouts, Clock clock) {
    this.socket = socket;
    this.rawInput = rawInput;
    this.rawOutput = rawOutput;
    this.timeouts = timeouts;
    this.clock = clock;
  }

  /** Before each read: no longer than the time left to the next request, or to this one's end. */
  void beforeRead() throws IOException {
    long leftNanos =
        received == 0
            ? timeouts.idle.toNanos() - (System.nanoTime() - idleSinceNanos)
            : timeouts.request.toNanos() - (System.nanoTime() - startedNanos);
    if (leftNanos <= 0) {
      timedOut();
      throw new SocketTimeoutException(
          received == 0
              ? "no request within " + timeouts.idle
              : "no whole request within " + timeouts.request);
    }
    socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, leftNanos / 1_000_000)));
  }

  /**
   * A read timed out: the connection is closed. MockWebServer closes a connection whose request
   * failed, but not one that failed while waiting for a request.
   */
  void timedOut() throws IOException {
    socket.close();
  }

  /** After each read of {@code length} bytes. */
  void received(byte[] bytes, int offset, int length) throws IOException {
    if (received == 0) {
      startedNanos = System.nanoTime();
    }
    received += length;
    head.add(bytes, offset, length);
    if (head.unreadable() != null) {
      refuse(400, "Bad Request", "BadRequestException", head.unreadable());
    }
    if (head.declaredBodyLength() > RequestLimits.MAX_BODY_BYTES) {
      refuseAsTooLarge(
          "The request body of "
              + head.declaredBodyLength()
              + " bytes is over the limit of "
              + RequestLimits.MAX_BODY_BYTES
              + " bytes");
    }
    if (!head.complete() && received > RequestLimits.MAX_HEAD_BYTES) {
      refuseAsTooLarge(
          "The request line and headers are over the limit of "
              + RequestLimits.MAX_HEAD_BYTES
              + " bytes");
    }
    if (received > RequestLimits.MAX_HEAD_BYTES + (long) RequestLimits.MAX_BODY_BYTES) {
      refuseAsTooLarge(
          "The request body is over the limit of " + RequestLimits.MAX_BODY_BYTES + " bytes");
    }
  }

  /** An answer is being written: the request was read whole; the connection is idle. */
  void answering() {
    idleSinceNanos = System.nanoTime();
    received = 0;
    head.reset();
  }

  private void refuseAsTooLarge(String message) throws IOException {
    refuse(413, "Payload Too Large", RequestLimits.BODY_TOO_LARGE_TYPE, message);
  }

  private void refuse(int status, String reason, String type, String message) throws IOException {
    rawOutput.write(GuardAnswer.raw(status, reason, type, message, clock.instant()));
    rawOutput.flush();
    socket.shutdownOutput();
    drainBriefly();
    socket.close();
    throw new IOException(message);
  }

  /** Reads what the client is still sending, for a moment, so that it reads the answer. */
  private void drainBriefly() throws IOException {
    long started = System.nanoTime();
    byte[] discarded = new byte[8192];
    socket.setSoTimeout(100);
    try {
      while (System.nanoTime() - started < DRAIN_NANOS && rawInput.read(discarded) >= 0) {
        // discarded
      }
    } catch (SocketTimeoutException e) {
      // the client stopped sending
    }
  }
}
