package dev.apigw.core.internal.pipeline;

import dev.apigw.core.auth.AnonymousCredentialsProvider;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.auth.sigv4.SigV4Signer;
import dev.apigw.core.auth.sigv4.SignableRequest;
import dev.apigw.core.auth.sigv4.SigningResult;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.SdkException;
import dev.apigw.core.http.NameValue;
import dev.apigw.core.lang.Arguments;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Signs each attempt with SigV4 just before it is sent: resolves the credentials (on every call, so
 * rotated credentials are picked up), takes the signing time from the clock plus the attempt's
 * {@linkplain CallContext#clockOffset() clock offset} (what the client learned from a clock-skew
 * error; zero until then), and adds the signer's headers ({@code X-Amz-Date}, {@code
 * X-Amz-Security-Token} with session credentials, {@code x-amz-content-sha256}, {@code
 * Authorization}).
 *
 * <p>What is signed is read from the final OkHttp request, so it is exactly what goes on the wire:
 * the {@code Host} header OkHttp will send, {@code url().encodedPath()}, the decoded query
 * parameters, the body bytes, the {@code Content-Type} OkHttp will send, any {@code x-amz-*}
 * header, and the headers the call's overrides and interceptors set ({@link
 * CallOptions#signedHeaders()}). Other headers (the user agent among them) are sent unsigned, so
 * proxies that touch them do not break the signature.
 *
 * <p>A call whose overrides set a credentials provider is signed with its credentials instead.
 *
 * <p>With {@link AnonymousCredentialsProvider} the request is sent unsigned (the calls that fetch
 * credentials need none).
 *
 * <p>Immutable and thread-safe. Credentials failures become an {@link SdkClientException} naming
 * the operation and never holding a secret.
 */
public final class SigningStage extends PreparingStage {
  private static final String CONTENT_TYPE = "Content-Type";

  private final SigV4Signer signer;
  private final CredentialsProvider credentialsProvider;
  private final Clock clock;

  private SigningStage(SigV4Signer signer, CredentialsProvider credentialsProvider, Clock clock) {
    this.signer = signer;
    this.credentialsProvider = credentialsProvider;
    this.clock = clock;
  }

  /** Fails with {@link IllegalArgumentException} naming the argument when one is null. */
  public static SigningStage create(
      SigV4Signer signer, CredentialsProvider credentialsProvider, Clock clock) {
    return new SigningStage(
        Arguments.requireNonNull(signer, "signer"),
        Arguments.requireNonNull(credentialsProvider, "credentialsProvider"),
        Arguments.requireNonNull(clock, "clock"));
  }

  /**
   * Signs on the calling thread, in both call styles: the credentials come from the provider's
   * cache, which blocks only while a provider refreshes them.
   */
  @Override
  protected Request prepare(Request request, CallContext context) {
    CredentialsProvider own = context.options().credentialsProvider();
    CredentialsProvider provider = own != null ? own : credentialsProvider;
    if (provider instanceof AnonymousCredentialsProvider) {
      return request;
    }
    String operation = context.operationName();
    CallMeter meter = context.record().meter();
    long start = meter.now();
    Credentials credentials = resolveCredentials(provider, operation);
    meter.credentialsResolved(start);
    long signingStart = meter.now();
    SignableRequest signable;
    try {
      signable = signable(request, context.options().signedHeaders());
    } catch (IOException e) {
      throw new SdkClientException(
          operation + ": the request body could not be read for signing: " + e, e);
    }
    SigningResult result;
    try {
      result = signer.sign(signable, credentials, clock.instant().plus(context.clockOffset()));
    } catch (IllegalArgumentException e) {
      throw new SdkClientException(
          operation + ": the request could not be signed: " + e.getMessage(), e);
    }
    Request.Builder signed = request.newBuilder();
    for (NameValue header : result.headers()) {
      signed.header(header.name(), header.value());
    }
    Request built = signed.build();
    meter.signed(signingStart);
    return built;
  }

  private static Credentials resolveCredentials(CredentialsProvider provider, String operation) {
    Credentials credentials;
    try {
      credentials = provider.resolveCredentials();
    } catch (SdkException e) {
      throw new SdkClientException(
          operation + ": could not resolve credentials: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      // Only the type is shown: a foreign provider's message is not known to be free of secrets.
      throw new SdkClientException(
          operation
              + ": could not resolve credentials: the credentials provider failed with "
              + e.getClass().getName(),
          e);
    }
    if (credentials == null) {
      throw new SdkClientException(
          operation
              + ": could not resolve credentials: the credentials provider "
              + provider.getClass().getName()
              + " returned null");
    }
    return credentials;
  }

  /** What SigV4 signs of {@code request}, as OkHttp will send it. */
  static SignableRequest signable(Request request) throws IOException {
    return signable(request, Set.of());
  }

  /**
   * What SigV4 signs of {@code request}, as OkHttp will send it, with the headers named in {@code
   * alsoSigned} (lower case).
   */
  static SignableRequest signable(Request request, Set<String> alsoSigned) throws IOException {
    HttpUrl url = request.url();
    SignableRequest.Builder builder =
        SignableRequest.builder()
            .method(request.method())
            .host(hostHeader(url))
            .path(url.encodedPath());
    for (int i = 0; i < url.querySize(); i++) {
      String value = url.queryParameterValue(i);
      builder.addQueryParameter(url.queryParameterName(i), value == null ? "" : value);
    }
    String contentType = wireContentType(request);
    if (contentType != null) {
      builder.addHeader(CONTENT_TYPE, contentType);
    }
    for (int i = 0; i < request.headers().size(); i++) {
      String name = request.headers().name(i);
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.startsWith("x-amz-")
          || (alsoSigned.contains(lower)
              && !lower.equals("host")
              && !lower.equals("content-type"))) {
        builder.addHeader(name, request.headers().value(i));
      }
    }
    RequestBody body = request.body();
    if (body != null) {
      Buffer buffer = new Buffer();
      body.writeTo(buffer);
      builder.payload(buffer.readByteArray());
    }
    return builder.build();
  }

  /**
   * The {@code Content-Type} OkHttp will send: the body's media type when it has one (OkHttp then
   * replaces the header with it), else the header as set.
   */
  private static @Nullable String wireContentType(Request request) {
    RequestBody body = request.body();
    MediaType mediaType = body == null ? null : body.contentType();
    return mediaType != null ? mediaType.toString() : request.header(CONTENT_TYPE);
  }

  /**
   * The {@code Host} header OkHttp sends: the host (IPv6 in brackets), with the port unless it is
   * the default.
   */
  static String hostHeader(HttpUrl url) {
    String host = url.host().indexOf(':') >= 0 ? "[" + url.host() + "]" : url.host();
    return url.port() == HttpUrl.defaultPort(url.scheme()) ? host : host + ":" + url.port();
  }

  @Override
  public String toString() {
    return "signing " + signer;
  }
}
