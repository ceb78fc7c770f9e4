package dev.apigw.core.auth.sigv4;

import dev.apigw.core.http.NameValue;
import dev.apigw.core.lang.Arguments;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What SigV4 signs of an HTTP request. Immutable; build one with {@link #builder()}.
 *
 * <ul>
 *   <li>{@linkplain #method() method}: the HTTP method, for example {@code GET};
 *   <li>{@linkplain #host() host}: the {@code Host} header value exactly as it is sent ({@code
 *       host} or {@code host:port});
 *   <li>{@linkplain #path() path}: the path exactly as it is in the HTTP request line, that is
 *       already percent-encoded by the HTTP layer (for example {@code /v2/tags/arn%3Aaws%3A...});
 *       empty means {@code /};
 *   <li>{@linkplain #queryParameters() query parameters}: ordered (name, value) pairs in decoded
 *       form; a name may repeat ({@code tagKeys=a&tagKeys=b});
 *   <li>{@linkplain #headers() headers}: ordered (name, value) pairs, a name may repeat; the signer
 *       signs them all except the few hop-by-hop ones the AWS SDK also leaves out (see {@link
 *       SigV4Signer});
 *   <li>{@linkplain #payloadHash() payload hash}: the lowercase hex SHA-256 of the body, computed
 *       from the bytes given to {@link Builder#payload(byte[])} or given precomputed; the hash of
 *       no bytes when neither is set.
 * </ul>
 *
 * <p>{@link #toString()} shows header names but no header values.
 */
public final class SignableRequest {
  private static final String EMPTY_PAYLOAD_HASH = Hashing.sha256Hex(new byte[0]);

  private final String method;
  private final String host;
  private final String path;
  private final List<NameValue> queryParameters;
  private final List<NameValue> headers;
  private final String payloadHash;

  private SignableRequest(Builder builder) {
    this.method = SignableRequestChecks.requireSet(builder.method, "method");
    this.host = SignableRequestChecks.requireSet(builder.host, "host");
    this.path = builder.path;
    this.queryParameters = Collections.unmodifiableList(new ArrayList<>(builder.queryParameters));
    this.headers = Collections.unmodifiableList(new ArrayList<>(builder.headers));
    this.payloadHash = builder.payloadHash;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's values, to copy it with changes. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.method = method;
    builder.host = host;
    builder.path = path;
    builder.queryParameters.addAll(queryParameters);
    builder.headers.addAll(headers);
    builder.payloadHash = payloadHash;
    return builder;
  }

  public String method() {
    return method;
  }

  public String host() {
    return host;
  }

  public String path() {
    return path;
  }

  /** Decoded (name, value) pairs in request order; unmodifiable. */
  public List<NameValue> queryParameters() {
    return queryParameters;
  }

  /** (name, value) pairs in request order; unmodifiable. */
  public List<NameValue> headers() {
    return headers;
  }

  /** Lowercase hex SHA-256 of the payload. */
  public String payloadHash() {
    return payloadHash;
  }

  @Override
  public String toString() {
    List<String> headerNames = new ArrayList<>(headers.size());
    for (NameValue header : headers) {
      headerNames.add(header.name());
    }
    return "SignableRequest{"
        + method
        + " "
        + host
        + path
        + ", queryParameters="
        + queryParameters.size()
        + ", headers="
        + headerNames
        + ", payloadHash="
        + payloadHash
        + "}";
  }

  /**
   * Collects a {@link SignableRequest}. Not thread-safe. Every setter checks its argument at once.
   */
  public static final class Builder {
    private @Nullable String method;
    private @Nullable String host;
    private String path = "/";
    private final List<NameValue> queryParameters = new ArrayList<>();
    private final List<NameValue> headers = new ArrayList<>();
    private String payloadHash = EMPTY_PAYLOAD_HASH;

    private Builder() {}

    /** The HTTP method, for example {@code GET}; must not be blank or contain whitespace. */
    public Builder method(String method) {
      Arguments.requireNonBlank(method, "method");
      if (SignableRequestChecks.containsWhitespaceOrControl(method)) {
        throw new IllegalArgumentException("method must not contain whitespace");
      }
      this.method = method;
      return this;
    }

    /**
     * The {@code Host} header value as sent: {@code host} or {@code host:port}; must not be blank.
     */
    public Builder host(String host) {
      Arguments.requireNonBlank(host, "host");
      if (SignableRequestChecks.containsWhitespaceOrControl(host)) {
        throw new IllegalArgumentException("host must not contain whitespace");
      }
      this.host = host;
      return this;
    }

    /**
     * The path as in the HTTP request line (already percent-encoded by the HTTP layer). Must be
     * empty (meaning {@code /}) or start with {@code /}, and must not contain {@code ?} or {@code
     * #}: give query parameters separately. Defaults to {@code /}.
     */
    public Builder path(String path) {
      Arguments.requireNonNull(path, "path");
      if (!path.isEmpty() && path.charAt(0) != '/') {
        throw new IllegalArgumentException("path must be empty or start with '/'");
      }
      if (path.indexOf('?') >= 0 || path.indexOf('#') >= 0) {
        throw new IllegalArgumentException(
            "path must not contain '?' or '#'; pass query parameters separately");
      }
      this.path = path;
      return this;
    }

    /**
     * Appends a query parameter in decoded form; the name may repeat. Either may be empty, neither
     * null.
     */
    public Builder addQueryParameter(String name, String value) {
      queryParameters.add(NameValue.of(name, value));
      return this;
    }

    /** Replaces all query parameters (decoded form). */
    public Builder queryParameters(List<NameValue> queryParameters) {
      List<NameValue> copy = SignableRequestChecks.copyOf(queryParameters, "queryParameters");
      this.queryParameters.clear();
      this.queryParameters.addAll(copy);
      return this;
    }

    /**
     * Appends a header; the name may repeat. The name must be a non-blank token without whitespace
     * or ':'.
     */
    public Builder addHeader(String name, String value) {
      headers.add(SignableRequestChecks.checkHeader(NameValue.of(name, value)));
      return this;
    }

    /** Replaces all headers. */
    public Builder headers(List<NameValue> headers) {
      List<NameValue> copy = SignableRequestChecks.copyOf(headers, "headers");
      for (NameValue header : copy) {
        SignableRequestChecks.checkHeader(header);
      }
      this.headers.clear();
      this.headers.addAll(copy);
      return this;
    }

    /**
     * The body; its SHA-256 is computed now and the bytes are not kept. Use an empty array for no
     * body.
     */
    public Builder payload(byte[] payload) {
      Arguments.requireNonNull(payload, "payload");
      this.payloadHash = Hashing.sha256Hex(payload);
      return this;
    }

    /** A precomputed lowercase hex SHA-256 of the body, instead of {@link #payload(byte[])}. */
    public Builder payloadHash(String payloadSha256Hex) {
      Arguments.requireNonNull(payloadSha256Hex, "payloadHash");
      if (!Hashing.isLowercaseSha256Hex(payloadSha256Hex)) {
        throw new IllegalArgumentException(
            "payloadHash must be 64 lowercase hexadecimal digits (a SHA-256)");
      }
      this.payloadHash = payloadSha256Hex;
      return this;
    }

    /**
     * Fails with {@link IllegalArgumentException} naming the member when the method or the host is
     * not set.
     */
    public SignableRequest build() {
      return new SignableRequest(this);
    }
  }
}
