package dev.apigw.core.auth.sigv4;

import dev.apigw.core.http.NameValue;
import dev.apigw.core.http.PercentEncoding;
import dev.apigw.core.lang.Arguments;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Step 1 of SigV4: the canonical request, for services other than Amazon S3. Immutable.
 *
 * <p>{@link #create} is a pure function of its inputs, and each part is also available alone:
 * {@link #canonicalUri(String)}, {@link #canonicalQueryString(List)}, {@link
 * #canonicalHeaders(List)} and {@link #signedHeaders(List)}. The headers passed are signed as
 * given: deciding which headers to sign is the {@link SigV4Signer}'s job.
 *
 * <p>{@link #value()} contains every signed header value, among them a session token when one is
 * signed, so {@link #toString()} shows only the method, the canonical URI and the signed header
 * names.
 */
public final class CanonicalRequest {
  private final String method;
  private final String canonicalUri;
  private final String canonicalQueryString;
  private final String canonicalHeaders;
  private final String signedHeaders;
  private final String payloadHash;
  private final String value;

  private CanonicalRequest(
      String method,
      String canonicalUri,
      String canonicalQueryString,
      String canonicalHeaders,
      String signedHeaders,
      String payloadHash) {
    this.method = method;
    this.canonicalUri = canonicalUri;
    this.canonicalQueryString = canonicalQueryString;
    this.canonicalHeaders = canonicalHeaders;
    this.signedHeaders = signedHeaders;
    this.payloadHash = payloadHash;
    this.value =
        method
            + '\n'
            + canonicalUri
            + '\n'
            + canonicalQueryString
            + '\n'
            + canonicalHeaders
            + '\n'
            + signedHeaders
            + '\n'
            + payloadHash;
  }

  /**
   * The canonical request of a request with these parts.
   *
   * @param method the HTTP method
   * @param path the path as in the HTTP request line (see {@link #canonicalUri(String)})
   * @param queryParameters decoded (name, value) pairs
   * @param headers the headers to sign, (name, value) pairs in request order
   * @param payloadHash lowercase hex SHA-256 of the payload
   */
  public static CanonicalRequest create(
      String method,
      String path,
      List<NameValue> queryParameters,
      List<NameValue> headers,
      String payloadHash) {
    Arguments.requireNonBlank(method, "method");
    Arguments.requireNonNull(path, "path");
    Arguments.requireNonNull(queryParameters, "queryParameters");
    Arguments.requireNonNull(headers, "headers");
    Arguments.requireNonNull(payloadHash, "payloadHash");
    if (headers.isEmpty()) {
      throw new IllegalArgumentException(
          "headers must not be empty: SigV4 signs at least the host header");
    }
    Map<String, String> grouped = CanonicalHeaders.group(headers);
    return new CanonicalRequest(
        method,
        canonicalUri(path),
        canonicalQueryString(queryParameters),
        CanonicalHeaders.block(grouped),
        CanonicalHeaders.names(grouped),
        payloadHash);
  }

  /**
   * The canonical URI of a path as it is in the HTTP request line. First the path is normalized:
   * empty segments (duplicate slashes) and {@code .} segments are dropped and each {@code ..}
   * removes the segment before it (a {@code ..} with nothing left to remove is kept, as {@link
   * java.net.URI#normalize()} keeps it); the result ends with {@code /} only when the path did, or
   * when nothing but the root is left. Then every segment is percent-encoded per RFC 3986, {@code
   * %} included: a path the HTTP layer already encoded is thus encoded a second time ({@code %2F}
   * becomes {@code %252F}), which is what SigV4 wants for every service but S3. An empty path is
   * {@code /}.
   */
  public static String canonicalUri(String path) {
    Arguments.requireNonNull(path, "path");
    return PercentEncoding.encodeKeepingSlashes(normalizePath(path));
  }

  /**
   * The canonical query string: each name and value percent-encoded per RFC 3986 (a space is {@code
   * %20}), the pairs sorted by encoded name and then by encoded value, written {@code name=value}
   * and joined by {@code &}. Parameters with an empty name are not signed (as in the AWS SDK); an
   * empty value gives {@code name=}.
   *
   * @param queryParameters decoded (name, value) pairs; names may repeat
   */
  public static String canonicalQueryString(List<NameValue> queryParameters) {
    Arguments.requireNonNull(queryParameters, "queryParameters");
    List<String[]> encoded = new ArrayList<>(queryParameters.size());
    for (NameValue parameter : queryParameters) {
      Arguments.requireNonNull(parameter, "queryParameters element");
      if (!parameter.name().isEmpty()) {
        encoded.add(
            new String[] {
              PercentEncoding.encode(parameter.name()), PercentEncoding.encode(parameter.value())
            });
      }
    }
    encoded.sort(
        (a, b) -> {
          int byName = a[0].compareTo(b[0]);
          return byName != 0 ? byName : a[1].compareTo(b[1]);
        });
    StringBuilder out = new StringBuilder();
    for (String[] pair : encoded) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(pair[0]).append('=').append(pair[1]);
    }
    return out.toString();
  }

  /**
   * The canonical headers block: one {@code name:value\n} line per distinct header name, names
   * lowercased and sorted. Each value is trimmed and every inner run of whitespace (including the
   * line breaks of a folded multi-line value) becomes one space; the values of a repeated name are
   * joined by {@code ,} in their original order.
   */
  public static String canonicalHeaders(List<NameValue> headers) {
    return CanonicalHeaders.block(CanonicalHeaders.group(headers));
  }

  /** The signed headers: the distinct lowercased header names, sorted and joined by {@code ;}. */
  public static String signedHeaders(List<NameValue> headers) {
    return CanonicalHeaders.names(CanonicalHeaders.group(headers));
  }

  public String method() {
    return method;
  }

  public String canonicalUri() {
    return canonicalUri;
  }

  public String canonicalQueryString() {
    return canonicalQueryString;
  }

  /** The canonical headers block; every line, the last included, ends with {@code \n}. */
  public String canonicalHeaders() {
    return canonicalHeaders;
  }

  public String signedHeaders() {
    return signedHeaders;
  }

  public String payloadHash() {
    return payloadHash;
  }

  /**
   * The canonical request: method, URI, query, headers, signed headers and payload hash, joined by
   * {@code \n}.
   */
  public String value() {
    return value;
  }

  /** Lowercase hex SHA-256 of {@link #value()}, the input of the string to sign. */
  public String sha256Hex() {
    return Hashing.sha256Hex(value);
  }

  /** Method, canonical URI and signed header names only; header values may hold a session token. */
  @Override
  public String toString() {
    return "CanonicalRequest{"
        + method
        + " "
        + canonicalUri
        + ", signedHeaders="
        + signedHeaders
        + "}";
  }

  static String normalizePath(String path) {
    if (path.isEmpty() || "/".equals(path)) {
      return "/";
    }
    Deque<String> segments = new ArrayDeque<>();
    int start = 0;
    while (start <= path.length()) {
      int slash = path.indexOf('/', start);
      int end = slash < 0 ? path.length() : slash;
      String segment = path.substring(start, end);
      if (segment.equals("..")) {
        if (!segments.isEmpty() && !segments.peekLast().equals("..")) {
          segments.removeLast();
        } else {
          segments.addLast(segment);
        }
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        segments.addLast(segment);
      }
      start = end + 1;
    }
    if (segments.isEmpty()) {
      return "/";
    }
    StringBuilder out = new StringBuilder(path.length());
    for (String segment : segments) {
      out.append('/').append(segment);
    }
    if (path.endsWith("/")) {
      out.append('/');
    }
    return out.toString();
  }
}
