package dev.apigw.testkit.internal.http;

import dev.apigw.testkit.internal.RequestLimits;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The request line and headers of the request coming on a connection, kept as they arrive (up to
 * {@link RequestLimits#MAX_HEAD_BYTES}) until the blank line that ends them, for the body length
 * they declare.
 */
final class RequestHead {
  private static final byte[] END = {'\r', '\n', '\r', '\n'};

  private final byte[] bytes = new byte[RequestLimits.MAX_HEAD_BYTES];
  private int size;
  private boolean complete;
  private long declaredBodyLength = -1;

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
      declaredBodyLength = contentLength(new String(bytes, 0, end, StandardCharsets.ISO_8859_1));
    }
  }

  boolean complete() {
    return complete;
  }

  /** The body length its Content-Length declares; -1 without one (or before the head is whole). */
  long declaredBodyLength() {
    return declaredBodyLength;
  }

  void reset() {
    size = 0;
    complete = false;
    declaredBodyLength = -1;
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

  private static long contentLength(String head) {
    for (String line : head.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0
          && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
        String value = line.substring(colon + 1).trim();
        if (!value.matches("[0-9]{1,30}")) {
          return -1;
        }
        return value.length() > 18 ? Long.MAX_VALUE : Long.parseLong(value);
      }
    }
    return -1;
  }
}
