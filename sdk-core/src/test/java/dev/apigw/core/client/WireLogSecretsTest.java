package dev.apigw.core.client;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.http.HttpRequestSpec;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.http.WireLogCapture;
import dev.apigw.core.internal.metadata.FakeImds;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wire log at TRACE, over every credential source's exchanges and a signed call of each
 * operation family (GET, POST with a JSON body, PUT, DELETE) with the session credentials it gave:
 * no secret of any of them is written, the signatures the servers received included, while the rest
 * (request lines, headers, access key ids, the credential scope, bodies) is.
 */
class WireLogSecretsTest {
  private static final Pattern SIGNATURE = Pattern.compile("Signature=([0-9a-f]{64})");

  private final List<MockWebServer> servers = new ArrayList<>();
  private final List<RecordedRequest> received = new CopyOnWriteArrayList<>();
  private final Map<String, String> variables = new HashMap<>();
  private final String expiration = Instant.now().plus(1, ChronoUnit.HOURS).toString();
  private MockWebServer api;
  private @Nullable FakeImds imds;
  @TempDir Path home;

  @BeforeEach
  void start() throws Exception {
    api = serve(WireLogSecretsTest::apiAnswer);
    variables.put("HOME", home.toString());
    variables.put("AWS_REGION", "eu-west-1");
    variables.put("AWS_EC2_METADATA_DISABLED", "true");
  }

  @AfterEach
  void stop() {
    servers.forEach(MockWebServer::close);
    if (imds != null) {
      imds.close();
    }
  }

