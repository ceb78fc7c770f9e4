package dev.apigw.benchmarks;

import dev.apigw.benchmarks.server.Fixtures;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.sigv4.SigV4Signer;
import dev.apigw.core.auth.sigv4.SignableRequest;
import dev.apigw.core.auth.sigv4.SigningResult;
import dev.apigw.core.http.NameValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The floor for any HTTP + JSON client of this API: one shared {@link OkHttpClient} with its
 * defaults, each call built by hand, the body decoded by Jackson straight from OkHttp's stream.
 * Subclasses decode with Jackson's tree ({@link RawTreeSubject}) or its streaming parser ({@link
 * RawStreamingSubject}) and write the request bodies the same way.
 *
 * <p>Signing: CreateRoute and UpdateRoute are signed on every call, with apigw-java's {@link
 * SigV4Signer} (SigV4 as the AWS SDK signs: {@code host}, {@code content-type}, {@code x-amz-date}
 * and {@code x-amz-content-sha256} over the body's SHA-256), so their floor includes what any
 * client of the real service must do per call. Reads (GetRoutes, the 404, the pages) are sent
 * unsigned, the floor of an HTTP + JSON client, unless the subject is built with {@code signReads}
 * (the {@code rawTreeSigned} subject), which shows what signing costs a read. No retries, no
 * deadlines, no error decoding beyond the status code, the error type header and the message.
 */
public abstract class RawSubject implements Subject {
  static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient http = new OkHttpClient();
  private final HttpUrl base;
  private final String host;
  private final SigV4Signer signer = SigV4Signer.create("apigateway", Fixtures.REGION);
  private final Credentials credentials =
      Credentials.of(Fixtures.ACCESS_KEY_ID, Fixtures.SECRET_ACCESS_KEY);
  private final boolean signReads;

  protected RawSubject(URI endpoint, boolean signReads) {
    this.base = HttpUrl.get(endpoint.toString());
    this.host = base.host() + ":" + base.port();
    this.signReads = signReads;
  }

  /**
   * Reads a GetRoutes page from {@code body}; returns the routes read, and puts the nextToken in
   * {@code next[0]}.
   */
  protected abstract int readRoutes(InputStream body, Blackhole bh, String[] next)
      throws IOException;

  /** Reads a route (CreateRoute's and UpdateRoute's output) from {@code body}. */
  protected abstract void readRoute(InputStream body, Blackhole bh) throws IOException;

  /** Reads the error's {@code message} from {@code body}. */
  protected abstract String readErrorMessage(InputStream body) throws IOException;

  /** CreateRoute's JSON body. */
  protected abstract byte[] createRouteBody() throws IOException;

  /** UpdateRoute's JSON body. */
  protected abstract byte[] updateRouteBody() throws IOException;

  @Override
  public int getRoutes(String apiId, Blackhole bh) {
    try (Response response = http.newCall(getRoutesRequest(apiId, null)).execute()) {
      return readRoutes(successBody(response), bh, new String[1]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public int paginate(Blackhole bh) {
    int routes = 0;
    String[] next = new String[1];
    try {
      do {
        try (Response response =
            http.newCall(getRoutesRequest(Fixtures.API_PAGED, next[0])).execute()) {
          next[0] = null;
          routes += readRoutes(successBody(response), bh, next);
        }
      } while (next[0] != null && !next[0].isEmpty());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return routes;
  }

  @Override
  public int createRoute(Blackhole bh) {
    try {
      Request request = bodyRequest("POST", routesUrl(Fixtures.API_25).build(), createRouteBody());
      try (Response response = http.newCall(request).execute()) {
        readRoute(successBody(response), bh);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 1;
  }

  @Override
  public int updateRoute(Blackhole bh) {
    try {
      HttpUrl url = routesUrl(Fixtures.API_25).addPathSegment(Fixtures.ROUTE_ID).build();
      Request request = bodyRequest("PATCH", url, updateRouteBody());
      try (Response response = http.newCall(request).execute()) {
        readRoute(successBody(response), bh);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 1;
  }

  @Override
  public int notFound(Blackhole bh) {
    try (Response response = http.newCall(getRoutesRequest(Fixtures.API_MISSING, null)).execute()) {
      if (response.code() != 404) {
        throw new IllegalStateException("expected 404, got " + response.code());
      }
      bh.consume(response.header("x-amzn-ErrorType"));
      bh.consume(response.header("x-amzn-RequestId"));
      bh.consume(readErrorMessage(response.body().byteStream()));
      return response.code();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpUrl.Builder routesUrl(String apiId) {
    return base.newBuilder()
        .addPathSegment("v2")
        .addPathSegment("apis")
        .addPathSegment(apiId)
        .addPathSegment("routes");
  }

  private Request getRoutesRequest(String apiId, String nextToken) {
    HttpUrl.Builder url = routesUrl(apiId);
    if (nextToken != null) {
      url.addQueryParameter("nextToken", nextToken);
    }
    HttpUrl built = url.build();
    Request.Builder request = new Request.Builder().url(built);
    if (signReads) {
      SignableRequest.Builder signable =
          SignableRequest.builder().method("GET").host(host).path(built.encodedPath());
      if (nextToken != null) {
        signable.addQueryParameter("nextToken", nextToken);
      }
      sign(request, signable.build());
    }
    return request.build();
  }

  private Request bodyRequest(String method, HttpUrl url, byte[] body) {
    Request.Builder request =
        new Request.Builder().url(url).method(method, RequestBody.create(body, JSON));
    sign(
        request,
        SignableRequest.builder()
            .method(method)
            .host(host)
            .path(url.encodedPath())
            .addHeader("Content-Type", JSON.toString())
            .payload(body)
            .build());
    return request.build();
  }

  private void sign(Request.Builder request, SignableRequest signable) {
    SigningResult signed = signer.sign(signable, credentials, Instant.now());
    for (NameValue header : signed.headers()) {
      request.header(header.name(), header.value());
    }
  }

  private static InputStream successBody(Response response) {
    if (!response.isSuccessful()) {
      throw new IllegalStateException(
          "HTTP " + response.code() + " for " + response.request().url());
    }
    ResponseBody body = response.body();
    return body.byteStream();
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
