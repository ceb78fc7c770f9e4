package dev.apigw.core.credentials.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.auth.AnonymousCredentialsProvider;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.http.SdkHttpResponse;
import dev.apigw.core.internal.Environment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StsClientTest {
  private final MockWebServer server = new MockWebServer();
  private StsClient sts;

  static String answer(String action, String id) {
    return "<"
        + action
        + "Response xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><"
        + action
        + "Result>"
        + "<AssumedRoleUser><Arn>arn:aws:sts::1:assumed-role/r/s</Arn></AssumedRoleUser>"
        + "<Credentials><AccessKeyId>"
        + id
        + "</AccessKeyId><SecretAccessKey>secret-"
        + id
        + "</SecretAccessKey>"
        + "<SessionToken>token-"
        + id
        + "</SessionToken><Expiration>2026-12-01T13:00:00Z</Expiration></Credentials>"
        + "</"
        + action
        + "Result></"
        + action
        + "Response>";
  }

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    if (sts != null) {
      sts.close();
    }
    server.close();
  }

  private StsClient client(CredentialsProvider credentials) {
    Environment environment =
        Environment.of(
            Map.of(
                "AWS_ENDPOINT_URL_STS",
                "http://127.0.0.1:" + server.getPort(),
                "HOME",
                "/nonexistent-home"),
            Map.of());
    sts =
        StsClient.builder().region("eu-west-1").credentialsProvider(credentials).build(environment);
    return sts;
  }

  @Test
  void assumeRoleSendsASignedQueryRequestAndReadsTheCredentials() throws Exception {
    server.enqueue(
        new MockResponse.Builder().code(200).body(answer("AssumeRole", "ASIAROLE")).build());
    Credentials credentials =
        client(CredentialsProvider.of(Credentials.of("AKIDSOURCE", "s", "tsource")))
            .assumeRole("arn:aws:iam::123456789012:role/app", "session 1", "ext/42", 900);
    assertThat(credentials)
        .isEqualTo(
            Credentials.of(
                "ASIAROLE",
                "secret-ASIAROLE",
                "token-ASIAROLE",
                Instant.parse("2026-12-01T13:00:00Z")));
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getHeaders().get("Content-Type"))
        .startsWith("application/x-www-form-urlencoded");
    assertThat(request.getBody().utf8())
        .isEqualTo(
            "Action=AssumeRole&Version=2011-06-15&DurationSeconds=900"
                + "&ExternalId=ext%2F42&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fapp&RoleSessionName=session%201");
    assertThat(request.getHeaders().get("Authorization"))
        .contains("Credential=AKIDSOURCE/")
        .contains("/eu-west-1/sts/aws4_request");
    assertThat(request.getHeaders().get("X-Amz-Security-Token")).isEqualTo("tsource");
  }

  @Test
  void webIdentityIsSentUnsigned() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(answer("AssumeRoleWithWebIdentity", "ASIAWEB"))
            .build());
    Credentials credentials =
        client(AnonymousCredentialsProvider.create())
            .assumeRoleWithWebIdentity("arn:aws:iam::1:role/pod", "pod", "eyJ.token");
    assertThat(credentials.accessKeyId()).isEqualTo("ASIAWEB");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("Authorization")).isNull();
    assertThat(request.getBody().utf8())
        .contains("Action=AssumeRoleWithWebIdentity")
        .contains("WebIdentityToken=eyJ.token");
  }

  @Test
  void xmlErrorsBecomeServiceExceptionsWithTheirCodeAndThrottlingIsRetried() {
    server.enqueue(
        new MockResponse.Builder()
            .code(400)
            .body(
                "<ErrorResponse><Error><Type>Sender</Type>"
                    + "<Code>Throttling</Code><Message>Rate exceeded</Message></Error></ErrorResponse>")
            .build());
    server.enqueue(
        new MockResponse.Builder()
            .code(403)
            .body(
                "<ErrorResponse><Error><Type>Sender</Type>"
                    + "<Code>AccessDenied</Code><Message>not &lt;allowed&gt;</Message></Error></ErrorResponse>")
            .build());
    StsClient client = client(CredentialsProvider.of(Credentials.of("AKID", "s")));
    assertThatThrownBy(() -> client.assumeRole("arn:aws:iam::1:role/x", "s", null, null))
        .isInstanceOfSatisfying(
            ServiceException.class,
            e -> {
              assertThat(e.errorCode()).contains("AccessDenied");
              assertThat(e.errorMessage()).contains("not <allowed>");
              assertThat(e.attempts()).isEqualTo(2);
            });
  }

  @Test
  void anAnswerWithoutCredentialsIsAClearFailure() {
    server.enqueue(new MockResponse.Builder().code(200).body("<AssumeRoleResponse/>").build());
    StsClient client = client(CredentialsProvider.of(Credentials.of("AKID", "s")));
    assertThatThrownBy(() -> client.assumeRole("arn:aws:iam::1:role/x", "s", null, null))
        .hasMessageContaining("without AccessKeyId and SecretAccessKey");
  }

  @Test
  void xmlTheJdkReaderFailsOnWithAnUncheckedExceptionIsAnUnreadableAnswer() {
    // A control character in a DTD makes the JDK's StAX reader throw MissingResourceException.
    String body = "<!DOCTYPE r [<!ENTITY x \"y\"\u001e]><r/>";
    assertThatThrownBy(() -> StsClient.credentials("AssumeRole", response(body)))
        .isInstanceOf(IOException.class)
        .hasMessage("AssumeRole answered with XML that could not be read");
  }

  @Test
  void anExpirationThatIsNotATimestampIsAnUnreadableAnswer() {
    String body =
        "<R><Credentials><AccessKeyId>A</AccessKeyId><SecretAccessKey>S</SecretAccessKey>"
            + "<Expiration>tomorrow</Expiration></Credentials></R>";
    assertThatThrownBy(() -> StsClient.credentials("AssumeRole", response(body)))
        .isInstanceOf(IOException.class)
        .hasMessage("AssumeRole answered with an Expiration that is not a timestamp");
  }

  private static SdkHttpResponse response(String body) {
    return SdkHttpResponse.of(200, List.of(), body.getBytes(StandardCharsets.UTF_8));
  }
}
