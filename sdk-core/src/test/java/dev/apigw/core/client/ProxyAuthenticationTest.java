package dev.apigw.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.http.HttpRequestSpec;
import dev.apigw.core.http.ProxyConfiguration;
import dev.apigw.core.internal.Environment;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Credentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A proxy that answers 407: the credentials go once, with Basic authentication, and only when it
 * asks; a second 407, or a 407 with no credentials to give, is an {@link SdkClientException} naming
 * the proxy, never the password, and is not retried. For http endpoints (the request itself is
 * answered 407) and https ones (the {@code CONNECT} is).
 */
class ProxyAuthenticationTest {
  private static final String PASSWORD = "s3cret:p@ss";
  private static final String BASIC = Credentials.basic("alice", PASSWORD, StandardCharsets.UTF_8);
  private static final String HEADER = "Proxy-Authorization";

  private final MockWebServer proxy = new MockWebServer();
  private final Map<String, String> variables = new HashMap<>();
  private final Map<String, String> properties = new HashMap<>();
  @TempDir Path home;

  @BeforeEach
  void start() throws Exception {
    proxy.start(InetAddress.getByName("127.0.0.1"), 0);
    variables.put("HOME", home.toString());
    variables.put("AWS_EC2_METADATA_DISABLED", "true");
    variables.put("AWS_ACCESS_KEY_ID", "AKIDPROXYTEST");
    variables.put("AWS_SECRET_ACCESS_KEY", "secret");
    variables.put("AWS_REGION", "eu-west-1");
  }

  @AfterEach
  void stop() throws Exception {
    proxy.close();
  }

  private static MockResponse challenge() {
    return new MockResponse.Builder()
        .code(407)
        .addHeader("Proxy-Authenticate", "Basic realm=\"corp\"")
        .body("<html>Proxy Authentication Required</html>")
        .build();
  }

  private String proxyUrl() {
    return "http://127.0.0.1:" + proxy.getPort();
  }

  private TestClient client(String endpoint, ProxyConfiguration.Builder configuration) {
    return TestClient.builder((details, fields) -> new ServiceException(details))
        .endpoint(URI.create(endpoint))
        .proxyConfiguration(configuration.build())
        .buildWith(Environment.of(variables, properties));
  }

  private static String get(TestClient client) {
    return client
        .runtime()
        .invoke("GetThings", HttpRequestSpec.builder("GET", "/things").build(), response -> "ok");
  }

  /** Where the credentials come from: the configuration, the system properties, the URL. */
  interface Credentialed {
    ProxyConfiguration.Builder apply(
        String proxyUrl, Map<String, String> variables, Map<String, String> properties);
  }

