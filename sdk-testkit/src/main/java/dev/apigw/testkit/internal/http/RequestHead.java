package dev.apigw.testkit.internal.http;

import dev.apigw.testkit.internal.RequestLimits;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The request line and headers of the request coming on a connection, kept as they arrive (up to
 * {@link RequestLimits#MAX_HEAD_BYTES}) until the blank line that ends them, for the body they
 * declare.
 */
final class RequestHead {
  private static final byte[] END = {'\r', '\n', '\r', '\n'};

  private final byte[] bytes = new byte[RequestLimits.MAX_HEAD_BYTES];
  private int size;
  private boolean complete;
  private long declaredBodyLength = -1;
  private @Nullable String unreadable;

  void add(byte[] chunk, int offset, int length) {
    if (complete) {
      return;
    }
    int copied = Math.min(length, bytes.length - size);
    System.arraycopy(chunk, offset, bytes, size, copied);
    int from = Math.max(0, size - END.length + 1);
    size += copied;
    int end = indexOfEnd(from);
    if (end >= 0) {
      complete = true;
      read(new String(bytes, 0, end, StandardCharsets.ISO_8859_1));
    }
  }

  boolean complete() {
    return complete;
  }

  /** The body length its Content-Length declares; -1 without one (or before the head is whole). */
  long declaredBodyLength() {
    return declaredBodyLength;
  }

  /**
   * Why MockWebServer could not read the request this head begins, which it would drop unanswered:
   * a Content-Length that is not a length, or a body on a GET or HEAD; null when it can.
   */
  @Nullable String unreadable() {
    return unreadable;
  }

  void reset() {
    size = 0;
    complete = false;
    declaredBodyLength = -1;
    unreadable = null;
  }

  private void read(String head) {
    String[] lines = head.split("\r\n");
    String method = lines[0].split(" ", 2)[0];
    boolean chunked = false;
    for (String line : lines) {
      int colon = line.indexOf(':');
      String name = colon > 0 ? line.substring(0, colon).trim().toLowerCase(Locale.ROOT) : "";
      String value = colon > 0 ? line.substring(colon + 1).trim() : "";
      if (name.equals("content-length")) {
        if (!value.matches("[0-9]{1,30}")) {
          unreadable = "The Content-Length header is not a length: " + value;
          return;
        }
        declaredBodyLength = value.length() > 18 ? Long.MAX_VALUE : Long.parseLong(value);
      } else if (name.equals("transfer-encoding")) {
        chunked = value.toLowerCase(Locale.ROOT).equals("chunked");
      }
    }
    if ((method.equals("GET") || method.equals("HEAD")) && (chunked || declaredBodyLength > 0)) {
      unreadable = "A " + method + " request must not have a body";
    }
  }

  private int indexOfEnd(int from) {
    for (int i = from; i + END.length <= size; i++) {
      if (bytes[i] == '\r'
          && bytes[i + 1] == '\n'
          && bytes[i + 2] == '\r'
          && bytes[i + 3] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
