package dev.apigw.core.auth.sigv4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.http.NameValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SigV4SignerTest {
  private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final String TOKEN = "IQoJb3JpZ2luX2VjEXAMPLETOKEN";
  private static final Credentials CREDENTIALS = Credentials.of("AKIDEXAMPLE", SECRET);
  private static final Credentials SESSION_CREDENTIALS =
      Credentials.of("ASIAEXAMPLE", SECRET, TOKEN);
  private static final Instant TIME = Instant.parse("2026-03-14T09:26:53.789Z");
  private static final SigV4Signer SIGNER = SigV4Signer.create("apigateway", "us-east-1");

  private static SignableRequest.Builder getApis() {
    return SignableRequest.builder()
        .method("GET")
        .host("apigateway.us-east-1.amazonaws.com")
        .path("/v2/apis");
  }

  @Test
  void theCachedDatesAndKeyNeverLeakIntoAnotherSecondDayOrSecret() {
    SigV4Signer reused = SigV4Signer.create("apigateway", "us-east-1");
    Credentials other = Credentials.of("AKIDOTHER", "other-secret");
    List<Object[]> calls =
        List.of(
            new Object[] {CREDENTIALS, TIME},
            new Object[] {CREDENTIALS, TIME},
            new Object[] {other, TIME},
            new Object[] {CREDENTIALS, TIME.plusSeconds(1)},
            new Object[] {CREDENTIALS, TIME.plus(Duration.ofDays(1))},
            new Object[] {other, TIME.plus(Duration.ofDays(1))},
            new Object[] {CREDENTIALS, TIME});
    for (Object[] call : calls) {
      Credentials credentials = (Credentials) call[0];
      Instant time = (Instant) call[1];
      SigningResult cached = reused.sign(getApis().build(), credentials, time);
      SigningResult fresh =
          SigV4Signer.create("apigateway", "us-east-1").sign(getApis().build(), credentials, time);
      assertThat(cached.authorization())
          .as(credentials.accessKeyId() + " at " + time)
          .isEqualTo(fresh.authorization());
      assertThat(cached.headers()).isEqualTo(fresh.headers());
    }
  }

  @Test
  void addsDateContentHashAndAuthorizationInThatOrder() {
    SigningResult result = SIGNER.sign(getApis().build(), CREDENTIALS, TIME);

    assertThat(result.headers())
        .extracting(NameValue::name)
        .containsExactly("X-Amz-Date", "x-amz-content-sha256", "Authorization");
    assertThat(result.amzDate()).isEqualTo("20260314T092653Z");
    assertThat(result.header("x-amz-content-sha256"))
        .contains("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(result.authorization())
        .startsWith(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260314/us-east-1/apigateway/aws4_request, "
                + "SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature="
                + result.signature());
    assertThat(result.header("authorization")).contains(result.authorization());
  }

  @Test
  void withASessionTokenAddsAndSignsIt() {
    SigningResult result = SIGNER.sign(getApis().build(), SESSION_CREDENTIALS, TIME);

    assertThat(result.header("X-Amz-Security-Token")).contains(TOKEN);
    assertThat(result.signedHeaders())
        .isEqualTo("host;x-amz-content-sha256;x-amz-date;x-amz-security-token");
    assertThat(result.canonicalRequest().canonicalHeaders())
        .contains("x-amz-security-token:" + TOKEN + "\n");
  }

  @Test
  void withoutTheContentHashHeaderSignsPlainSigV4() {
    SigV4Signer plain = SIGNER.withContentSha256Header(false);

    SigningResult result = plain.sign(getApis().build(), CREDENTIALS, TIME);

    assertThat(result.header("x-amz-content-sha256")).isEmpty();
    assertThat(result.signedHeaders()).isEqualTo("host;x-amz-date");
    assertThat(result.canonicalRequest().payloadHash())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(plain.addsContentSha256Header()).isFalse();
    assertThat(SIGNER.addsContentSha256Header()).isTrue();
  }

  @Test
  void replacesHostDateTokenAndContentHashGivenInTheRequestInsteadOfSigningThemTwice() {
    SignableRequest request =
        getApis()
            .addHeader("Host", "stale.example.com")
            .addHeader("X-Amz-Date", "20000101T000000Z")
            .addHeader("x-amz-security-token", "stale-token")
            .addHeader("X-Amz-Content-Sha256", "stale")
            .addHeader("Authorization", "stale")
            .build();

    SigningResult result = SIGNER.sign(request, SESSION_CREDENTIALS, TIME);

    assertThat(result.canonicalRequest().canonicalHeaders())
        .isEqualTo(
            "host:apigateway.us-east-1.amazonaws.com\n"
                + "x-amz-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
                + "x-amz-date:20260314T092653Z\n"
                + "x-amz-security-token:"
                + TOKEN
                + "\n");
  }

  @Test
  void signsASecurityTokenHeaderOfTheRequestWhenTheCredentialsHaveNone() {
    SignableRequest request = getApis().addHeader("X-Amz-Security-Token", "caller-token").build();

    SigningResult result = SIGNER.sign(request, CREDENTIALS, TIME);

    assertThat(result.header("X-Amz-Security-Token")).isEmpty();
    assertThat(result.canonicalRequest().canonicalHeaders())
        .contains("x-amz-security-token:caller-token\n");
  }

  @Test
  void leavesTheHeadersTheAwsSdkLeavesUnsignedButSignsTheOthers() {
    SignableRequest request =
        getApis()
            .addHeader("User-Agent", "apigw-java/0.1")
            .addHeader("Connection", "keep-alive")
            .addHeader("Expect", "100-continue")
            .addHeader("Transfer-Encoding", "chunked")
            .addHeader("X-Amzn-Trace-Id", "Root=1-abc")
            .addHeader("X-Forwarded-For", "10.0.0.1")
            .addHeader("Content-Type", "application/json")
            .addHeader("Content-Length", "0")
            .build();

    SigningResult result = SIGNER.sign(request, CREDENTIALS, TIME);

    assertThat(result.signedHeaders())
        .isEqualTo("content-length;content-type;host;x-amz-content-sha256;x-amz-date");
  }

  @Test
  void usesTheUtcDateAndTimeToTheSecond() {
    Instant justBeforeMidnightUtc = Instant.parse("2026-03-14T23:59:59.999Z");

    SigningResult result = SIGNER.sign(getApis().build(), CREDENTIALS, justBeforeMidnightUtc);

    assertThat(result.amzDate()).isEqualTo("20260314T235959Z");
    assertThat(result.credentialScope().value())
        .isEqualTo("20260314/us-east-1/apigateway/aws4_request");
    assertThat(result.stringToSign())
        .startsWith("AWS4-HMAC-SHA256\n20260314T235959Z\n20260314/us-east-1/");
  }

  @Test
  void theSignatureIsTheLastStepAppliedToTheIntermediateResults() {
    SigningResult result =
        SIGNER.sign(getApis().addQueryParameter("maxResults", "10").build(), CREDENTIALS, TIME);

    String stringToSign =
        StringToSign.create(result.amzDate(), result.credentialScope(), result.canonicalRequest());
    String signature =
        Signature.compute(SigningKey.derive(SECRET, result.credentialScope()), stringToSign);

    assertThat(result.stringToSign()).isEqualTo(stringToSign);
    assertThat(result.signature()).isEqualTo(signature);
    assertThat(result.canonicalRequest().canonicalQueryString()).isEqualTo("maxResults=10");
  }

  @Test
  void noToStringShowsTheSecretTheSigningKeyOrTheSessionToken() {
    SignableRequest request = getApis().addHeader("X-Amz-Security-Token", TOKEN).build();
    SigningResult result = SIGNER.sign(request, SESSION_CREDENTIALS, TIME);
    String signingKeyHex = Hashing.hex(SigningKey.derive(SECRET, result.credentialScope()).bytes());

    List<String> texts =
        List.of(
            SIGNER.toString(),
            request.toString(),
            result.toString(),
            result.canonicalRequest().toString(),
            result.headers().toString(),
            SESSION_CREDENTIALS.toString());

    assertThat(texts)
        .allSatisfy(
            text ->
                assertThat(text)
                    .doesNotContain(SECRET)
                    .doesNotContain(TOKEN)
                    .doesNotContain(signingKeyHex));
    assertThat(result.toString()).contains(result.signature());
  }

  @Test
  void signsConcurrentlyWithTheSameResults() throws Exception {
    SignableRequest request = getApis().addQueryParameter("nextToken", "abc").build();
    String expected = SIGNER.sign(request, SESSION_CREDENTIALS, TIME).authorization();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Callable<String>> tasks = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      tasks.add(() -> SIGNER.sign(request, SESSION_CREDENTIALS, TIME).authorization());
    }

    List<Future<String>> results;
    try {
      results = pool.invokeAll(tasks);
    } finally {
      pool.shutdown();
    }

    for (Future<String> authorization : results) {
      assertThat(authorization.get()).isEqualTo(expected);
    }
  }

  @Test
  void createRejectsBadNamesNamingThem() {
    assertThatThrownBy(() -> SigV4Signer.create(" ", "us-east-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("signingName must not be blank");
    assertThatThrownBy(() -> SigV4Signer.create("apigateway", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("region must not be null");
    assertThatThrownBy(() -> SigV4Signer.create("apigateway", "us east"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("region must not contain '/' or whitespace");
  }

  @Test
  void signRejectsNullsNamingThem() {
    SignableRequest request = getApis().build();

    assertThatThrownBy(() -> SIGNER.sign(null, CREDENTIALS, TIME))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("request must not be null");
    assertThatThrownBy(() -> SIGNER.sign(request, null, TIME))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("credentials must not be null");
    assertThatThrownBy(() -> SIGNER.sign(request, CREDENTIALS, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("signingTime must not be null");
  }
}