  static Stream<Arguments> credentialSources() {
    return Stream.of(
        Arguments.of(
            "proxyConfiguration(...)",
            (Credentialed)
                (url, vars, props) ->
                    ProxyConfiguration.builder()
                        .endpoint(URI.create(url))
                        .username("alice")
                        .password(PASSWORD)),
        Arguments.of(
            "http.proxyUser and http.proxyPassword",
            (Credentialed)
                (url, vars, props) -> {
                  props.put("http.proxyHost", "127.0.0.1");
                  props.put("http.proxyPort", Integer.toString(URI.create(url).getPort()));
                  props.put("http.proxyUser", "alice");
                  props.put("http.proxyPassword", PASSWORD);
                  return ProxyConfiguration.builder();
                }),
        Arguments.of(
            "HTTP_PROXY's user info, percent-encoded",
            (Credentialed)
                (url, vars, props) -> {
                  vars.put("HTTP_PROXY", url.replace("//", "//alice:s3cret%3Ap%40ss@"));
                  return ProxyConfiguration.builder();
                }),
        Arguments.of(
            "the configured endpoint with HTTP_PROXY's credentials",
            (Credentialed)
                (url, vars, props) -> {
                  vars.put("HTTP_PROXY", "http://alice:s3cret%3Ap%40ss@elsewhere.example.test:1");
                  return ProxyConfiguration.builder().endpoint(URI.create(url));
                }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("credentialSources")
  void a407IsAnsweredOnceWithBasicCredentials(String source, Credentialed setup) throws Exception {
    ProxyConfiguration.Builder configuration = setup.apply(proxyUrl(), variables, properties);
    proxy.enqueue(challenge());
    proxy.enqueue(new MockResponse.Builder().code(200).body("{}").build());

    try (TestClient client = client("http://api.example.test", configuration)) {
      assertThat(get(client)).isEqualTo("ok");
    }

    RecordedRequest asked = proxy.takeRequest(5, TimeUnit.SECONDS);
    RecordedRequest answered = proxy.takeRequest(5, TimeUnit.SECONDS);
    assertThat(asked.getTarget()).isEqualTo("http://api.example.test/things");
    assertThat(asked.getHeaders().get(HEADER)).as("nothing before the proxy asks").isNull();
    assertThat(answered.getTarget()).isEqualTo("http://api.example.test/things");
    assertThat(answered.getHeaders().get(HEADER)).isEqualTo(BASIC);
    assertThat(answered.getHeaders().get("Authorization")).startsWith("AWS4-HMAC-SHA256 ");
  }

  @Test
  void aSecond407FailsNamingTheProxyAndIsNotRetried() throws Exception {
    variables.put("HTTP_PROXY", proxyUrl().replace("//", "//alice:s3cret%3Ap%40ss@"));
    proxy.enqueue(challenge());
    proxy.enqueue(challenge());
    proxy.enqueue(challenge());
    proxy.enqueue(challenge());

    try (TestClient client = client("http://api.example.test", ProxyConfiguration.builder())) {
      SdkClientException blocking =
          catchThrowableOfType(SdkClientException.class, () -> get(client));
      assertRefused(blocking);
      assertThat(proxy.getRequestCount()).as("one attempt: asked, answered, refused").isEqualTo(2);

      CompletionException async =
          catchThrowableOfType(
              CompletionException.class,
              () ->
                  client
                      .runtime()
                      .invokeAsync(
                          "GetThings",
                          "request",
                          request -> HttpRequestSpec.builder("GET", "/things").build(),
                          response -> "ok")
                      .join());
      assertThat(async).hasCauseInstanceOf(SdkClientException.class);
      assertRefused((SdkClientException) async.getCause());
      assertThat(proxy.getRequestCount()).isEqualTo(4);
    }
    assertThat(proxy.takeRequest().getHeaders().get(HEADER)).isNull();
    assertThat(proxy.takeRequest().getHeaders().get(HEADER)).isEqualTo(BASIC);
  }

  private void assertRefused(SdkClientException failure) {
    assertThat(failure)
        .hasMessage(
            "GetThings: the proxy http://127.0.0.1:"
                + proxy.getPort()
                + " (from the environment variable HTTP_PROXY) refused the credentials of user"
                + " 'alice' (407 Proxy Authentication Required again after Basic authentication)")
        .hasMessageNotContaining("s3cret");
    assertThat(failure.retryable()).isFalse();
    assertThat(failure.attempts()).isEqualTo(1);
  }

  @Test
  void a407WithoutCredentialsFailsSayingWhereToSetThem() {
    variables.put("HTTP_PROXY", proxyUrl());
    proxy.enqueue(challenge());

    try (TestClient client = client("http://api.example.test", ProxyConfiguration.builder())) {
      assertThat(catchThrowableOfType(SdkClientException.class, () -> get(client)))
          .hasMessageStartingWith(
              "GetThings: the proxy http://127.0.0.1:"
                  + proxy.getPort()
                  + " (from the environment variable HTTP_PROXY) asks for credentials (407 Proxy"
                  + " Authentication Required) and none are set");
    }
    assertThat(proxy.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anHttpsEndpointsConnectIsAuthenticatedTheSameWay() throws Exception {
    variables.put("HTTPS_PROXY", proxyUrl());
    proxy.enqueue(challenge());
    proxy.enqueue(challenge());

    try (TestClient client =
        client(
            "https://api.example.test",
            ProxyConfiguration.builder().username("alice").password(PASSWORD))) {
      assertThat(catchThrowableOfType(SdkClientException.class, () -> get(client)))
          .hasMessageContaining(
              "the proxy http://127.0.0.1:"
                  + proxy.getPort()
                  + " (from the environment variable HTTPS_PROXY) refused the credentials of"
                  + " user 'alice'")
          .hasMessageNotContaining("s3cret");
    }

    RecordedRequest first = proxy.takeRequest(5, TimeUnit.SECONDS);
    RecordedRequest second = proxy.takeRequest(5, TimeUnit.SECONDS);
    assertThat(first.getRequestLine()).isEqualTo("CONNECT api.example.test:443 HTTP/1.1");
    assertThat(first.getHeaders().get(HEADER)).isNull();
    assertThat(second.getRequestLine()).isEqualTo("CONNECT api.example.test:443 HTTP/1.1");
    assertThat(second.getHeaders().get(HEADER)).isEqualTo(BASIC);
    assertThat(proxy.getRequestCount()).isEqualTo(2);
  }
}
