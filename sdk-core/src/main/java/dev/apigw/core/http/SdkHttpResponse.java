package dev.apigw.core.http;

import dev.apigw.core.result.ResponseMetadata;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP response as the runtime received it: status, headers and the whole body. Immutable, but
 * for {@link #releaseBody()}, which the runtime calls once the body is decoded.
 *
 * <p>A response the runtime read holds its body in OkHttp's pooled buffer segments as they came off
 * the socket: {@link #bodyStream()} reads them in place, with no copy into an array, and {@link
 * #releaseBody()} gives the segments back for the next response.
 *
 * <p>{@link #toString()} shows the status, the request id and the body size, never header values or
 * the body.
 */
public final class SdkHttpResponse {
  /** The header the service puts its request id in. */
  public static final String REQUEST_ID_HEADER = "x-amzn-RequestId";

  /** The request id header some AWS front ends use instead. */
  public static final String ALTERNATE_REQUEST_ID_HEADER = "x-amz-request-id";

  private static final byte[] NO_BYTES = new byte[0];

  private final int statusCode;
  private final List<NameValue> headers;
  private final byte[] body;

  /**
   * The body in pooled segments, for responses the runtime read; null when {@link #body} holds it.
   */
  private @Nullable Buffer buffered;

  private final int length;

  private SdkHttpResponse(int statusCode, List<NameValue> headers, byte[] body) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.body = body;
    this.buffered = null;
    this.length = body.length;
  }

  private SdkHttpResponse(int statusCode, List<NameValue> headers, Buffer buffered) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.body = NO_BYTES;
    this.buffered = buffered;
    this.length = Math.toIntExact(buffered.size());
  }

  /**
   * A response with this status, these headers (in order; a name may repeat) and this body (copied;
   * null means empty). Fails with {@link IllegalArgumentException} naming the argument when the
   * status is not a three-digit code or the headers are null or hold a null.
   */
  public static SdkHttpResponse of(
      int statusCode, List<NameValue> headers, byte @Nullable [] body) {
    if (statusCode < 100 || statusCode > 999) {
      throw new IllegalArgumentException(
          "statusCode must be a three-digit HTTP status: " + statusCode);
    }
    if (headers == null) {
      throw new IllegalArgumentException("headers must not be null");
    }
    List<NameValue> copy = new ArrayList<>(headers.size());
    for (int i = 0; i < headers.size(); i++) {
      NameValue header = headers.get(i);
      if (header == null) {
        throw new IllegalArgumentException("headers[" + i + "] must not be null");
      }
      copy.add(header);
    }
    byte[] bytes = body == null || body.length == 0 ? NO_BYTES : body.clone();
    return new SdkHttpResponse(statusCode, Collections.unmodifiableList(copy), bytes);
  }

  /**
   * A response over these headers and body as they are, without the copies {@link #of} makes: for
   * the runtime's reader, which built both for this response and never touches them again. The same
   * checks as {@link #of}.
   */
  public static SdkHttpResponse wrap(int statusCode, List<NameValue> headers, Buffer body) {
    if (statusCode < 100 || statusCode > 999) {
      throw new IllegalArgumentException(
          "statusCode must be a three-digit HTTP status: " + statusCode);
    }
    if (headers == null || body == null) {
      throw new IllegalArgumentException(
          (headers == null ? "headers" : "body") + " must not be null");
    }
    if (body.size() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "body must be shorter than 2 GiB: " + body.size() + " bytes");
    }
    return new SdkHttpResponse(statusCode, Collections.unmodifiableList(headers), body);
  }

  /**
   * Gives the body's buffer segments back to OkHttp's pool. Only the runtime calls it, after the
   * body is decoded; the body reads as empty afterwards. Idempotent; does nothing for a response
   * made with {@link #of}.
   */
  public void releaseBody() {
    Buffer current = buffered;
    if (current != null) {
      buffered = null;
      current.clear();
    }
  }

  public int statusCode() {
    return statusCode;
  }

  /** Whether the status is 2xx. */
  public boolean isSuccessful() {
    return statusCode >= 200 && statusCode < 300;
  }

  /** The first value of the header {@code name}, compared case-insensitively. */
  public Optional<String> header(String name) {
    for (NameValue header : headers) {
      if (header.name().equalsIgnoreCase(name)) {
        return Optional.of(header.value());
      }
    }
    return Optional.empty();
  }

  /** All values of the header {@code name} (case-insensitive), in order; empty when absent. */
  public List<String> headerValues(String name) {
    List<String> values = new ArrayList<>(1);
    for (NameValue header : headers) {
      if (header.name().equalsIgnoreCase(name)) {
        values.add(header.value());
      }
    }
    return Collections.unmodifiableList(values);
  }

  /** Every header in the order received; a name may repeat. Unmodifiable. */
  public List<NameValue> headers() {
    return headers;
  }

  /** A copy of the body; an empty array when the response had none. Never null. */
  public byte[] body() {
    Buffer current = buffered;
    if (current != null) {
      return current.size() == 0 ? NO_BYTES : current.snapshot().toByteArray();
    }
    return body.length == 0 ? NO_BYTES : body.clone();
  }

  /** The body as a stream, without a copy. */
  public InputStream bodyStream() {
    Buffer current = buffered;
    return current != null ? new BufferInputStream(current) : new ByteArrayInputStream(body);
  }

  /** The body's length in bytes. */
  public int bodyLength() {
    Buffer current = buffered;
    return current != null ? Math.toIntExact(current.size()) : body.length;
  }

  /** The body decoded as UTF-8 (malformed bytes become U+FFFD); empty when there is none. */
  public String bodyAsString() {
    Buffer current = buffered;
    return current != null ? current.snapshot().utf8() : new String(body, StandardCharsets.UTF_8);
  }

  /** The status and the request id ({@code x-amzn-RequestId}, else {@code x-amz-request-id}). */
  public ResponseMetadata metadata() {
    return ResponseMetadata.of(statusCode, requestId().orElse(null));
  }

  /**
   * The request id: {@code x-amzn-RequestId}, else {@code x-amz-request-id}; blank counts as
   * absent.
   */
  public Optional<String> requestId() {
    Optional<String> id = header(REQUEST_ID_HEADER).filter(value -> !value.isBlank());
    return id.isPresent()
        ? id
        : header(ALTERNATE_REQUEST_ID_HEADER).filter(value -> !value.isBlank());
  }

  @Override
  public String toString() {
    return "SdkHttpResponse{statusCode="
        + statusCode
        + ", requestId="
        + requestId().orElse(null)
        + ", body="
        + length
        + " bytes}";
  }
}
