package dev.apigw.core.http;

import java.io.InputStream;
import java.util.Objects;
import okio.Buffer;

/**
 * Reads a buffer's segments in place, without consuming them (so the body can be read again) and
 * without copying them anywhere but into the reader's own array.
 */
final class BufferInputStream extends InputStream {
  private final Buffer buffer;
  private final long size;
  private long position;

  BufferInputStream(Buffer buffer) {
    this.buffer = buffer;
    this.size = buffer.size();
  }

  @Override
  public int read() {
    return position < size ? buffer.getByte(position++) & 0xFF : -1;
  }

  @Override
  public int read(byte[] into, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, into.length);
    if (length == 0) {
      return 0;
    }
    if (position >= size) {
      return -1;
    }
    try (Buffer.UnsafeCursor cursor = buffer.readUnsafe()) {
      cursor.seek(position);
      int count = Math.min(length, cursor.end - cursor.start);
      System.arraycopy(cursor.data, cursor.start, into, offset, count);
      position += count;
      return count;
    }
  }

  @Override
  public int available() {
    return (int) Math.min(Integer.MAX_VALUE, size - position);
  }
}
