package dev.apigw.core.credentials.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.http.ProxyConfiguration;
import dev.apigw.core.internal.Environment;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SsoCredentialsTest {
  private final MockWebServer portal = new MockWebServer();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T12:00:00Z"));
  @TempDir Path home;

  @BeforeEach
  void start() throws Exception {
    portal.start();
  }

  @AfterEach
  void stop() throws Exception {
    portal.close();
  }

  private Environment environment() {
    return Environment.of(
        Map.of(
            "HOME",
            home.toString(),
            "AWS_ENDPOINT_URL_SSO",
            "http://127.0.0.1:" + portal.getPort()),
        Map.of());
  }

  private void cacheToken(String key, String token, String expiresAt) throws Exception {
    Path cache = Files.createDirectories(home.resolve(".aws/sso/cache"));
    Files.writeString(
        cache.resolve(SsoCredentials.sha1Hex(key) + ".json"),
        "{\"startUrl\":\"https://x\",\"accessToken\":\""
            + token
            + "\",\"expiresAt\":\""
            + expiresAt
            + "\"}");
  }

  @Test
  void theCacheFileIsNamedBySha1OfTheKey() {
    assertThat(SsoCredentials.sha1Hex("abc")).isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
  }

  @Test
  void theCachedTokenIsTradedForTheRoleCredentials() throws Exception {
    cacheToken("corp", "sso-access-token", "2026-12-01T20:00:00Z");
    portal.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(
                "{\"roleCredentials\":{\"accessKeyId\":\"ASIASSO\","
                    + "\"secretAccessKey\":\"ssecret\",\"sessionToken\":\"stoken\",\"expiration\":1796140800000}}")
            .build());
    SsoCredentials sso =
        SsoCredentials.create(
            environment(),
            ProxyConfiguration.builder().build(),
            clock,
            "corp",
            true,
            "eu-west-1",
            "123456789012",
            "Admin",
            "dev");
    Credentials credentials = sso.resolveCredentials();
    assertThat(credentials)
        .isEqualTo(
            Credentials.of("ASIASSO", "ssecret", "stoken", Instant.ofEpochMilli(1796140800000L)));
    RecordedRequest request = portal.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/federation/credentials");
    assertThat(request.getUrl().queryParameter("account_id")).isEqualTo("123456789012");
    assertThat(request.getUrl().queryParameter("role_name")).isEqualTo("Admin");
    assertThat(request.getHeaders().get("x-amz-sso_bearer_token")).isEqualTo("sso-access-token");
    assertThat(request.getHeaders().get("Authorization")).isNull();
  }

  @Test
  void anExpiredTokenFailsWithTheLoginCommandAndNoRequest() throws Exception {
    cacheToken("legacy-url", "old-token", "2026-12-01T11:59:59Z");
    SsoCredentials sso =
        SsoCredentials.create(
            environment(),
            ProxyConfiguration.builder().build(),
            clock,
            "legacy-url",
            false,
            "eu-west-1",
            "1",
            "Admin",
            "dev");
    assertThatThrownBy(sso::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("expired")
        .hasMessageContaining("aws sso login --profile dev")
        .hasMessageNotContaining("old-token");
    assertThat(portal.getRequestCount()).isZero();
  }

  @Test
  void theLegacyUtcSuffixIsUnderstood() throws Exception {
    cacheToken("https://legacy/start", "legacy-token", "2026-12-01T20:00:00UTC");
    portal.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("{\"roleCredentials\":{\"accessKeyId\":\"A\"," + "\"secretAccessKey\":\"s\"}}")
            .build());
    SsoCredentials.create(
            environment(),
            ProxyConfiguration.builder().build(),
            clock,
            "https://legacy/start",
            false,
            "eu-west-1",
            "1",
            "R",
            "p")
        .resolveCredentials();
    assertThat(portal.takeRequest().getHeaders().get("x-amz-sso_bearer_token"))
        .isEqualTo("legacy-token");
  }

  @Test
  void theOidcRenewalAndThePortalCallGoThroughTheChainsProxy() throws Exception {
    cacheRefreshableToken("2026-12-01T12:03:00Z"); // within the 5-minute window
    // One server plays the proxy for both services, whose hosts are never resolved: a proxied
    // http request names its target in its request line.
    try (MockWebServer proxy = new MockWebServer()) {
      proxy.start();
      proxy.enqueue(
          new MockResponse.Builder()
              .code(200)
              .body(
                  "{\"accessToken\":\"new-access\",\"expiresIn\":3600,"
                      + "\"refreshToken\":\"rtoken-2\",\"tokenType\":\"Bearer\"}")
              .build());
      proxy.enqueue(
          new MockResponse.Builder()
              .code(200)
              .body("{\"roleCredentials\":{\"accessKeyId\":\"A\",\"secretAccessKey\":\"s\"}}")
              .build());
      Environment environment =
          Environment.of(
              Map.of(
                  "HOME", home.toString(),
                  "AWS_ENDPOINT_URL_SSO", "http://portal.sso.example",
                  "AWS_ENDPOINT_URL_SSO_OIDC", "http://oidc.sso.example"),
              Map.of());

      Credentials credentials =
          SsoCredentials.create(
                  environment,
                  ProxyConfiguration.builder()
                      .endpoint(URI.create("http://127.0.0.1:" + proxy.getPort()))
                      .build(),
                  clock,
                  "corp",
                  true,
                  "eu-west-1",
                  "1",
                  "R",
                  "dev")
              .resolveCredentials();

      assertThat(credentials.accessKeyId()).isEqualTo("A");
      assertThat(proxy.takeRequest().getRequestLine())
          .isEqualTo("POST http://oidc.sso.example/token HTTP/1.1");
      RecordedRequest portalCall = proxy.takeRequest();
      assertThat(portalCall.getRequestLine())
          .startsWith("GET http://portal.sso.example/federation/credentials?");
      assertThat(portalCall.getHeaders().get("x-amz-sso_bearer_token")).isEqualTo("new-access");
      assertThat(portal.getRequestCount()).as("nothing sent directly").isZero();
    }
  }

  private void cacheRefreshableToken(String expiresAt) throws Exception {
    Path cache = Files.createDirectories(home.resolve(".aws/sso/cache"));
    Files.writeString(
        cache.resolve(SsoCredentials.sha1Hex("corp") + ".json"),
        "{\"startUrl\":\"https://x\","
            + "\"region\":\"eu-west-1\",\"accessToken\":\"old-access\",\"expiresAt\":\""
            + expiresAt
            + "\","
            + "\"clientId\":\"cid\",\"clientSecret\":\"csecret\",\"refreshToken\":\"rtoken\","
            + "\"registrationExpiresAt\":\"2027-06-01T00:00:00Z\"}");
  }

  @Test
  void aSessionTokenNearExpiryIsRenewedThroughOidcAndWrittenBack() throws Exception {
    try (MockWebServer oidc = new MockWebServer()) {
      oidc.start();
      cacheRefreshableToken("2026-12-01T12:03:00Z"); // within the 5-minute window
      oidc.enqueue(
          new MockResponse.Builder()
              .code(200)
              .body(
                  "{\"accessToken\":\"new-access\",\"expiresIn\":3600,"
                      + "\"refreshToken\":\"rtoken-2\",\"tokenType\":\"Bearer\"}")
              .build());
      portal.enqueue(
          new MockResponse.Builder()
              .code(200)
              .body("{\"roleCredentials\":{\"accessKeyId\":\"A\"," + "\"secretAccessKey\":\"s\"}}")
              .build());
      Environment environment =
          Environment.of(
              Map.of(
                  "HOME",
                  home.toString(),
                  "AWS_ENDPOINT_URL_SSO",
                  "http://127.0.0.1:" + portal.getPort(),
                  "AWS_ENDPOINT_URL_SSO_OIDC",
                  "http://127.0.0.1:" + oidc.getPort()),
              Map.of());
      SsoCredentials.create(
              environment,
              ProxyConfiguration.builder().build(),
              clock,
              "corp",
              true,
              "eu-west-1",
              "1",
              "R",
              "dev")
          .resolveCredentials();
      RecordedRequest refresh = oidc.takeRequest();
      assertThat(refresh.getUrl().encodedPath()).isEqualTo("/token");
      assertThat(refresh.getBody().utf8())
          .isEqualTo(
              "{\"clientId\":\"cid\",\"clientSecret\":\"csecret\","
                  + "\"grantType\":\"refresh_token\",\"refreshToken\":\"rtoken\"}");
      assertThat(refresh.getHeaders().get("Authorization")).isNull();
      assertThat(portal.takeRequest().getHeaders().get("x-amz-sso_bearer_token"))
          .isEqualTo("new-access");
      String cached =
          Files.readString(
              home.resolve(".aws/sso/cache/" + SsoCredentials.sha1Hex("corp") + ".json"));
      assertThat(cached)
          .contains("\"accessToken\":\"new-access\"")
          .contains("\"refreshToken\":\"rtoken-2\"")
          .contains("\"expiresAt\":\"2026-12-01T13:00:00Z\"")
          .contains("\"startUrl\":\"https://x\"");
    }
  }

  @Test
  void aFailedRenewalKeepsUsingATokenThatHasNotExpired() throws Exception {
    try (MockWebServer oidc = new MockWebServer()) {
      oidc.start();
      cacheRefreshableToken("2026-12-01T12:03:00Z");
      oidc.enqueue(
          new MockResponse.Builder().code(400).body("{\"error\":\"invalid_grant\"}").build());
      portal.enqueue(
          new MockResponse.Builder()
              .code(200)
              .body("{\"roleCredentials\":{\"accessKeyId\":\"A\"," + "\"secretAccessKey\":\"s\"}}")
              .build());
      Environment environment =
          Environment.of(
              Map.of(
                  "HOME",
                  home.toString(),
                  "AWS_ENDPOINT_URL_SSO",
                  "http://127.0.0.1:" + portal.getPort(),
                  "AWS_ENDPOINT_URL_SSO_OIDC",
                  "http://127.0.0.1:" + oidc.getPort()),
              Map.of());
      SsoCredentials.create(
              environment,
              ProxyConfiguration.builder().build(),
              clock,
              "corp",
              true,
              "eu-west-1",
              "1",
              "R",
              "dev")
          .resolveCredentials();
      assertThat(portal.takeRequest().getHeaders().get("x-amz-sso_bearer_token"))
          .isEqualTo("old-access");
    }
  }

  @Test
  void aMissingOrBrokenCacheFailsClearly() throws Exception {
    SsoCredentials sso =
        SsoCredentials.create(
            environment(),
            ProxyConfiguration.builder().build(),
            clock,
            "none",
            false,
            "eu-west-1",
            "1",
            "Admin",
            "dev");
    assertThatThrownBy(sso::resolveCredentials)
        .hasMessageContaining("No SSO token is cached in")
        .hasMessageContaining("--profile dev");
    Path cache = Files.createDirectories(home.resolve(".aws/sso/cache"));
    Files.writeString(cache.resolve(SsoCredentials.sha1Hex("broken") + ".json"), "[1,2]");
    SsoCredentials broken =
        SsoCredentials.create(
            environment(),
            ProxyConfiguration.builder().build(),
            clock,
            "broken",
            false,
            "eu-west-1",
            "1",
            "Admin",
            "dev");
    assertThatThrownBy(broken::resolveCredentials).hasMessageContaining("is not a JSON object");
  }
}
