package dev.apigw.core.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request as an operation's marshaller describes it: method, encoded path, decoded query
 * parameters, headers and an optional body. The endpoint, the user agent and the signature are
 * added later by {@link dev.apigw.core.client.ClientRuntime}. Immutable; build one with {@link
 * #builder(String, String)}.
 *
 * <p>{@link #toString()} shows the method, the path, the query parameter names and the header
 * names, never a header value or the body.
 */
public final class HttpRequestSpec {
  /** The content type {@link Builder#jsonBody(byte[])} sets. */
  public static final String JSON_CONTENT_TYPE = "application/json";

  /**
   * Headers the runtime computes itself; a marshaller setting them would conflict with signing or
   * framing.
   */
  private static final Set<String> MANAGED_HEADERS =
      Set.of(
          "host",
          "content-length",
          "transfer-encoding",
          "connection",
          "authorization",
          "x-amz-date",
          "x-amz-security-token",
          "x-amz-content-sha256");

  /** Methods that cannot carry a body (OkHttp refuses one). */
  private static final Set<String> NO_BODY_METHODS = Set.of("GET", "HEAD");

  private final String method;
  private final String encodedPath;
  private final List<NameValue> queryParameters;
  private final List<NameValue> headers;
  private final byte @Nullable [] body;

  private HttpRequestSpec(Builder builder) {
    this.method = builder.method;
    this.encodedPath = builder.encodedPath;
    this.queryParameters = Collections.unmodifiableList(new ArrayList<>(builder.queryParameters));
    this.headers = Collections.unmodifiableList(new ArrayList<>(builder.headers));
    this.body = builder.body;
  }

  /**
   * A builder for a request with this method (such as {@code GET}) and path. The path is already
   * percent-encoded (path labels through {@link PathLabels#encode(String, String)}), starts with
   * {@code /}, and has no query string.
   *
   * @throws IllegalArgumentException naming the argument when the method is blank or contains
   *     whitespace, or the path is not a valid encoded path (no leading {@code /}, a {@code ?} or
   *     {@code #}, an invalid character or {@code %} escape, or a {@code .} or {@code ..} segment)
   */
  public static Builder builder(String method, String encodedPath) {
    return new Builder(HttpSyntax.checkMethod(method), HttpSyntax.checkPath(encodedPath));
  }

  /** The HTTP method, such as {@code GET}. */
  public String method() {
    return method;
  }

  /**
   * The percent-encoded path, starting with {@code /}; the endpoint's base path is not included.
   */
  public String encodedPath() {
    return encodedPath;
  }

  /**
   * The query parameters in decoded form and in the order added; a name may repeat. Unmodifiable.
   */
  public List<NameValue> queryParameters() {
    return queryParameters;
  }

  /** The headers in the order added; a name may repeat. Unmodifiable. */
  public List<NameValue> headers() {
    return headers;
  }

  /** The first value of the header {@code name} (case-insensitive). */
  public Optional<String> header(String name) {
    return NameValue.first(headers, name);
  }

  /**
   * A copy of the body; empty when the request has none. (An empty {@code Optional} and an empty
   * array differ: the first means "no body", the second "a body of zero bytes".)
   */
  public Optional<byte[]> body() {
    return body == null ? Optional.empty() : Optional.of(body.clone());
  }

  /** The body itself, without a copy, for the runtime; null when none. Never modified. */
  byte @Nullable [] bodyBytes() {
    return body;
  }

  @Override
  public String toString() {
    List<String> queryNames = new ArrayList<>(queryParameters.size());
    for (NameValue parameter : queryParameters) {
      queryNames.add(parameter.name());
    }
    List<String> headerNames = new ArrayList<>(headers.size());
    for (NameValue header : headers) {
      headerNames.add(header.name());
    }
    return "HttpRequestSpec{"
        + method
        + " "
        + encodedPath
        + ", query="
        + queryNames
        + ", headers="
        + headerNames
        + ", body="
        + (body == null ? "none" : body.length + " bytes")
        + "}";
  }

  /**
   * Collects an {@link HttpRequestSpec}. Not thread-safe. Every method checks its arguments at
   * once.
   */
  public static final class Builder {
    private final String method;
    private final String encodedPath;
    private final List<NameValue> queryParameters = new ArrayList<>();
    private final List<NameValue> headers = new ArrayList<>();
    private byte @Nullable [] body;

    private Builder(String method, String encodedPath) {
      this.method = method;
      this.encodedPath = encodedPath;
    }

    /**
     * Appends a query parameter, both parts in decoded form (the runtime encodes them). A name may
     * repeat; the order is kept. The name must not be null or empty, the value not null (it may be
     * empty).
     */
    public Builder query(String name, String value) {
      if (name == null || name.isEmpty()) {
        throw new IllegalArgumentException(
            "query parameter name must not be " + (name == null ? "null" : "empty"));
      }
      if (value == null) {
        throw new IllegalArgumentException(
            "value of query parameter " + name + " must not be null");
      }
      queryParameters.add(NameValue.of(name, value));
      return this;
    }

    /**
     * Appends a header; a name may repeat. The name must be an HTTP token and not one the runtime
     * sets itself ({@code Host}, {@code Content-Length}, {@code Authorization}, {@code X-Amz-Date},
     * {@code X-Amz-Security-Token} and the like); the value must be printable ASCII (tabs allowed).
     * A {@code Content-Type} header replaces any earlier one.
     */
    public Builder header(String name, String value) {
      if (name == null || name.isEmpty()) {
        throw new IllegalArgumentException(
            "header name must not be " + (name == null ? "null" : "empty"));
      }
      HttpSyntax.checkHeaderName(name);
      if (MANAGED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "header " + name + " is set by the client runtime, not by the request");
      }
      if (value == null) {
        throw new IllegalArgumentException("value of header " + name + " must not be null");
      }
      HttpSyntax.checkHeaderValue(name, value);
      if (name.equalsIgnoreCase("Content-Type")) {
        removeHeaders(name);
      }
      headers.add(NameValue.of(name, value));
      return this;
    }

    /**
     * Sets the body to these JSON bytes (copied) and the header {@code Content-Type:
     * application/json}, replacing an earlier body or content type.
     */
    public Builder jsonBody(byte[] json) {
      if (json == null) {
        throw new IllegalArgumentException("json must not be null");
      }
      this.body = json.clone();
      return header("Content-Type", JSON_CONTENT_TYPE);
    }

    /**
     * Sets the body to these bytes (copied) with their {@code Content-Type}, such as {@code
     * application/x-www-form-urlencoded; charset=utf-8}, replacing an earlier body or content type.
     */
    public Builder body(byte[] bytes, String contentType) {
      if (bytes == null) {
        throw new IllegalArgumentException("bytes must not be null");
      }
      if (contentType == null || contentType.isBlank()) {
        throw new IllegalArgumentException(
            "contentType must not be " + (contentType == null ? "null" : "blank"));
      }
      this.body = bytes.clone();
      return header("Content-Type", contentType);
    }

    /**
     * The request. Fails with {@link IllegalArgumentException} when a {@code GET} or {@code HEAD}
     * request has a body.
     */
    public HttpRequestSpec build() {
      if (body != null && NO_BODY_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "a " + method + " request must not have a body (" + encodedPath + ")");
      }
      return new HttpRequestSpec(this);
    }

    private void removeHeaders(String name) {
      headers.removeIf(header -> header.name().equalsIgnoreCase(name));
    }
  }
}
