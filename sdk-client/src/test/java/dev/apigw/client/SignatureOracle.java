package dev.apigw.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.core.auth.Credentials;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
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

/**
 * Plays the service's part for a request MockWebServer received: the AWS SDK for Java v2's signer,
 * fed only from the wire, must compute the same {@code Authorization} over the headers it names.
 */
final class SignatureOracle {
  private static final Pattern AUTHORIZATION =
      Pattern.compile(
          "AWS4-HMAC-SHA256 Credential=([^/]+)/\\d{8}/([^/]+)/([^/]+)/aws4_request, "
              + "SignedHeaders=([a-z0-9;-]+), Signature=[0-9a-f]{64}");

  /** Headers the signer adds itself, so they are not passed in. */
  private static final Set<String> ADDED_BY_SIGNER =
      Set.of("host", "x-amz-date", "x-amz-security-token", "x-amz-content-sha256");

  private SignatureOracle() {}

  /** The header names the request's {@code Authorization} signs. */
  static List<String> signedHeaders(RecordedRequest request) {
    return List.of(matcher(request).group(4).split(";"));
  }

  /** The access key id the request was signed with. */
  static String accessKeyId(RecordedRequest request) {
    return matcher(request).group(1);
  }

  static void assertValid(RecordedRequest request, Credentials credentials, Instant signingTime) {
    Matcher authorization = matcher(request);
    String target = request.getTarget();
    int question = target.indexOf('?');
    String host = request.getHeaders().get("Host");
    int colon = host.lastIndexOf(':');
    SdkHttpRequest.Builder wire =
        SdkHttpRequest.builder()
            .protocol("http")
            .method(SdkHttpMethod.fromValue(request.getMethod()))
            .host(host.substring(0, colon))
            .port(Integer.parseInt(host.substring(colon + 1)))
            .encodedPath(question < 0 ? target : target.substring(0, question));
    Map<String, List<String>> query =
        AllOperationsWireTest.decodeQuery(question < 0 ? null : target.substring(question + 1));
    query.forEach((name, values) -> values.forEach(v -> wire.appendRawQueryParameter(name, v)));
    for (String name : authorization.group(4).split(";")) {
      if (!ADDED_BY_SIGNER.contains(name)) {
        request.getHeaders().values(name).forEach(value -> wire.appendHeader(name, value));
      }
    }
    byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
    SdkHttpRequest signed =
        AwsV4HttpSigner.create()
            .sign(
                sign -> {
                  sign.identity(
                          AwsCredentialsIdentity.create(
                              credentials.accessKeyId(), credentials.secretAccessKey()))
                      .request(wire.build())
                      .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "apigateway")
                      .putProperty(AwsV4HttpSigner.REGION_NAME, authorization.group(2))
                      .putProperty(
                          HttpSigner.SIGNING_CLOCK, Clock.fixed(signingTime, ZoneOffset.UTC));
                  if (body.length > 0) {
                    sign.payload(ContentStreamProvider.fromByteArray(body));
                  }
                })
            .request();
    assertThat(request.getHeaders().get("Authorization"))
        .as("the signature the AWS SDK's signer computes from the wire")
        .isEqualTo(signed.firstMatchingHeader("Authorization").orElseThrow());
  }

  private static Matcher matcher(RecordedRequest request) {
    String header = request.getHeaders().get("Authorization");
    assertThat(header).as("Authorization").isNotNull();
    Matcher matcher = AUTHORIZATION.matcher(header);
    assertThat(matcher.matches()).as("well-formed Authorization: %s", header).isTrue();
    return matcher;
  }
}
