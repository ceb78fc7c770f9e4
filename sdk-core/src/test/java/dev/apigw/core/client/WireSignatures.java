package dev.apigw.core.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.sigv4.SigV4Signer;
import dev.apigw.core.auth.sigv4.SignableRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.RecordedRequest;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Plays the server's part: recomputes the signature of a request as MockWebServer received it (raw
 * request target, Host header, headers, body) and checks it equals the Authorization header sent.
 * Done twice: with our signer fed only from the wire, and with the AWS SDK for Java v2's signer, an
 * independent implementation.
 */
final class WireSignatures {
  static final Pattern AUTHORIZATION =
      Pattern.compile(
          "AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request, "
              + "SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})");

  /** Headers each signer adds itself, so they are not passed in. */
  private static final Set<String> ADDED_BY_SIGNER =
      Set.of("host", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256");

  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private WireSignatures() {}

  /**
   * Asserts that the request's Authorization header is the right signature of what was received.
   */
  static void assertValidSignature(
      RecordedRequest request, Credentials credentials, String signingName, String region) {
    String authorization = request.getHeaders().get("Authorization");
    assertThat(authorization).as("Authorization header").isNotNull();
    Matcher matcher = AUTHORIZATION.matcher(authorization);
    assertThat(matcher.matches()).as("Authorization is well-formed: %s", authorization).isTrue();
    assertThat(matcher.group(1)).isEqualTo(credentials.accessKeyId());
    assertThat(matcher.group(3)).isEqualTo(region);
    assertThat(matcher.group(4)).isEqualTo(signingName);
    List<String> signedHeaders = Arrays.asList(matcher.group(5).split(";"));
    Instant signingTime = Instant.from(AMZ_DATE.parse(request.getHeaders().get("X-Amz-Date")));
    assertThat(matcher.group(2)).isEqualTo(request.getHeaders().get("X-Amz-Date").substring(0, 8));

    String target = request.getTarget();
    int question = target.indexOf('?');
    String rawPath = question < 0 ? target : target.substring(0, question);
    List<String[]> query = decodeQuery(question < 0 ? "" : target.substring(question + 1));
    String host = request.getHeaders().get("Host");
    byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();

    // 1. Our signer, fed only from what arrived.
    SignableRequest.Builder ours =
        SignableRequest.builder().method(request.getMethod()).host(host).path(rawPath);
    query.forEach(pair -> ours.addQueryParameter(pair[0], pair[1]));
    for (String name : signedHeaders) {
      if (!ADDED_BY_SIGNER.contains(name)) {
        ours.addHeader(name, request.getHeaders().get(name));
      }
    }
    ours.payload(body);
    String oursAuthorization =
        SigV4Signer.create(signingName, region)
            .sign(ours.build(), credentials, signingTime)
            .authorization();
    assertThat(authorization)
        .as("signature recomputed by our signer from the wire")
        .isEqualTo(oursAuthorization);

    // 2. The AWS SDK's signer.
    SdkHttpRequest.Builder aws =
        SdkHttpRequest.builder()
            .protocol("http")
            .method(SdkHttpMethod.fromValue(request.getMethod()))
            .encodedPath(rawPath);
    int colon = host.lastIndexOf(':');
    aws.host(host.substring(0, colon)).port(Integer.parseInt(host.substring(colon + 1)));
    query.forEach(pair -> aws.appendRawQueryParameter(pair[0], pair[1]));
    for (String name : signedHeaders) {
      if (!ADDED_BY_SIGNER.contains(name)) {
        aws.appendHeader(name, request.getHeaders().get(name));
      }
    }
    AwsCredentialsIdentity identity =
        credentials
            .sessionToken()
            .<AwsCredentialsIdentity>map(
                token ->
                    AwsSessionCredentialsIdentity.create(
                        credentials.accessKeyId(), credentials.secretAccessKey(), token))
            .orElseGet(
                () ->
                    AwsCredentialsIdentity.create(
                        credentials.accessKeyId(), credentials.secretAccessKey()));
    SdkHttpRequest awsSigned =
        AwsV4HttpSigner.create()
            .sign(
                signRequest -> {
                  signRequest
                      .identity(identity)
                      .request(aws.build())
                      .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, signingName)
                      .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                      .putProperty(
                          HttpSigner.SIGNING_CLOCK, Clock.fixed(signingTime, ZoneOffset.UTC));
                  if (body.length > 0) {
                    signRequest.payload(ContentStreamProvider.fromByteArray(body));
                  }
                })
            .request();
    assertThat(authorization)
        .as("signature computed by the AWS SDK's signer from the wire")
        .isEqualTo(awsSigned.firstMatchingHeader("Authorization").orElseThrow());
  }

  /**
   * Decodes a raw query string into (name, value) pairs; the client never sends '+', so it is not
   * special.
   */
  static List<String[]> decodeQuery(String rawQuery) {
    List<String[]> pairs = new ArrayList<>();
    if (rawQuery.isEmpty()) {
      return pairs;
    }
    for (String part : rawQuery.split("&", -1)) {
      int equals = part.indexOf('=');
      String name = equals < 0 ? part : part.substring(0, equals);
      String value = equals < 0 ? "" : part.substring(equals + 1);
      pairs.add(new String[] {percentDecode(name), percentDecode(value)});
    }
    return pairs;
  }

  static String percentDecode(String encoded) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
  }
}
