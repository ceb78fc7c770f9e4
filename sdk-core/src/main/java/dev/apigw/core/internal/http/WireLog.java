package dev.apigw.core.internal.http;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.Connection;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what goes on the wire to the logger {@code dev.apigw.wire}, as an OkHttp network
 * interceptor: once for every request sent, so once per attempt and again for the request that
 * answers a proxy's 407, with the headers OkHttp adds ({@code Host}, {@code Content-Length}, {@code
 * User-Agent} as sent).
 *
 * <p>At DEBUG, one entry for the request (its request line, then its headers, one a line) and one
 * for the response (its status line with the request's method, URL and the time it took, then its
 * headers), or one for the failure; at TRACE each entry also has the body, after a blank line, cut
 * to its first 8 KiB with the cut stated. Secrets are masked ({@link SecretMasking}). Below DEBUG
 * the request goes on untouched and nothing is built. A request body that can be written only once
 * is never read for the log, and a response body is read by peeking, so the caller still gets all
 * of it. The {@code CONNECT} that opens a tunnel through a proxy is OkHttp's own and not shown.
 */
public final class WireLog implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger("dev.apigw.wire");

  private static final WireLog INSTANCE = new WireLog();

  private WireLog() {}

  /** The interceptor; add it with {@code addNetworkInterceptor}. */
  public static WireLog interceptor() {
    return INSTANCE;
  }

  /** Whether the wire log writes anything: {@code dev.apigw.wire} is at DEBUG or finer. */
  static boolean enabled() {
    return LOG.isDebugEnabled();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (!LOG.isDebugEnabled()) {
      return chain.proceed(chain.request());
    }
    boolean withBodies = LOG.isTraceEnabled();
    Request request = chain.request();
    String target = request.method() + " " + SecretMasking.url(request.url());
    write(withBodies, sent(request, target, chain.connection(), withBodies));
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException | RuntimeException e) {
      write(false, "<-- failed (" + target + ", " + since(start) + " ms): " + e);
      throw e;
    }
    write(withBodies, received(response, target, since(start), withBodies));
    return response;
  }

  /** The request line, the headers and, at TRACE, the body. */
  private static StringBuilder sent(
      Request request, String target, @Nullable Connection connection, boolean withBody) {
    StringBuilder entry = new StringBuilder("--> ").append(target);
    if (connection != null) {
      entry.append(' ').append(protocol(connection.protocol()));
    }
    appendHeaders(entry, request.headers());
    if (withBody) {
      appendBody(entry, WireBodies.of(request));
    }
    return entry;
  }

  /** The status line with what it answers, the headers and, at TRACE, the body. */
  private static StringBuilder received(
      Response response, String target, long millis, boolean withBody) {
    StringBuilder entry =
        new StringBuilder("<-- ")
            .append(protocol(response.protocol()))
            .append(' ')
            .append(response.code());
    if (!response.message().isEmpty()) {
      entry.append(' ').append(response.message());
    }
    entry.append(" (").append(target).append(", ").append(millis).append(" ms)");
    appendHeaders(entry, response.headers());
    if (withBody) {
      appendBody(entry, WireBodies.of(response));
    }
    return entry;
  }

  private static String protocol(Protocol protocol) {
    return protocol == Protocol.HTTP_2 ? "HTTP/2" : protocol.toString().toUpperCase(Locale.ROOT);
  }

  private static long since(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  private static void appendHeaders(StringBuilder entry, Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      entry
          .append('\n')
          .append(name)
          .append(": ")
          .append(SecretMasking.header(name, headers.value(i)));
    }
  }

  private static void appendBody(StringBuilder entry, String body) {
    if (!body.isEmpty()) {
      entry.append("\n\n").append(body);
    }
  }

  private static void write(boolean withBodies, CharSequence entry) {
    if (withBodies) {
      LOG.trace("{}", entry);
    } else {
      LOG.debug("{}", entry);
    }
  }
}
