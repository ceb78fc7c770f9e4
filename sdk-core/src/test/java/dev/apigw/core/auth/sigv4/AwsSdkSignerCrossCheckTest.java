package dev.apigw.core.auth.sigv4;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.sigv4.ApiGatewayV2SampleRequests.Sample;
import dev.apigw.core.http.NameValue;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Signs the same requests with our {@link SigV4Signer} and with the AWS SDK for Java v2's {@link
 * AwsV4HttpSigner} (defaults, as the AWS SDK's own API Gateway V2 client uses it: signing name
 * {@code apigateway}, region {@code us-east-1}, a fixed clock) and checks that both add the same
 * headers with the same values. The requests are the ones whose signatures {@link
 * PinnedSignaturesTest} pins.
 */
class AwsSdkSignerCrossCheckTest {
  private static final AwsV4HttpSigner AWS_SIGNER = AwsV4HttpSigner.create();

  static Stream<Sample> samples() {
    return ApiGatewayV2SampleRequests.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void addsTheSameHeadersAsTheAwsSdk(Sample sample) {
    SdkHttpRequest awsSigned = signWithAwsSdk(sample);

    SigningResult ours = sample.signWithOurs();

    assertThat(ours.authorization())
        .isEqualTo(awsSigned.firstMatchingHeader("Authorization").orElseThrow());
    assertThat(headersAddedByAwsSdk(sample, awsSigned)).isEqualTo(asLowercaseMap(ours.headers()));
    assertThat(awsSigned.firstMatchingHeader("Host")).contains(sample.host);
  }

  @Test
  void bothSendTheSessionTokenAndTheContentHashAndTheDate() {
    Sample sample = ApiGatewayV2SampleRequests.CREATE_ROUTE_WITH_SESSION_TOKEN;
    SdkHttpRequest awsSigned = signWithAwsSdk(sample);

    SigningResult ours = sample.signWithOurs();

    assertThat(ours.header("X-Amz-Security-Token"))
        .contains(sample.credentials.sessionToken().orElseThrow())
        .isEqualTo(awsSigned.firstMatchingHeader("X-Amz-Security-Token"));
    assertThat(ours.header("x-amz-content-sha256"))
        .isEqualTo(awsSigned.firstMatchingHeader("x-amz-content-sha256"))
        .isNotEmpty();
    assertThat(ours.amzDate())
        .isEqualTo("20260314T092653Z")
        .isEqualTo(awsSigned.firstMatchingHeader("X-Amz-Date").orElseThrow());
    assertThat(ours.signedHeaders())
        .isEqualTo("content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token");
  }

  /**
   * The normalize-path paths of AWS's SigV4 test suite, as an HTTP layer sends them
   * (percent-encoded once).
   */
  @ParameterizedTest(name = "path [{0}]")
  @ValueSource(
      strings = {
        "/example%20space/", "/%E1%88%B4", "/example/%24delete", "//", "//example//", "/./",
            "/./example",
        "/example/..", "/example1/example2/../..", "/a/b/.", "/a/./b/../../c/", "/a/..%2F",
            "/%2E%2E/a", "",
        "/-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
      })
  void normalizesAndEncodesPathsAsTheAwsSdk(String encodedPath) {
    Sample withPath = ApiGatewayV2SampleRequests.GET_APIS.path(encodedPath);
    SdkHttpRequest awsSigned = signWithAwsSdk(withPath);

    SigningResult ours = withPath.signWithOurs();

    assertThat(ours.authorization())
        .isEqualTo(awsSigned.firstMatchingHeader("Authorization").orElseThrow());
  }

  private static SdkHttpRequest signWithAwsSdk(Sample sample) {
    SdkHttpRequest.Builder request =
        SdkHttpRequest.builder()
            .protocol(sample.protocol)
            .method(SdkHttpMethod.fromValue(sample.method))
            .encodedPath(sample.encodedPath);
    int colon = sample.host.indexOf(':');
    if (colon < 0) {
      request.host(sample.host);
    } else {
      request
          .host(sample.host.substring(0, colon))
          .port(Integer.parseInt(sample.host.substring(colon + 1)));
    }
    sample.query.forEach(
        parameter -> request.appendRawQueryParameter(parameter.name(), parameter.value()));
    sample.headers.forEach(header -> request.appendHeader(header.name(), header.value()));
    byte[] body = sample.body();

    SignedRequest signed =
        AWS_SIGNER.sign(
            signRequest -> {
              signRequest
                  .identity(awsIdentity(sample.credentials))
                  .request(request.build())
                  .putProperty(
                      AwsV4HttpSigner.SERVICE_SIGNING_NAME, ApiGatewayV2SampleRequests.SIGNING_NAME)
                  .putProperty(AwsV4HttpSigner.REGION_NAME, ApiGatewayV2SampleRequests.REGION)
                  .putProperty(
                      HttpSigner.SIGNING_CLOCK,
                      Clock.fixed(ApiGatewayV2SampleRequests.SIGNING_TIME, ZoneOffset.UTC));
              if (body.length > 0) {
                signRequest.payload(ContentStreamProvider.fromByteArray(body));
              }
            });
    return signed.request();
  }

  private static AwsCredentialsIdentity awsIdentity(Credentials credentials) {
    return credentials
        .sessionToken()
        .<AwsCredentialsIdentity>map(
            token ->
                AwsSessionCredentialsIdentity.create(
                    credentials.accessKeyId(), credentials.secretAccessKey(), token))
        .orElseGet(
            () ->
                AwsCredentialsIdentity.create(
                    credentials.accessKeyId(), credentials.secretAccessKey()));
  }

  /**
   * Lowercased name → value of each header the AWS SDK added, except Host (ours leaves Host to the
   * HTTP layer).
   */
  private static Map<String, String> headersAddedByAwsSdk(Sample sample, SdkHttpRequest awsSigned) {
    Map<String, String> added = new TreeMap<>();
    awsSigned.forEachHeader(
        (name, values) -> {
          String lowercase = name.toLowerCase(Locale.ROOT);
          boolean wasThere =
              sample.headers.stream().anyMatch(header -> header.name().equalsIgnoreCase(name));
          if (!wasThere && !lowercase.equals("host")) {
            added.put(lowercase, String.join(",", values));
          }
        });
    return added;
  }

  private static Map<String, String> asLowercaseMap(List<NameValue> headers) {
    Map<String, String> map = new TreeMap<>();
    headers.forEach(header -> map.put(header.name().toLowerCase(Locale.ROOT), header.value()));
    return map;
  }
}
