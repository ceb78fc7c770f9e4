package dev.apigw.client.chains;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * Loopback stand-ins for every service a credentials chain talks to: STS, the SSO portal, the
 * container credentials endpoint and three EC2 instance metadata services (IMDSv2; one refusing
 * tokens with 403, so clients fall back to v1; one answering the token request with 400). The
 * credentials each returns are derived from everything in the request that should matter (role,
 * source access key, signing region, external id, duration, session name, token, path,
 * authorization), so two clients that resolve the same answer must have sent the same request.
 */
final class FakeAwsServers implements AutoCloseable {
  /**
   * Session names the SDKs make up when none is configured: the same to the fake, whichever SDK
   * sent it.
   */
  private static final Pattern DEFAULT_SESSION_NAME =
      Pattern.compile("(aws-sdk-java|apigw-java)-\\d+");

  private static final Pattern CREDENTIAL_SCOPE =
      Pattern.compile("Credential=([^/]+)/\\d{8}/([^/]+)/([^/]+)/");
  static final String IMDS_ROLE = "probe-role";
  static final String IMDS_REGION = "ap-southeast-2";
  static final String IMDS_TOKEN = "imds-token-1";

  enum ImdsMode {
    V2,
    V1_ONLY,
    TOKEN_400
  }

  final MockWebServer sts = new MockWebServer();
  final MockWebServer sso = new MockWebServer();
  final MockWebServer container = new MockWebServer();
  final MockWebServer oidc = new MockWebServer();
  final Map<ImdsMode, MockWebServer> imds = new LinkedHashMap<>();

  FakeAwsServers() throws IOException {
    sts.setDispatcher(dispatcher(FakeAwsServers::sts));
    sso.setDispatcher(dispatcher(FakeAwsServers::sso));
    container.setDispatcher(dispatcher(FakeAwsServers::container));
    oidc.setDispatcher(dispatcher(FakeAwsServers::oidc));
    oidc.start();
    sts.start();
    sso.start();
    container.start();
    for (ImdsMode mode : ImdsMode.values()) {
      MockWebServer server = new MockWebServer();
      server.setDispatcher(dispatcher(request -> imds(mode, request)));
      server.start();
      imds.put(mode, server);
    }
  }

  /** The endpoint URL of a server, such as {@code http://127.0.0.1:40123}. */
  static String url(MockWebServer server) {
    return "http://127.0.0.1:" + server.getPort();
  }

  private interface Handler {
    MockResponse handle(RecordedRequest request);
  }

