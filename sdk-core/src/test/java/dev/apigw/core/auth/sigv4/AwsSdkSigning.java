package dev.apigw.core.auth.sigv4;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.internal.signer.V4CanonicalRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * The AWS SDK for Java v2's side of the signer differential: {@link AwsV4HttpSigner} configured as
 * the SDK's own API Gateway V2 client uses it (signing name {@code apigateway}, path normalized and
 * encoded twice, payload signed and sent as {@code x-amz-content-sha256}, no chunked encoding),
 * over HTTPS with a fixed clock.
 */
final class AwsSdkSigning {
  private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

  /** The headers the AWS signer puts on the request it returns. */
  static final List<String> ADDED_HEADERS =
      List.of("Host", "X-Amz-Date", "X-Amz-Security-Token", "x-amz-content-sha256");

  private AwsSdkSigning() {}

  /** The request as the AWS SDK's HTTP model holds it, unsigned. */
  static SdkHttpRequest unsigned(FuzzedSigningRequest request) {
    SdkHttpRequest.Builder builder =
        SdkHttpRequest.builder()
            .protocol("https")
            .method(SdkHttpMethod.fromValue(request.method))
            .encodedPath(request.path);
    int colon = request.host.indexOf(':');
    if (colon < 0) {
      builder.host(request.host);
    } else {
      builder
          .host(request.host.substring(0, colon))
          .port(Integer.parseInt(request.host.substring(colon + 1)));
    }
    request.query.forEach(
        parameter -> builder.appendRawQueryParameter(parameter.name(), parameter.value()));
    request.headers.forEach(header -> builder.appendHeader(header.name(), header.value()));
    return builder.build();
  }

  static SdkHttpRequest sign(
      SdkHttpRequest unsigned,
      byte[] body,
      AwsCredentialsIdentity identity,
      String signingName,
      String region,
      Instant signingTime) {
    return SIGNER
        .sign(
            signRequest -> {
              signRequest
                  .identity(identity)
                  .request(unsigned)
                  .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, signingName)
                  .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                  .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, true)
                  .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, true)
                  .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, true)
                  .putProperty(AwsV4HttpSigner.CHUNK_ENCODING_ENABLED, false)
                  .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(signingTime, ZoneOffset.UTC));
              if (body.length > 0) {
                signRequest.payload(ContentStreamProvider.fromByteArray(body));
              }
            })
        .request();
  }

  static AwsCredentialsIdentity identity(
      String accessKeyId, String secretAccessKey, String sessionTokenOrNull) {
    return sessionTokenOrNull == null
        ? AwsCredentialsIdentity.create(accessKeyId, secretAccessKey)
        : AwsSessionCredentialsIdentity.create(accessKeyId, secretAccessKey, sessionTokenOrNull);
  }

  /**
   * The canonical request the AWS signer signed, rebuilt with the SDK's own (internal) {@code
   * V4CanonicalRequest} from the unsigned request and the headers the signer added: the public API
   * offers no other way to see it. Only for describing a difference.
   */
  static String canonicalRequest(SdkHttpRequest unsigned, SdkHttpRequest signed) {
    SdkHttpRequest.Builder asSigned = unsigned.toBuilder();
    for (String name : ADDED_HEADERS) {
      signed.firstMatchingHeader(name).ifPresent(value -> asSigned.putHeader(name, value));
    }
    String payloadHash = signed.firstMatchingHeader("x-amz-content-sha256").orElse("?");
    return new V4CanonicalRequest(
            asSigned.build(), payloadHash, new V4CanonicalRequest.Options(true, true))
        .getCanonicalRequestString();
  }
}
