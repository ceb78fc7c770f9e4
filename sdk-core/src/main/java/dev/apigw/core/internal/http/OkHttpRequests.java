package dev.apigw.core.internal.http;

import dev.apigw.core.http.HttpRequestSpec;
import dev.apigw.core.http.NameValue;
import dev.apigw.core.http.PercentEncoding;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Turns an {@link HttpRequestSpec} into the OkHttp request for one endpoint: the endpoint's scheme,
 * host, port and base path, the spec's path, query (percent-encoded as SigV4 canonicalizes it),
 * headers and body. Immutable.
 */
public final class OkHttpRequests {
  /** Methods OkHttp sends only with a body; an empty one is sent when the request has none. */
  private static final Set<String> BODY_REQUIRED_METHODS =
      Set.of("POST", "PUT", "PATCH", "PROPPATCH", "REPORT");

  private static final byte[] NO_BYTES = new byte[0];

  private final HttpUrl endpoint;
  private final String basePath;

  private OkHttpRequests(HttpUrl endpoint, String basePath) {
    this.endpoint = endpoint;
    this.basePath = basePath;
  }

  /**
   * Requests to {@code endpoint}, an http or https URI whose path, if any, goes before every
   * request path.
   */
  public static OkHttpRequests forEndpoint(URI endpoint) {
    HttpUrl.Builder url =
        new HttpUrl.Builder().scheme(endpoint.getScheme().toLowerCase(Locale.ROOT));
    url.host(endpoint.getHost());
    if (endpoint.getPort() != -1) {
      url.port(endpoint.getPort());
    }
    return new OkHttpRequests(url.build(), basePath(endpoint));
  }

  public Request toRequest(HttpRequestSpec spec) {
    return toRequest(spec, Map.of(), Map.of());
  }

  /**
   * The request of {@code spec} with a call's own {@code headers} and {@code query} parameters
   * (decoded), each replacing those of the same name the spec has (a header's name in any case).
   */
  public Request toRequest(
      HttpRequestSpec spec, Map<String, String> headers, Map<String, String> query) {
    HttpUrl.Builder url = endpoint.newBuilder().encodedPath(basePath + spec.encodedPath());
    for (NameValue parameter : spec.queryParameters()) {
      if (!query.containsKey(parameter.name())) {
        addQuery(url, parameter.name(), parameter.value());
      }
    }
    query.forEach((name, value) -> addQuery(url, name, value));
    Request.Builder request = new Request.Builder().url(url.build());
    for (NameValue header : spec.headers()) {
      if (headers.keySet().stream().noneMatch(header.name()::equalsIgnoreCase)) {
        request.addHeader(header.name(), header.value());
      }
    }
    headers.forEach(request::addHeader);
    // The body has no media type of its own: the Content-Type header, as the spec set it, is what
    // is sent and signed.
    byte[] body = spec.body().orElse(null);
    RequestBody requestBody = null;
    if (body != null) {
      requestBody = RequestBody.create(body, (MediaType) null);
    } else if (BODY_REQUIRED_METHODS.contains(spec.method().toUpperCase(Locale.ROOT))) {
      requestBody = RequestBody.create(NO_BYTES, (MediaType) null);
    }
    return request.method(spec.method(), requestBody).build();
  }

  private static void addQuery(HttpUrl.Builder url, String name, String value) {
    url.addEncodedQueryParameter(PercentEncoding.encode(name), PercentEncoding.encode(value));
  }

  /** The endpoint, with its base path, as requests are sent to it. */
  public String describeEndpoint() {
    return endpoint
        .newBuilder()
        .encodedPath(basePath.isEmpty() ? "/" : basePath)
        .build()
        .toString();
  }

  /** The endpoint's path without a trailing {@code /}; empty for none. */
  private static String basePath(URI endpoint) {
    String path = endpoint.getRawPath();
    if (path == null) {
      return "";
    }
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path;
  }
}
