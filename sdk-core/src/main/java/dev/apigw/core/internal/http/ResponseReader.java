package dev.apigw.core.internal.http;

import dev.apigw.core.http.NameValue;
import dev.apigw.core.http.SdkHttpResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Headers;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Reads an OkHttp response fully into an {@link SdkHttpResponse}, refusing bodies above a size
 * limit.
 */
public final class ResponseReader {
  /** The body is longer than the reader's limit: sending the request again would not help. */
  public static final class ResponseTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    ResponseTooLargeException(String message) {
      super(message);
    }
  }

  /** The largest body read: 64 MiB. */
  public static final long DEFAULT_MAX_BODY_BYTES = 64L * 1024 * 1024;

  private ResponseReader() {}

  /**
   * Reads status, headers and the whole body. Does not close {@code response}: the caller owns it.
   * Fails with an {@link IOException} when the body cannot be read, a {@link
   * ResponseTooLargeException} when it is longer than {@code maxBodyBytes}.
   */
  public static SdkHttpResponse read(Response response, long maxBodyBytes) throws IOException {
    Headers headers = response.headers();
    List<NameValue> headerList = new ArrayList<>(headers.size());
    for (int i = 0; i < headers.size(); i++) {
      headerList.add(NameValue.of(headers.name(i), headers.value(i)));
    }
    return SdkHttpResponse.wrap(
        response.code(), headerList, readBody(response.body(), maxBodyBytes));
  }

  /** The whole body, moved into a buffer of pooled segments: no copy into an array. */
  private static Buffer readBody(ResponseBody body, long maxBodyBytes) throws IOException {
    long declared = body.contentLength();
    if (declared > maxBodyBytes) {
      throw new ResponseTooLargeException(
          tooLarge(maxBodyBytes) + " (Content-Length: " + declared + ")");
    }
    BufferedSource source = body.source();
    if (source.request(maxBodyBytes + 1)) {
      throw new ResponseTooLargeException(tooLarge(maxBodyBytes));
    }
    Buffer buffer = new Buffer();
    source.readAll(buffer);
    return buffer;
  }

  private static String tooLarge(long maxBodyBytes) {
    return "the response body is larger than the limit of " + maxBodyBytes + " bytes";
  }
}
