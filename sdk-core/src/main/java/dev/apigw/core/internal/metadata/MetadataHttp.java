package dev.apigw.core.internal.metadata;

import dev.apigw.core.http.SdkHttpResponse;
import dev.apigw.core.internal.http.ResponseReader;
import dev.apigw.core.internal.http.WireLog;
import dev.apigw.core.internal.pipeline.SdkVersion;
import dev.apigw.core.lang.Arguments;
import java.io.IOException;
import java.net.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * One HTTP request to a local credentials endpoint (the container agent, the instance metadata
 * service), sent as the AWS SDK for Java v2 sends it: no proxy, no redirects followed, no retry
 * behind the caller's back, and one timeout used for connecting and for each read; logged on the
 * wire log ({@link WireLog}) like the service calls. Thread-safe; every request shares one OkHttp
 * connection pool.
 */
public final class MetadataHttp {
  /** More than any credentials document; a longer body is refused. */
  static final long MAX_BODY_BYTES = 1024 * 1024;

  private static final byte[] NO_BYTES = new byte[0];
  private static final MetadataHttp SHARED =
      new MetadataHttp(
          new OkHttpClient.Builder()
              .proxy(Proxy.NO_PROXY)
              .followRedirects(false)
              .followSslRedirects(false)
              .retryOnConnectionFailure(false)
              .addNetworkInterceptor(WireLog.interceptor())
              .build());

  private final OkHttpClient client;
  private final String userAgent = SdkVersion.userAgent();

  private MetadataHttp(OkHttpClient client) {
    this.client = client;
  }

  public static MetadataHttp shared() {
    return SHARED;
  }

  /** A response's status and body, read whole. */
  public static final class Reply {
    private final int status;
    private final String body;

    Reply(int status, String body) {
      this.status = status;
      this.body = body;
    }

    public int status() {
      return status;
    }

    /**
     * The body as UTF-8 text; may hold credentials, so it is never shown by {@link #toString()}.
     */
    public String body() {
      return body;
    }

    @Override
    public String toString() {
      return "Reply{status=" + status + ", " + body.length() + " chars}";
    }
  }

  /**
   * Sends {@code method} (GET or PUT; PUT with an empty body) to {@code url} with {@code headers}
   * and a {@code User-Agent}, and reads the whole response. Fails with {@link IOException} when the
   * connection fails, times out or the body is longer than 1 MiB.
   */
  public Reply send(String method, HttpUrl url, Map<String, String> headers, Duration timeout)
      throws IOException {
    Arguments.requireNonBlank(method, "method");
    Arguments.requireNonNull(url, "url");
    Arguments.requireNonNull(headers, "headers");
    Arguments.requireNonNull(timeout, "timeout");
    Request.Builder request =
        new Request.Builder().url(url).header("User-Agent", userAgent).header("Accept", "*/*");
    headers.forEach(request::header);
    request.method(
        method, method.equals("GET") ? null : RequestBody.create(NO_BYTES, (MediaType) null));
    OkHttpClient timed =
        client
            .newBuilder()
            .connectTimeout(timeout)
            .readTimeout(timeout)
            .writeTimeout(timeout)
            .build();
    try (Response response = timed.newCall(request.build()).execute()) {
      SdkHttpResponse read = ResponseReader.read(response, MAX_BODY_BYTES);
      return new Reply(read.statusCode(), new String(read.body(), StandardCharsets.UTF_8));
    }
  }
}
