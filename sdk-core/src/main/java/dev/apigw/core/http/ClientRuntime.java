package dev.apigw.core.http;

import dev.apigw.core.Nullable;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.auth.sigv4.SigV4Signer;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.SdkException;
import dev.apigw.core.internal.http.ErrorResponseParser;
import dev.apigw.core.internal.http.OperationTag;
import dev.apigw.core.internal.http.PercentEncoding;
import dev.apigw.core.internal.http.ResponseReader;
import dev.apigw.core.internal.http.SigningInterceptor;
import dev.apigw.core.internal.http.UserAgentInterceptor;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine a service client runs its operations on: turns an {@link HttpRequestSpec} into an HTTP request to the
 * endpoint, sends it through an ordered chain of OkHttp interceptors, and turns the response into a result or an
 * exception.
 *
 * <p>The chain, in order: {@linkplain UserAgentInterceptor user agent}, (a retry step will go here, so that every
 * attempt is signed afresh), {@linkplain SigningInterceptor SigV4 signing}, then OkHttp's own steps and the network.
 *
 * <p>Thread-safe. Close it to release the OkHttp client it built for itself; an OkHttp client passed to
 * {@link Builder#httpClient(OkHttpClient)} belongs to the caller and is left running.
 */
public final class ClientRuntime implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ClientRuntime.class);

  /** Methods OkHttp sends only with a body; an empty one is sent when the request has none. */
  private static final Set<String> BODY_REQUIRED_METHODS = Set.of("POST", "PUT", "PATCH", "PROPPATCH", "REPORT");

  private final OkHttpClient callClient;
  private final @Nullable OkHttpClient ownedClient;
  private final HttpUrl endpoint;
  private final String basePath;
  private final ErrorFactory errorFactory;
  private final String userAgent;
  private final String description;
  private final AtomicBoolean closed = new AtomicBoolean();

  private ClientRuntime(Builder builder) {
    String signingName = required(builder.signingName, "signingName");
    String region = required(builder.region, "region");
    URI endpointUri = required(builder.endpoint, "endpoint");
    CredentialsProvider credentialsProvider = required(builder.credentialsProvider, "credentialsProvider");
    this.errorFactory = required(builder.errorFactory, "errorFactory");
    this.endpoint = baseUrl(endpointUri);
    this.basePath = basePath(endpointUri);
    SigV4Signer signer = SigV4Signer.create(signingName, region);
    UserAgentInterceptor userAgentInterceptor = UserAgentInterceptor.create(builder.userAgentSuffix);
    this.userAgent = userAgentInterceptor.userAgent();

    OkHttpClient base;
    if (builder.httpClient != null) {
      base = builder.httpClient;
      this.ownedClient = null;
    } else {
      // Redirects are not followed: a signed request must not be replayed to another location.
      base = new OkHttpClient.Builder().followRedirects(false).followSslRedirects(false).build();
      this.ownedClient = base;
    }
    // A signed request must not be replayed to another address, so redirects are never followed, also on a
    // client the caller handed in (newBuilder() shares its pools and threads without changing it).
    OkHttpClient.Builder chain = base.newBuilder().followRedirects(false).followSslRedirects(false);
    for (Interceptor interceptor : interceptors(userAgentInterceptor, signer, credentialsProvider, builder.clock)) {
      chain.addInterceptor(interceptor);
    }
    this.callClient = chain.build();
    this.description = "ClientRuntime{signingName=" + signingName + ", region=" + region + ", endpoint="
        + endpoint.newBuilder().encodedPath(basePath.isEmpty() ? "/" : basePath).build() + "}";
  }

  /** The interceptors in the order they run: one concern each. */
  private static List<Interceptor> interceptors(
      UserAgentInterceptor userAgent, SigV4Signer signer, CredentialsProvider credentials, Clock clock) {
    List<Interceptor> interceptors = new ArrayList<>(3);
    interceptors.add(userAgent);
    // A retry interceptor belongs here: after the user agent, before signing, so each attempt gets a new signature.
    interceptors.add(SigningInterceptor.create(signer, credentials, clock));
    return Collections.unmodifiableList(interceptors);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs one operation: sends {@code request} and decodes a 2xx response with {@code decoder}.
   *
   * @param operationName the operation's name, such as {@code GetRoutes}, used in exception messages
   * @return what the decoder returned
   * @throws dev.apigw.core.exception.ServiceException (or the error factory's subtype) when the service answered
   *     with an error status
   * @throws SdkClientException naming the operation when the request could not be signed or sent, timed out, or the
   *     successful response could not be decoded
   * @throws IllegalStateException when this runtime is closed
   * @throws IllegalArgumentException naming the argument when one is null
   */
  public <T> T invoke(String operationName, HttpRequestSpec request, ResponseDecoder<T> decoder) {
    if (operationName == null || operationName.isBlank()) {
      throw new IllegalArgumentException("operationName must not be " + (operationName == null ? "null" : "blank"));
    }
    if (request == null) {
      throw new IllegalArgumentException("request must not be null");
    }
    if (decoder == null) {
      throw new IllegalArgumentException("decoder must not be null");
    }
    if (closed.get()) {
      throw new IllegalStateException("ClientRuntime is closed; " + operationName + " cannot be called");
    }
    SdkHttpResponse response = execute(operationName, toOkHttpRequest(operationName, request));
    if (!response.isSuccessful()) {
      throw ErrorResponseParser.toException(response, errorFactory);
    }
    T result;
    try {
      result = decoder.decode(response);
    } catch (IOException | RuntimeException e) {
      throw new SdkClientException(
          operationName + ": the response body could not be decoded: " + describe(e), e);
    }
    if (result == null) {
      throw new SdkClientException(operationName + ": the response body could not be decoded: the decoder returned null");
    }
    return result;
  }

  /** The {@code User-Agent} this runtime sends. */
  public String userAgent() {
    return userAgent;
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    return closed.get();
  }

  /**
   * Releases the OkHttp client this runtime built (its dispatcher's threads and its idle connections). An OkHttp
   * client supplied by the caller is not touched. Idempotent; later calls to {@link #invoke} fail.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (ownedClient != null) {
      ownedClient.dispatcher().executorService().shutdown();
      ownedClient.connectionPool().evictAll();
    }
  }

  private Request toOkHttpRequest(String operationName, HttpRequestSpec spec) {
    HttpUrl.Builder url = endpoint.newBuilder().encodedPath(basePath + spec.encodedPath());
    for (NameValue parameter : spec.queryParameters()) {
      url.addEncodedQueryParameter(PercentEncoding.encode(parameter.name()), PercentEncoding.encode(parameter.value()));
    }
    Request.Builder request = new Request.Builder().url(url.build());
    for (NameValue header : spec.headers()) {
      request.addHeader(header.name(), header.value());
    }
    // The body has no media type of its own: the Content-Type header, as the spec set it, is what is sent and signed.
    byte[] body = spec.bodyBytes();
    RequestBody requestBody = null;
    if (body != null) {
      requestBody = RequestBody.create(body, (MediaType) null);
    } else if (BODY_REQUIRED_METHODS.contains(spec.method().toUpperCase(Locale.ROOT))) {
      requestBody = RequestBody.create(new byte[0], (MediaType) null);
    }
    request.method(spec.method(), requestBody);
    request.tag(OperationTag.class, OperationTag.of(operationName));
    return request.build();
  }

  /** Sends the request and reads the whole response; the OkHttp response is closed on every path. */
  private SdkHttpResponse execute(String operationName, Request request) {
    try (Response response = callClient.newCall(request).execute()) {
      SdkHttpResponse read = ResponseReader.read(response, ResponseReader.DEFAULT_MAX_BODY_BYTES);
      if (LOG.isDebugEnabled()) {
        LOG.debug("{} {} {} -> {} [request id {}]", operationName, request.method(), request.url().encodedPath(),
            read.statusCode(), read.requestId().orElse("none"));
      }
      return read;
    } catch (SdkException e) {
      throw e;
    } catch (SocketTimeoutException e) {
      throw new SdkClientException(operationName + ": the request timed out: " + describe(e), e);
    } catch (InterruptedIOException e) {
      boolean timeout = "timeout".equals(e.getMessage());
      throw new SdkClientException(
          operationName + (timeout ? ": the request timed out: " : ": the request was interrupted: ") + describe(e),
          e);
    } catch (IOException e) {
      throw new SdkClientException(operationName + ": the request failed: " + describe(e), e);
    } catch (RuntimeException e) {
      throw new SdkClientException(operationName + ": the request could not be sent: " + describe(e), e);
    }
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getName() : e.getClass().getSimpleName() + ": " + message;
  }

  private static <T> T required(@Nullable T value, String setting) {
    if (value == null) {
      throw new IllegalStateException("ClientRuntime." + setting + " is required but was not set");
    }
    return value;
  }

  /** Scheme, host and port of the endpoint. */
  private static HttpUrl baseUrl(URI endpoint) {
    HttpUrl.Builder url = new HttpUrl.Builder().scheme(endpoint.getScheme().toLowerCase(Locale.ROOT));
    url.host(endpoint.getHost());
    if (endpoint.getPort() != -1) {
      url.port(endpoint.getPort());
    }
    return url.build();
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

  /** Checks an endpoint before it is accepted; the message never repeats user info. */
  private static URI checkEndpoint(@Nullable URI endpoint) {
    if (endpoint == null) {
      throw new IllegalArgumentException("endpoint must not be null");
    }
    String scheme = endpoint.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      throw new IllegalArgumentException("endpoint must be an absolute http or https URI, such as "
          + "https://apigateway.us-east-1.amazonaws.com");
    }
    if (endpoint.getRawUserInfo() != null) {
      throw new IllegalArgumentException("endpoint must not contain user info");
    }
    if (endpoint.getHost() == null || endpoint.getHost().isEmpty()) {
      throw new IllegalArgumentException("endpoint must have a host: " + endpoint);
    }
    if (endpoint.getRawQuery() != null || endpoint.getRawFragment() != null) {
      throw new IllegalArgumentException("endpoint must not have a query or fragment: " + endpoint);
    }
    String path = endpoint.getRawPath();
    if (path != null && !path.isEmpty()) {
      try {
        HttpRequestSpec.builder("GET", path);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("endpoint has an invalid base path: " + e.getMessage(), e);
      }
    }
    try {
      baseUrl(endpoint);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("endpoint is not a valid HTTP URL: " + e.getMessage(), e);
    }
    return endpoint;
  }

  @Override
  public String toString() {
    return description;
  }

  /** Collects the settings of a {@link ClientRuntime}. Not thread-safe. Setters check their argument at once. */
  public static final class Builder {
    private @Nullable String signingName;
    private @Nullable String region;
    private @Nullable URI endpoint;
    private @Nullable CredentialsProvider credentialsProvider;
    private @Nullable OkHttpClient httpClient;
    private Clock clock = Clock.systemUTC();
    private @Nullable ErrorFactory errorFactory;
    private @Nullable String userAgentSuffix;

    private Builder() {}

    /** Required: the SigV4 signing name of the service, such as {@code apigateway}. */
    public Builder signingName(String signingName) {
      this.signingName = checkScopeElement(signingName, "signingName");
      return this;
    }

    /** Required: the region requests are signed for, such as {@code us-east-1}. */
    public Builder region(String region) {
      this.region = checkScopeElement(region, "region");
      return this;
    }

    /**
     * Required: where requests go, such as {@code https://apigateway.us-east-1.amazonaws.com}. A path in it (such as
     * {@code http://127.0.0.1:8080/prefix}) is put before every request path. Must be http or https with a host, and
     * without user info, query or fragment.
     */
    public Builder endpoint(URI endpoint) {
      this.endpoint = checkEndpoint(endpoint);
      return this;
    }

    /** Required: asked for credentials before every request is signed. */
    public Builder credentialsProvider(CredentialsProvider credentialsProvider) {
      if (credentialsProvider == null) {
        throw new IllegalArgumentException("credentialsProvider must not be null");
      }
      this.credentialsProvider = credentialsProvider;
      return this;
    }

    /**
     * Optional: the OkHttp client to send with (its connection pool, dispatcher, timeouts and interceptors are used;
     * the runtime adds its own interceptors after the client's). It stays the caller's: {@link ClientRuntime#close()}
     * does not shut it down. Without one the runtime builds and owns its own client.
     */
    public Builder httpClient(OkHttpClient httpClient) {
      if (httpClient == null) {
        throw new IllegalArgumentException("httpClient must not be null");
      }
      this.httpClient = httpClient;
      return this;
    }

    /** Optional: the clock signing times come from; the system UTC clock by default. */
    public Builder clock(Clock clock) {
      if (clock == null) {
        throw new IllegalArgumentException("clock must not be null");
      }
      this.clock = clock;
      return this;
    }

    /** Required: makes the service's typed exceptions from error responses. */
    public Builder errorFactory(ErrorFactory errorFactory) {
      if (errorFactory == null) {
        throw new IllegalArgumentException("errorFactory must not be null");
      }
      this.errorFactory = errorFactory;
      return this;
    }

    /**
     * Optional: a product token appended to the SDK's {@code User-Agent} after a space, such as {@code my-app/1.2}.
     * Must be printable ASCII and not blank.
     */
    public Builder userAgent(String productToken) {
      if (productToken == null) {
        throw new IllegalArgumentException("userAgent must not be null");
      }
      UserAgentInterceptor.create(productToken); // checks it
      this.userAgentSuffix = productToken;
      return this;
    }

    /**
     * The runtime. Fails with {@link IllegalStateException} naming the first missing required setting
     * ({@code signingName}, {@code region}, {@code endpoint}, {@code credentialsProvider}, {@code errorFactory}).
     */
    public ClientRuntime build() {
      return new ClientRuntime(this);
    }

    private static String checkScopeElement(@Nullable String value, String name) {
      if (value == null) {
        throw new IllegalArgumentException(name + " must not be null");
      }
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c <= ' ' || c == '/' || c >= 0x7F) {
          throw new IllegalArgumentException(name + " must not contain whitespace, '/' or non-ASCII characters: "
              + value);
        }
      }
      return value;
    }
  }
}
