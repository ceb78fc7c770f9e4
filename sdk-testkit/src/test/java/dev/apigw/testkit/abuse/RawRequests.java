package dev.apigw.testkit.abuse;

import java.nio.charset.StandardCharsets;

/** Request heads as a client writes them, with a well-formed signature (any is accepted). */
final class RawRequests {
  private RawRequests() {}

  /** The head of a POST of {@code path} whose body has {@code contentLength} bytes. */
  static byte[] postHead(String path, long contentLength) {
    return head(path, "Content-Length: " + contentLength);
  }

  /** The head of a POST of {@code path} whose body comes in chunks. */
  static byte[] chunkedPostHead(String path) {
    return head(path, "Transfer-Encoding: chunked");
  }

  /** One chunk of a chunked body. */
  static byte[] chunk(byte[] data) {
    byte[] size = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] chunk = new byte[size.length + data.length + 2];
    System.arraycopy(size, 0, chunk, 0, size.length);
    System.arraycopy(data, 0, chunk, size.length, data.length);
    chunk[chunk.length - 2] = '\r';
    chunk[chunk.length - 1] = '\n';
    return chunk;
  }

  /** The chunk that ends a chunked body. */
  static byte[] lastChunk() {
    return "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] head(String path, String framing) {
    return ("POST "
            + path
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Authorization: AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/apigateway/"
            + "aws4_request, SignedHeaders=host;x-amz-date, Signature=0123\r\n"
            + framing
            + "\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }
}
