package dev.apigw.core.auth.sigv4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.apigw.core.auth.sigv4.ApiGatewayV2SampleRequests.Sample;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pinned Authorization headers of API Gateway V2 requests signed by our {@link SigV4Signer} alone:
 * no AWS SDK and nothing from {@code ../shared}. Every pinned value was checked equal to the AWS
 * SDK for Java v2's {@code AwsV4HttpSigner} output for the very same request: {@link
 * AwsSdkSignerCrossCheckTest} signs these {@link ApiGatewayV2SampleRequests} with both and compares
 * them on every build where it runs.
 */
class PinnedSignaturesTest {
  private static final String CREDENTIAL =
      "Credential=AKIDEXAMPLE/20260314/us-east-1/apigateway/aws4_request";
  private static final String SESSION_CREDENTIAL =
      "Credential=ASIAEXAMPLEEXAMPLE/20260314/us-east-1/apigateway/aws4_request";

  static Stream<Arguments> pinnedAuthorizationHeaders() {
    return Stream.of(
        arguments(
            ApiGatewayV2SampleRequests.GET_APIS,
            "AWS4-HMAC-SHA256 "
                + CREDENTIAL
                + ", SignedHeaders=host;x-amz-content-sha256;x-amz-date, "
                + "Signature=a884a0b3f58d7f0a05fdd42852383d547d3648d2a704ccbeabd5e8d79c43e31d"),
        arguments(
            ApiGatewayV2SampleRequests.CREATE_ROUTE,
            "AWS4-HMAC-SHA256 "
                + CREDENTIAL
                + ", SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date, "
                + "Signature=ed1835dadf979844d4e3491d0fd025903d6b77721d92b4f33919b795951835cb"),
        arguments(
            ApiGatewayV2SampleRequests.UPDATE_ROUTE,
            "AWS4-HMAC-SHA256 "
                + CREDENTIAL
                + ", SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date, "
                + "Signature=ab9ad29481d2f1be89f74976d2f406bdfe8198007acfd7308591794eea120732"),
        arguments(
            ApiGatewayV2SampleRequests.TAG_RESOURCE,
            "AWS4-HMAC-SHA256 "
                + CREDENTIAL
                + ", SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date, "
                + "Signature=465b2b76b4c4ee893e65b368089af4c702916210963c6f56d2bcc0d9260e4c41"),
        arguments(
            ApiGatewayV2SampleRequests.UNTAG_RESOURCE,
            "AWS4-HMAC-SHA256 "
                + CREDENTIAL
                + ", SignedHeaders=host;x-amz-content-sha256;x-amz-date, "
                + "Signature=00dc8d3930a48c80c2a70e741430ba5b713aa55b007409eb4ebf84f10a20e21e"),
        arguments(
            ApiGatewayV2SampleRequests.GET_ROUTE_ENCODED_LABEL,
            "AWS4-HMAC-SHA256 "
                + CREDENTIAL
                + ", SignedHeaders=host;x-amz-content-sha256;x-amz-date, "
                + "Signature=a9cf44e67f0da14cf1c41fc70f9d40fe06217856319f7ae6363b605cc3224451"),
        arguments(
            ApiGatewayV2SampleRequests.GET_APIS_WITH_SESSION_TOKEN,
            "AWS4-HMAC-SHA256 "
                + SESSION_CREDENTIAL
                + ", SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token, "
                + "Signature=f1ef1f29c2900340290e947b28d8c07c7a353b211ba846a2f91d55f498397e08"),
        arguments(
            ApiGatewayV2SampleRequests.CREATE_ROUTE_WITH_SESSION_TOKEN,
            "AWS4-HMAC-SHA256 "
                + SESSION_CREDENTIAL
                + ", SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token, "
                + "Signature=ffcb6e86c68cf3c9e969918cf1484c5cdddb1be10269941e5ec2ee170775f152"),
        arguments(
            ApiGatewayV2SampleRequests.CREATE_API_WITH_TRANSPORT_HEADERS,
            "AWS4-HMAC-SHA256 "
                + CREDENTIAL
                + ", SignedHeaders=amz-sdk-invocation-id;content-length;content-type;host;x-amz-content-sha256;"
                + "x-amz-date, Signature=f147520047c8f16092bcc96378e56d16b4ccbfd3d63e8ea7f3fda1482a847a40"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pinnedAuthorizationHeaders")
  void signsAsPinned(Sample sample, String expectedAuthorization) {
    SigningResult result = sample.signWithOurs();

    assertThat(result.authorization()).isEqualTo(expectedAuthorization);
    assertThat(result.amzDate()).isEqualTo("20260314T092653Z");
  }

  @Test
  void untagResourceEncodesTheArnLabelAgainAndSortsTheRepeatedTagKeys() {
    SigningResult result = ApiGatewayV2SampleRequests.UNTAG_RESOURCE.signWithOurs();

    CanonicalRequest canonical = result.canonicalRequest();
    assertThat(canonical.canonicalUri())
        .isEqualTo(
            "/v2/tags/arn%253Aaws%253Aapigateway%253Aus-east-1%253A%253A%252Fapis%252Fa1b2c3");
    assertThat(canonical.canonicalQueryString()).isEqualTo("tagKeys=a&tagKeys=b");
  }

  @Test
  void createRouteSendsThePayloadHash() {
    SigningResult result = ApiGatewayV2SampleRequests.CREATE_ROUTE.signWithOurs();

    assertThat(result.header("x-amz-content-sha256"))
        .contains("12e84b60f9d2b6f26f558b8d9fb5603beaf818d1f805d01e74cca50ae4b681e7");
  }
}