  private MockWebServer serve(Function<RecordedRequest, MockResponse> answer) throws IOException {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            received.add(request);
            return answer.apply(request);
          }
        });
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    servers.add(server);
    return server;
  }

  private static String origin(MockWebServer server) {
    return "http://127.0.0.1:" + server.getPort();
  }

  private static MockResponse ok(String body) {
    return new MockResponse.Builder().code(200).body(body).build();
  }

  private static MockResponse apiAnswer(RecordedRequest request) {
    switch (request.getMethod()) {
      case "POST":
        return new MockResponse.Builder()
            .status("HTTP/1.1 201 Created")
            .body("{\"apiId\":\"a1\",\"name\":\"pets\"}")
            .build();
      case "DELETE":
        return new MockResponse.Builder().status("HTTP/1.1 204 No Content").build();
      default:
        return ok("{\"items\":[{\"apiId\":\"a1\"}]}");
    }
  }

  private static String stsAnswer(String action, String id, String expiration) {
    return "<"
        + action
        + "Response xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><"
        + action
        + "Result><Credentials><AccessKeyId>"
        + id
        + "</AccessKeyId><SecretAccessKey>"
        + id
        + "-SECRET-KEY</SecretAccessKey><SessionToken>"
        + id
        + "-SESSION-TOKEN</SessionToken><Expiration>"
        + expiration
        + "</Expiration></Credentials></"
        + action
        + "Result></"
        + action
        + "Response>";
  }

  /**
   * A GET, a POST and a PUT with a JSON body, a PATCH (the Update* family) and a DELETE, signed by
   * the default chain.
   */
  private void callEachOperationFamily() {
    try (TestClient client =
        TestClient.builder((details, fields) -> new ServiceException(details))
            .endpoint(URI.create(origin(api)))
            .buildWith(Environment.of(variables, Map.of()))) {
      ClientRuntime runtime = client.runtime();
      runtime.invoke("GetApis", HttpRequestSpec.builder("GET", "/v2/apis").build(), r -> "ok");
      byte[] create =
          "{\"name\":\"pets\",\"protocolType\":\"HTTP\"}".getBytes(StandardCharsets.UTF_8);
      runtime.invoke(
          "CreateApi",
          HttpRequestSpec.builder("POST", "/v2/apis").jsonBody(create).build(),
          r -> "ok");
      byte[] openApi = "{\"openapi\":\"3.0.1\"}".getBytes(StandardCharsets.UTF_8);
      runtime.invoke(
          "ReimportApi",
          HttpRequestSpec.builder("PUT", "/v2/apis/a1").jsonBody(openApi).build(),
          r -> "ok");
      byte[] update = "{\"description\":\"v2\"}".getBytes(StandardCharsets.UTF_8);
      runtime.invoke(
          "UpdateApi",
          HttpRequestSpec.builder("PATCH", "/v2/apis/a1").jsonBody(update).build(),
          r -> "ok");
      runtime.invoke(
          "DeleteApi", HttpRequestSpec.builder("DELETE", "/v2/apis/a1").build(), r -> "ok");
    }
  }

  /**
   * Makes the calls with the wire log at TRACE and checks that it holds one request entry per
   * request received, none of {@code secrets} nor of the signatures received, and all of {@code
   * shown} and of the service calls' lines.
   */
  private void assertTheCallsLogNoSecret(List<String> secrets, String... shown) {
    try (WireLogCapture log = WireLogCapture.at(Level.TRACE)) {
      callEachOperationFamily();
      assertLogged(log, secrets, shown);
    }
  }

  private void assertLogged(WireLogCapture log, List<String> secrets, String... shown) {
    String text = log.text();
    List<RecordedRequest> requests = new ArrayList<>(received);
    if (imds != null) {
      requests.addAll(imds.requests());
    }
    List<String> signatures = new ArrayList<>();
    for (RecordedRequest request : requests) {
      String authorization = request.getHeaders().get("Authorization");
      Matcher signature = SIGNATURE.matcher(authorization == null ? "" : authorization);
      if (signature.find()) {
        signatures.add(signature.group(1));
      }
    }
    assertThat(signatures).as("the signed requests").hasSizeGreaterThanOrEqualTo(4);
    assertThat(log.messages().stream().filter(entry -> entry.startsWith("--> ")))
        .as("one request entry per request sent")
        .hasSize(requests.size());
    for (String secret : secrets) {
      assertThat(text).as("a secret").doesNotContain(secret);
    }
    for (String signature : signatures) {
      assertThat(text).as("a signature").doesNotContain(signature);
    }
    String calls = origin(api) + "/v2/apis";
    assertThat(text)
        .contains(shown)
        .contains("--> GET " + calls + " HTTP/1.1\n")
        .contains("--> POST " + calls + " HTTP/1.1\n")
        .contains("\n\n{\"name\":\"pets\",\"protocolType\":\"HTTP\"}")
        .contains("<-- HTTP/1.1 201 Created (POST " + calls + ", ")
        .contains("\n\n{\"apiId\":\"a1\",\"name\":\"pets\"}")
        .contains("--> PUT " + calls + "/a1 HTTP/1.1\n")
        .contains("--> DELETE " + calls + "/a1 HTTP/1.1\n")
        .contains("<-- HTTP/1.1 204 No Content (DELETE " + calls + "/a1, ")
        .contains("\nAuthorization: AWS4-HMAC-SHA256 Credential=")
        .contains("/eu-west-1/apigateway/aws4_request, SignedHeaders=")
        .contains(", Signature=***\n")
        .contains("\nX-Amz-Security-Token: ***\n")
        .contains("\nUser-Agent: apigw-java/")
        .contains("\nHost: 127.0.0.1:" + api.getPort() + "\n");
  }

  @Test
  void stsAssumeRoleWithTheSourceProfilesSessionKeys() throws Exception {
    MockWebServer sts = serve(request -> ok(stsAnswer("AssumeRole", "ASIAROLE", expiration)));
    Files.createDirectories(home.resolve(".aws"));
    Files.writeString(
        home.resolve(".aws/config"),
        "[profile app]\nrole_arn = arn:aws:iam::123456789012:role/app\nsource_profile = base\n"
            + "[profile base]\naws_access_key_id = AKIDSOURCE\n"
            + "aws_secret_access_key = SOURCE-SECRET-KEY\n"
            + "aws_session_token = SOURCE-SESSION-TOKEN\n");
    variables.put("AWS_PROFILE", "app");
    variables.put("AWS_ENDPOINT_URL_STS", origin(sts));

    assertTheCallsLogNoSecret(
        List.of(
            "SOURCE-SECRET-KEY",
            "SOURCE-SESSION-TOKEN",
            "ASIAROLE-SECRET-KEY",
            "ASIAROLE-SESSION-TOKEN"),
        "--> POST " + origin(sts) + "/ HTTP/1.1\n",
        "\n\nAction=AssumeRole&Version=2011-06-15&",
        "Credential=AKIDSOURCE/",
        "<AccessKeyId>ASIAROLE</AccessKeyId><SecretAccessKey>***</SecretAccessKey>"
            + "<SessionToken>***</SessionToken>",
        "Credential=ASIAROLE/");
  }

  @Test
  void stsAssumeRoleWithWebIdentity() throws Exception {
    MockWebServer sts =
        serve(request -> ok(stsAnswer("AssumeRoleWithWebIdentity", "ASIAWEB", expiration)));
    Path token = Files.writeString(home.resolve("token"), "eyJWEB-IDENTITY-JWT");
    variables.put("AWS_WEB_IDENTITY_TOKEN_FILE", token.toString());
    variables.put("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/pod");
    variables.put("AWS_ENDPOINT_URL_STS", origin(sts));

    assertTheCallsLogNoSecret(
        List.of("WEB-IDENTITY-JWT", "ASIAWEB-SECRET-KEY", "ASIAWEB-SESSION-TOKEN"),
        "--> POST " + origin(sts) + "/ HTTP/1.1\n",
        "Action=AssumeRoleWithWebIdentity&",
        "&WebIdentityToken=***",
        "<AccessKeyId>ASIAWEB</AccessKeyId><SecretAccessKey>***</SecretAccessKey>",
        "Credential=ASIAWEB/");
  }

  @Test
  void ssoRoleCredentialsAfterAnSsoOidcTokenRenewal() throws Exception {
    MockWebServer oidc =
        serve(
            request ->
                ok(
                    "{\"accessToken\":\"SSO-NEW-ACCESS-TOKEN\",\"expiresIn\":3600,"
                        + "\"idToken\":\"OIDC-ID-TOKEN\",\"refreshToken\":\"OIDC-REFRESH-TOKEN-2\","
                        + "\"tokenType\":\"Bearer\"}"));
    long expiresAtMillis = Instant.now().plus(1, ChronoUnit.HOURS).toEpochMilli();
    MockWebServer portal =
        serve(
            request ->
                ok(
                    "{\"roleCredentials\":{\"accessKeyId\":\"ASIASSO\","
                        + "\"secretAccessKey\":\"SSO-SECRET-KEY\","
                        + "\"sessionToken\":\"SSO-SESSION-TOKEN\",\"expiration\":"
                        + expiresAtMillis
                        + "}}"));
    Path aws = Files.createDirectories(home.resolve(".aws/sso/cache"));
    Files.writeString(
        home.resolve(".aws/config"),
        "[profile dev]\nsso_session = corp\nsso_account_id = 123456789012\n"
            + "sso_role_name = Admin\n"
            + "[sso-session corp]\nsso_region = eu-west-1\n"
            + "sso_start_url = https://corp.awsapps.com/start\n");
    // Within the five minutes before expiry in which the token is renewed.
    String expiresAt =
        Instant.now().plus(3, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString();
    Files.writeString(
        aws.resolve(sha1Hex("corp") + ".json"),
        "{\"startUrl\":\"https://corp.awsapps.com/start\",\"region\":\"eu-west-1\","
            + "\"accessToken\":\"SSO-OLD-ACCESS-TOKEN\",\"expiresAt\":\""
            + expiresAt
            + "\",\"clientId\":\"cid-public\",\"clientSecret\":\"OIDC-CLIENT-SECRET\","
            + "\"refreshToken\":\"OIDC-REFRESH-TOKEN-1\","
            + "\"registrationExpiresAt\":\"2099-01-01T00:00:00Z\"}");
    variables.put("AWS_PROFILE", "dev");
    variables.put("AWS_ENDPOINT_URL_SSO", origin(portal));
    variables.put("AWS_ENDPOINT_URL_SSO_OIDC", origin(oidc));

    assertTheCallsLogNoSecret(
        List.of(
            "SSO-OLD-ACCESS-TOKEN",
            "SSO-NEW-ACCESS-TOKEN",
            "OIDC-ID-TOKEN",
            "OIDC-REFRESH-TOKEN-1",
            "OIDC-REFRESH-TOKEN-2",
            "OIDC-CLIENT-SECRET",
            "SSO-SECRET-KEY",
            "SSO-SESSION-TOKEN"),
        "--> POST " + origin(oidc) + "/token HTTP/1.1\n",
        "\"clientId\":\"cid-public\",\"clientSecret\":\"***\"",
        "\"refreshToken\":\"***\"",
        "{\"accessToken\":\"***\",\"expiresIn\":3600,\"idToken\":\"***\"",
        "--> GET "
            + origin(portal)
            + "/federation/credentials?account_id=123456789012&role_name=Admin HTTP/1.1\n",
        "\nx-amz-sso_bearer_token: ***\n",
        "{\"roleCredentials\":{\"accessKeyId\":\"ASIASSO\",\"secretAccessKey\":\"***\","
            + "\"sessionToken\":\"***\"",
        "Credential=ASIASSO/");
  }

  private static String sha1Hex(String text) throws Exception {
    StringBuilder hex = new StringBuilder();
    for (byte b :
        MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8))) {
      hex.append(String.format("%02x", b));
    }
    return hex.toString();
  }

  @Test
  void containerCredentialsWithAnAuthorizationToken() throws Exception {
    MockWebServer container =
        serve(
            request ->
                ok(
                    "{\"AccessKeyId\":\"ASIACONTAINER\",\"SecretAccessKey\":\"CONTAINER-SECRET-KEY\","
                        + "\"Token\":\"CONTAINER-SESSION-TOKEN\",\"Expiration\":\""
                        + expiration
                        + "\"}"));
    variables.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", origin(container) + "/creds");
    variables.put("AWS_CONTAINER_AUTHORIZATION_TOKEN", "CONTAINER-AUTH-TOKEN");

    assertTheCallsLogNoSecret(
        List.of("CONTAINER-AUTH-TOKEN", "CONTAINER-SECRET-KEY", "CONTAINER-SESSION-TOKEN"),
        "--> GET " + origin(container) + "/creds HTTP/1.1\n",
        "\nAuthorization: ***\n",
        "{\"AccessKeyId\":\"ASIACONTAINER\",\"SecretAccessKey\":\"***\",\"Token\":\"***\",",
        "Credential=ASIACONTAINER/");
  }

  @Test
  void instanceMetadataTokenRoleAndCredentials() throws Exception {
    imds = new FakeImds();
    imds.answer(
        "GET /latest/meta-data/iam/security-credentials/" + FakeImds.ROLE,
        request -> FakeImds.ok(FakeImds.credentials("ASIAIMDS", expiration)));
    variables.remove("AWS_EC2_METADATA_DISABLED");
    variables.put("AWS_EC2_METADATA_SERVICE_ENDPOINT", imds.endpoint());

    assertTheCallsLogNoSecret(
        List.of(FakeImds.TOKEN, FakeImds.SECRET, FakeImds.SESSION_TOKEN),
        "--> PUT " + imds.endpoint() + "/latest/api/token HTTP/1.1\n",
        "\nx-aws-ec2-metadata-token-ttl-seconds: 21600\n",
        "\nx-aws-ec2-metadata-token: ***\n",
        "\n\n***",
        "--> GET " + imds.endpoint() + "/latest/meta-data/iam/security-credentials/ HTTP/1.1\n",
        "\n\n" + FakeImds.ROLE,
        "\"AccessKeyId\":\"ASIAIMDS\",\"SecretAccessKey\":\"***\",\"Token\":\"***\",",
        "Credential=ASIAIMDS/");
  }
}