  private static Dispatcher dispatcher(Handler handler) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return handler.handle(request);
      }
    };
  }

  private static MockResponse sts(RecordedRequest request) {
    Map<String, String> form = form(request.getBody() == null ? "" : request.getBody().utf8());
    String action = form.getOrDefault("Action", "");
    String sessionName = form.getOrDefault("RoleSessionName", "");
    if (DEFAULT_SESSION_NAME.matcher(sessionName).matches()) {
      sessionName = "(default)";
    }
    String authorization = request.getHeaders().get("Authorization");
    String seed;
    if (action.equals("AssumeRole")) {
      Matcher scope = authorization == null ? null : CREDENTIAL_SCOPE.matcher(authorization);
      if (scope == null || !scope.find() || !scope.group(3).equals("sts")) {
        return xmlError(403, "MissingAuthenticationToken", "AssumeRole must be signed for sts");
      }
      seed =
          String.join(
              "|",
              action,
              form.get("RoleArn"),
              scope.group(1),
              scope.group(2),
              String.valueOf(request.getHeaders().get("X-Amz-Security-Token")),
              form.getOrDefault("ExternalId", "-"),
              form.getOrDefault("DurationSeconds", "-"),
              sessionName);
    } else if (action.equals("AssumeRoleWithWebIdentity")) {
      if (authorization != null) {
        return xmlError(400, "InvalidRequest", "AssumeRoleWithWebIdentity must not be signed");
      }
      seed =
          String.join("|", action, form.get("RoleArn"), form.get("WebIdentityToken"), sessionName);
    } else {
      return xmlError(400, "InvalidAction", "unknown action");
    }
    String[] credentials = derive(seed);
    String body =
        "<"
            + action
            + "Response xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><"
            + action
            + "Result><Credentials><AccessKeyId>"
            + credentials[0]
            + "</AccessKeyId><SecretAccessKey>"
            + credentials[1]
            + "</SecretAccessKey><SessionToken>"
            + credentials[2]
            + "</SessionToken><Expiration>"
            + inAnHour()
            + "</Expiration></Credentials></"
            + action
            + "Result><ResponseMetadata><RequestId>req-1</RequestId>"
            + "</ResponseMetadata></"
            + action
            + "Response>";
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "text/xml")
        .body(body)
        .build();
  }

  private static MockResponse sso(RecordedRequest request) {
    String token = request.getHeaders().get("x-amz-sso_bearer_token");
    if (!"GET".equals(request.getMethod())
        || request.getUrl() == null
        || !request.getUrl().encodedPath().equals("/federation/credentials")
        || token == null) {
      return json(401, "{\"message\":\"no bearer token\"}");
    }
    String[] credentials =
        derive(
            String.join(
                "|",
                "sso",
                request.getUrl().queryParameter("account_id"),
                request.getUrl().queryParameter("role_name"),
                token));
    return json(
        200,
        "{\"roleCredentials\":{\"accessKeyId\":\""
            + credentials[0]
            + "\",\"secretAccessKey\":\""
            + credentials[1]
            + "\",\"sessionToken\":\""
            + credentials[2]
            + "\",\"expiration\":"
            + Instant.now().plus(1, ChronoUnit.HOURS).toEpochMilli()
            + "}}");
  }

  /**
   * SSO OIDC's CreateToken with a refresh token: the new access token names the refresh token it
   * came from.
   */
  private static MockResponse oidc(RecordedRequest request) {
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    Matcher refresh = Pattern.compile("\"refreshToken\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
    if (!"POST".equals(request.getMethod()) || !body.contains("refresh_token") || !refresh.find()) {
      return json(400, "{\"error\":\"invalid_request\"}");
    }
    return json(
        200,
        "{\"accessToken\":\"renewed-"
            + refresh.group(1)
            + "\",\"expiresIn\":3600,"
            + "\"refreshToken\":\"next-"
            + refresh.group(1)
            + "\",\"tokenType\":\"Bearer\"}");
  }

  private static MockResponse container(RecordedRequest request) {
    String[] credentials =
        derive(
            String.join(
                "|",
                "container",
                request.getTarget(),
                String.valueOf(request.getHeaders().get("Authorization"))));
    return json(200, credentialsDocument(credentials));
  }

  private static MockResponse imds(ImdsMode mode, RecordedRequest request) {
    String path = request.getUrl() == null ? "" : request.getUrl().encodedPath();
    String token = request.getHeaders().get("x-aws-ec2-metadata-token");
    if ("PUT".equals(request.getMethod()) && path.equals("/latest/api/token")) {
      switch (mode) {
        case V2:
          return new MockResponse.Builder().code(200).body(IMDS_TOKEN).build();
        case V1_ONLY:
          return new MockResponse.Builder().code(403).body("").build();
        default:
          return new MockResponse.Builder().code(400).body("").build();
      }
    }
    if (mode == ImdsMode.V2 && !IMDS_TOKEN.equals(token)) {
      return new MockResponse.Builder().code(401).body("").build();
    }
    switch (path) {
      case "/latest/meta-data/iam/security-credentials/":
        return new MockResponse.Builder().code(200).body(IMDS_ROLE).build();
      case "/latest/meta-data/iam/security-credentials/" + IMDS_ROLE:
        String[] credentials = derive(String.join("|", "imds", mode.name(), String.valueOf(token)));
        return json(
            200,
            "{\"Code\":\"Success\",\"Type\":\"AWS-HMAC\","
                + credentialsDocument(credentials).substring(1));
      case "/latest/dynamic/instance-identity/document":
        return json(
            200, "{\"region\":\"" + IMDS_REGION + "\",\"instanceId\":\"i-0123456789abcdef0\"}");
      default:
        return new MockResponse.Builder().code(404).body("").build();
    }
  }

  private static String credentialsDocument(String[] credentials) {
    return "{\"AccessKeyId\":\""
        + credentials[0]
        + "\",\"SecretAccessKey\":\""
        + credentials[1]
        + "\",\"Token\":\""
        + credentials[2]
        + "\",\"Expiration\":\""
        + inAnHour()
        + "\"}";
  }

  private static String inAnHour() {
    return Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private static MockResponse xmlError(int status, String code, String message) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "text/xml")
        .body(
            "<ErrorResponse><Error><Type>Sender</Type><Code>"
                + code
                + "</Code><Message>"
                + message
                + "</Message></Error><RequestId>req-err</RequestId></ErrorResponse>")
        .build();
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  /** An access key id, secret and session token that only this seed gives. */
  static String[] derive(String seed) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 10; i++) {
        hex.append(String.format("%02X", hash[i]));
      }
      return new String[] {"ASIA" + hex.substring(0, 16), "secret" + hex, "token" + hex};
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    sts.close();
    sso.close();
    container.close();
    oidc.close();
    for (MockWebServer server : imds.values()) {
      server.close();
    }
  }
}
