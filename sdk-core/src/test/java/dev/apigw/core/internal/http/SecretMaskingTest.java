package dev.apigw.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class SecretMaskingTest {
  @Test
  void credentialHeadersAreMaskedWhateverTheirCase() {
    assertThat(SecretMasking.header("X-Amz-Security-Token", "IQoJsession")).isEqualTo("***");
    assertThat(SecretMasking.header("x-amz-security-token", "IQoJsession")).isEqualTo("***");
    assertThat(SecretMasking.header("Proxy-Authorization", "Basic YWxpY2U6cw==")).isEqualTo("***");
    assertThat(SecretMasking.header("x-amz-sso_bearer_token", "sso")).isEqualTo("***");
    assertThat(SecretMasking.header("X-AWS-EC2-METADATA-TOKEN", "imds")).isEqualTo("***");
  }

  @Test
  void otherHeadersAreShownAsSent() {
    assertThat(SecretMasking.header("X-Amz-Date", "20260101T000000Z"))
        .isEqualTo("20260101T000000Z");
    assertThat(SecretMasking.header("x-aws-ec2-metadata-token-ttl-seconds", "21600"))
        .isEqualTo("21600");
    assertThat(SecretMasking.header("Content-Type", "application/json"))
        .isEqualTo("application/json");
  }

  @Test
  void aSigV4AuthorizationKeepsItsScopeAndLosesItsSignature() {
    String signature = "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";
    String authorization =
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request,"
            + " SignedHeaders=host;x-amz-date, Signature="
            + signature;

    assertThat(SecretMasking.header("authorization", authorization))
        .isEqualTo(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request,"
                + " SignedHeaders=host;x-amz-date, Signature=***");
  }

  @Test
  void anyOtherAuthorizationIsMaskedWhole() {
    assertThat(SecretMasking.header("Authorization", "container-pod-token")).isEqualTo("***");
    assertThat(SecretMasking.header("Authorization", "Bearer abc")).isEqualTo("***");
    assertThat(SecretMasking.header("Authorization", "AWS4-HMAC-SHA256 Signature=abc"))
        .isEqualTo("***");
  }

  @Test
  void theSignatureAndTokenQueryParametersAreMaskedTheCredentialIsNot() {
    HttpUrl url =
        HttpUrl.get(
            "https://apigateway.eu-west-1.amazonaws.com/v2/apis?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=AKID%2F20260101%2Feu-west-1%2Fapigateway%2Faws4_request"
                + "&x-amz-security-token=IQoJtoken%2B%2F&X-Amz-Signature=abcdef0123&maxResults=5"
                + "&flag");

    assertThat(SecretMasking.url(url))
        .isEqualTo(
            "https://apigateway.eu-west-1.amazonaws.com/v2/apis?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=AKID%2F20260101%2Feu-west-1%2Fapigateway%2Faws4_request"
                + "&x-amz-security-token=***&X-Amz-Signature=***&maxResults=5&flag");
  }

  @Test
  void aUrlWithoutAQueryIsShownAsIs() {
    assertThat(SecretMasking.url(HttpUrl.get("http://127.0.0.1:8080/v2/apis/a1/routes")))
        .isEqualTo("http://127.0.0.1:8080/v2/apis/a1/routes");
  }

  @Test
  void jsonSecretsAreMaskedAtAnyDepthAndInAnyCase() {
    String sso =
        "{\"roleCredentials\":{\"accessKeyId\":\"ASIASSO\",\"SECRETACCESSKEY\":\"ssecret\","
            + "\"sessionToken\" : \"s\\\"token\\\\\",\"expiration\":1796140800000}}";
    String oidc =
        "{\"accessToken\":\"a\",\"expiresIn\":3600,\"idToken\":\"i\",\"RefreshToken\":\"r\","
            + "\"tokenType\":\"Bearer\",\"clientSecret\":\"c\",\"clientId\":\"cid\"}";
    String instance =
        "{\"Code\":\"Success\",\"AccessKeyId\":\"ASIAIMDS\",\"SecretAccessKey\":\"k\","
            + "\"Token\":\"t\",\"Expiration\":\"2026-06-01T12:00:00Z\"}";

    assertThat(SecretMasking.body(sso))
        .isEqualTo(
            "{\"roleCredentials\":{\"accessKeyId\":\"ASIASSO\",\"SECRETACCESSKEY\":\"***\","
                + "\"sessionToken\" : \"***\",\"expiration\":1796140800000}}");
    assertThat(SecretMasking.body(oidc))
        .isEqualTo(
            "{\"accessToken\":\"***\",\"expiresIn\":3600,\"idToken\":\"***\","
                + "\"RefreshToken\":\"***\",\"tokenType\":\"Bearer\",\"clientSecret\":\"***\","
                + "\"clientId\":\"cid\"}");
    assertThat(SecretMasking.body(instance))
        .isEqualTo(
            "{\"Code\":\"Success\",\"AccessKeyId\":\"ASIAIMDS\",\"SecretAccessKey\":\"***\","
                + "\"Token\":\"***\",\"Expiration\":\"2026-06-01T12:00:00Z\"}");
  }

  @Test
  void xmlSecretsAreMaskedWithOrWithoutAPrefixOrAttributes() {
    String sts =
        "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult>"
            + "<Credentials><AccessKeyId>ASIAROLE</AccessKeyId>"
            + "<SecretAccessKey>wJalr/K7MDENG+b</SecretAccessKey>"
            + "<sts:sessiontoken a=\"1\">FwoGZXIvYXdzE</sts:sessiontoken>"
            + "<Expiration>2026-12-01T13:00:00Z</Expiration></Credentials>"
            + "</AssumeRoleResult></AssumeRoleResponse>";

    assertThat(SecretMasking.body(sts))
        .isEqualTo(
            "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                + "<AssumeRoleResult><Credentials><AccessKeyId>ASIAROLE</AccessKeyId>"
                + "<SecretAccessKey>***</SecretAccessKey>"
                + "<sts:sessiontoken a=\"1\">***</sts:sessiontoken>"
                + "<Expiration>2026-12-01T13:00:00Z</Expiration></Credentials>"
                + "</AssumeRoleResult></AssumeRoleResponse>");
  }

  @Test
  void formSecretsAreMaskedWhereverTheFieldStands() {
    assertThat(
            SecretMasking.body(
                "Action=AssumeRoleWithWebIdentity&Version=2011-06-15"
                    + "&webidentitytoken=eyJ.web.token&RoleArn=arn%3Aaws%3Aiam%3A%3A1%3Arole%2Fpod"))
        .isEqualTo(
            "Action=AssumeRoleWithWebIdentity&Version=2011-06-15"
                + "&webidentitytoken=***&RoleArn=arn%3Aaws%3Aiam%3A%3A1%3Arole%2Fpod");
    assertThat(SecretMasking.body("WebIdentityToken=eyJ&Action=AssumeRoleWithWebIdentity"))
        .isEqualTo("WebIdentityToken=***&Action=AssumeRoleWithWebIdentity");
  }

  @Test
  void aSecretCutShortAtTheEndIsMaskedAsFarAsItGoes() {
    assertThat(SecretMasking.body("{\"a\":1,\"secretAccessKey\":\"wJalr/K7MD"))
        .isEqualTo("{\"a\":1,\"secretAccessKey\":\"***");
    assertThat(SecretMasking.body("{\"sessionToken\":\"abc\\"))
        .isEqualTo("{\"sessionToken\":\"***");
    assertThat(SecretMasking.body("<SessionToken>FwoGZX")).isEqualTo("<SessionToken>***");
    assertThat(SecretMasking.body("Action=X&WebIdentityToken=eyJ"))
        .isEqualTo("Action=X&WebIdentityToken=***");
  }

  @Test
  void namesThatOnlyContainASecretNameAreLeftAlone() {
    String body =
        "{\"tokenType\":\"Bearer\",\"nextToken\":\"page-2\",\"name\":\"Token\","
            + "\"accessKeyId\":\"AKID\"}<NextToken>p</NextToken>&MaxTokens=3";

    assertThat(SecretMasking.body(body)).isEqualTo(body);
  }

  @Test
  void onlyTheInstanceMetadataTokenPathHasAWhollySecretBody() {
    assertThat(
            SecretMasking.wholeBodyIsSecret(HttpUrl.get("http://169.254.169.254/latest/api/token")))
        .isTrue();
    assertThat(
            SecretMasking.wholeBodyIsSecret(
                HttpUrl.get("http://169.254.169.254/latest/meta-data/iam/security-credentials/")))
        .isFalse();
  }
}
