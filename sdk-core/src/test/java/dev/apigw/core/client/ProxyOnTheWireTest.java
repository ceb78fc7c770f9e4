package dev.apigw.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.http.HttpRequestSpec;
import dev.apigw.core.http.ProxyConfiguration;
import dev.apigw.core.internal.Environment;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Dns;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests on the wire through a MockWebServer acting as a plain-HTTP proxy, which sees the
 * absolute-form request line ({@code GET http://api.example.test/things HTTP/1.1}): which source
 * names the proxy and which wins, the hosts that skip it, an OkHttp client handed in, both call
 * styles. The API's host is never resolved when the request goes through the proxy.
 */
class ProxyOnTheWireTest {
  private static final String API = "http://api.example.test";

  /** The proxy the winning source names. */
  private final MockWebServer proxy = new MockWebServer();

  /** The proxy every losing source names. */
  private final MockWebServer loser = new MockWebServer();

  /** The API itself, for the requests that skip the proxy. */
  private final MockWebServer api = new MockWebServer();

  private final Map<String, String> variables = new HashMap<>();
  private final Map<String, String> properties = new HashMap<>();
  @TempDir Path home;

  @BeforeEach
  void start() throws Exception {
    for (MockWebServer server : List.of(proxy, loser, api)) {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    }
    variables.put("HOME", home.toString());
    variables.put("AWS_EC2_METADATA_DISABLED", "true");
    variables.put("AWS_ACCESS_KEY_ID", "AKIDPROXYTEST");
    variables.put("AWS_SECRET_ACCESS_KEY", "secret");
    variables.put("AWS_REGION", "eu-west-1");
  }

  @AfterEach
  void stop() throws Exception {
    for (MockWebServer server : List.of(proxy, loser, api)) {
      server.close();
    }
  }

  private static MockResponse ok() {
    return new MockResponse.Builder().code(200).body("{}").build();
  }

  private static String url(MockWebServer server) {
    return "http://127.0.0.1:" + server.getPort();
  }

  private static ProxyConfiguration through(MockWebServer server) {
    return ProxyConfiguration.builder().endpoint(URI.create(url(server))).build();
  }

  private TestClient.Builder builder(String endpoint) {
    return TestClient.builder((details, fields) -> new ServiceException(details))
        .endpoint(URI.create(endpoint));
  }

  private TestClient build(TestClient.Builder builder) {
    return builder.buildWith(Environment.of(variables, properties));
  }

  private static String get(TestClient client) {
    return client
        .runtime()
        .invoke("GetThings", HttpRequestSpec.builder("GET", "/things").build(), response -> "ok");
  }

  private static String getAsync(TestClient client) {
    return client
        .runtime()
        .invokeAsync(
            "GetThings",
            "request",
            request -> HttpRequestSpec.builder("GET", "/things").build(),
            response -> "ok")
        .join();
  }

  /** One way of naming proxies: the winner given, the loser for every source that must lose. */
  interface Setup {
    void apply(
        String winner,
        String loser,
        Map<String, String> variables,
        Map<String, String> properties,
        TestClient.Builder builder);
  }

  private static Arguments setup(String name, Setup setup) {
    return Arguments.of(name, setup);
  }

  static Stream<Arguments> sources() {
    return Stream.of(
        setup(
            "http.proxyHost and http.proxyPort",
            (winner, loser, vars, props, builder) -> {
              URI uri = URI.create(winner);
              props.put("http.proxyHost", uri.getHost());
              props.put("http.proxyPort", Integer.toString(uri.getPort()));
            }),
        setup(
            "HTTP_PROXY", (winner, loser, vars, props, builder) -> vars.put("HTTP_PROXY", winner)),
        setup(
            "http_proxy, which wins over HTTP_PROXY",
            (winner, loser, vars, props, builder) -> {
              vars.put("http_proxy", winner);
              vars.put("HTTP_PROXY", loser);
            }),
        setup(
            "HTTP_PROXY without a scheme",
            (winner, loser, vars, props, builder) ->
                vars.put("HTTP_PROXY", winner.substring("http://".length()))),
        setup(
            "the system properties, which win over HTTP_PROXY",
            (winner, loser, vars, props, builder) -> {
              URI uri = URI.create(winner);
              props.put("http.proxyHost", uri.getHost());
              props.put("http.proxyPort", Integer.toString(uri.getPort()));
              vars.put("HTTP_PROXY", loser);
            }),
        setup(
            "proxyConfiguration(...), which wins over both",
            (winner, loser, vars, props, builder) -> {
              URI uri = URI.create(loser);
              props.put("http.proxyHost", uri.getHost());
              props.put("http.proxyPort", Integer.toString(uri.getPort()));
              vars.put("HTTP_PROXY", loser);
              builder.proxyConfiguration(
                  ProxyConfiguration.builder().endpoint(URI.create(winner)).build());
            }),
        setup(
            "HTTP_PROXY when the system properties are not to be used",
            (winner, loser, vars, props, builder) -> {
              URI uri = URI.create(loser);
              props.put("http.proxyHost", uri.getHost());
              props.put("http.proxyPort", Integer.toString(uri.getPort()));
              vars.put("HTTP_PROXY", winner);
              builder.proxyConfiguration(
                  ProxyConfiguration.builder().useSystemPropertyValues(false).build());
            }),
        setup(
            "HTTPS_PROXY and https.proxyHost are for https endpoints only",
            (winner, loser, vars, props, builder) -> {
              vars.put("HTTP_PROXY", winner);
              vars.put("HTTPS_PROXY", loser);
              props.put("https.proxyHost", "127.0.0.1");
              props.put("https.proxyPort", Integer.toString(URI.create(loser).getPort()));
            }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sources")
  void bothCallStylesGoThroughTheProxyThatWins(String name, Setup setup) throws Exception {
    TestClient.Builder builder = builder(API);
    setup.apply(url(proxy), url(loser), variables, properties, builder);
    proxy.enqueue(ok());
    proxy.enqueue(ok());

    try (TestClient client = build(builder)) {
      assertThat(get(client)).isEqualTo("ok");
      assertThat(getAsync(client)).isEqualTo("ok");
      assertThat(client.runtime().toString())
          .contains("proxy=http://127.0.0.1:" + proxy.getPort() + " (from ");
    }
    for (int call = 0; call < 2; call++) {
      RecordedRequest request = proxy.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request.getRequestLine()).isEqualTo("GET " + API + "/things HTTP/1.1");
      assertThat(request.getHeaders().get("Host")).isEqualTo("api.example.test");
      assertThat(request.getHeaders().get("Authorization")).startsWith("AWS4-HMAC-SHA256 ");
    }
    assertThat(loser.getRequestCount()).isZero();
  }

  /** Resolves the made-up API hosts to the loopback API server, so that they can be reached. */
  private OkHttpClient resolvingApiHosts() {
    return new OkHttpClient.Builder()
        .dns(
            host ->
                host.endsWith(".test")
                    ? List.of(InetAddress.getByName("127.0.0.1"))
                    : Dns.SYSTEM.lookup(host))
        .build();
  }

  static Stream<Arguments> nonProxyHosts() {
    return Stream.of(
        Arguments.of("NO_PROXY", "api.example.test", "api.example.test", true),
        Arguments.of("NO_PROXY", "API.Example.TEST", "api.example.test", true),
        Arguments.of("NO_PROXY", ".example.test", "api.example.test", true),
        Arguments.of("NO_PROXY", ".example.test", "example.test", true),
        Arguments.of("NO_PROXY", "*.example.test", "api.example.test", true),
        Arguments.of("NO_PROXY", "*", "api.example.test", true),
        Arguments.of("NO_PROXY", "other.test, api.example.test", "api.example.test", true),
        Arguments.of("no_proxy", "api.example.test", "api.example.test", true),
        Arguments.of("NO_PROXY", "example.test", "api.example.test", false),
        Arguments.of("NO_PROXY", "xapi.example.test", "api.example.test", false),
        Arguments.of("NO_PROXY", ".other.test", "api.example.test", false),
        Arguments.of("NO_PROXY", "*.example.test", "example.test", false),
        Arguments.of("http.nonProxyHosts", "other.test|*.example.test", "api.example.test", true),
        Arguments.of("http.nonProxyHosts", "other.test|example.*", "api.example.test", false),
        Arguments.of("nonProxyHosts(...)", ".example.test", "api.example.test", true),
        Arguments.of("nonProxyHosts(...)", "other.test", "api.example.test", false));
  }

  @ParameterizedTest(name = "{0}={1}, {2}: direct {3}")
  @MethodSource("nonProxyHosts")
  void theHostsToReachDirectlySkipTheProxy(
      String where, String hosts, String apiHost, boolean direct) throws Exception {
    TestClient.Builder builder =
        builder("http://" + apiHost + ":" + api.getPort()).httpClient(resolvingApiHosts());
    ProxyConfiguration.Builder configuration = ProxyConfiguration.builder();
    if (where.startsWith("http.")) {
      properties.put("http.proxyHost", "127.0.0.1");
      properties.put("http.proxyPort", Integer.toString(proxy.getPort()));
      properties.put(where, hosts);
    } else if (where.equals("nonProxyHosts(...)")) {
      variables.put("HTTP_PROXY", url(proxy));
      variables.put("NO_PROXY", "*");
      configuration.nonProxyHosts(Set.of(hosts));
    } else {
      variables.put("HTTP_PROXY", url(proxy));
      variables.put(where, hosts);
    }
    // With a client handed in, only a proxy configuration set on the builder applies.
    builder.proxyConfiguration(configuration.build());
    (direct ? api : proxy).enqueue(ok());

    try (TestClient client = build(builder)) {
      assertThat(get(client)).isEqualTo("ok");
    }

    RecordedRequest request = (direct ? api : proxy).takeRequest(5, TimeUnit.SECONDS);
    String path = "/things";
    assertThat(request.getTarget())
        .isEqualTo(direct ? path : "http://" + apiHost + ":" + api.getPort() + path);
    assertThat((direct ? proxy : api).getRequestCount()).isZero();
  }

  @Test
  void anOkHttpClientHandedInKeepsItsOwnProxyUnlessAConfigurationIsSet() throws Exception {
    variables.put("HTTP_PROXY", url(loser));
    OkHttpClient own =
        new OkHttpClient.Builder()
            .proxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", proxy.getPort())))
            .build();
    proxy.enqueue(ok());
    try (TestClient client = build(builder(API).httpClient(own))) {
      get(client);
      assertThat(client.runtime().toString()).doesNotContain("proxy=");
    }
    assertThat(proxy.takeRequest().getTarget()).isEqualTo(API + "/things");
    assertThat(loser.getRequestCount()).isZero();

    // A configuration set on the builder applies to it, on a copy: the client itself is unchanged.
    OkHttpClient direct = resolvingApiHosts().newBuilder().proxy(own.proxy()).build();
    api.enqueue(ok());
    try (TestClient client =
        build(
            builder("http://api.example.test:" + api.getPort())
                .httpClient(direct)
                .proxyConfiguration(ProxyConfiguration.none()))) {
      get(client);
    }
    assertThat(api.takeRequest().getTarget()).isEqualTo("/things");
    assertThat(direct.proxy()).isEqualTo(own.proxy());

    loser.enqueue(ok());
    try (TestClient client =
        build(
            builder(API)
                .httpClient(own)
                .proxyConfiguration(ProxyConfiguration.builder().build()))) {
      get(client);
    }
    assertThat(loser.takeRequest().getTarget()).isEqualTo(API + "/things");
    assertThat(proxy.getRequestCount()).isEqualTo(1);
  }

  @Test
  void noneSendsDirectlyWhateverTheEnvironmentSays() throws Exception {
    variables.put("HTTP_PROXY", url(proxy));
    properties.put("http.proxyHost", "127.0.0.1");
    properties.put("http.proxyPort", Integer.toString(proxy.getPort()));
    api.enqueue(ok());

    try (TestClient client =
        build(builder(url(api)).proxyConfiguration(ProxyConfiguration.none()))) {
      assertThat(get(client)).isEqualTo("ok");
    }

    assertThat(api.takeRequest().getTarget()).isEqualTo("/things");
    assertThat(proxy.getRequestCount()).isZero();
  }

  @Test
  void aLoopbackEndpointGoesThroughTheProxyUnlessListedAsTheAwsSdkDoes() throws Exception {
    variables.put("HTTP_PROXY", url(proxy));
    proxy.enqueue(ok());
    try (TestClient client = build(builder(url(api)))) {
      get(client);
    }
    assertThat(proxy.takeRequest().getTarget()).isEqualTo(url(api) + "/things");

    variables.put("NO_PROXY", "localhost,127.0.0.1");
    api.enqueue(ok());
    try (TestClient client = build(builder(url(api)))) {
      get(client);
    }
    assertThat(api.takeRequest().getTarget()).isEqualTo("/things");
    assertThat(proxy.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aMalformedVariableFailsAtBuildNamingItOnlyWhenItIsRead() {
    variables.put("HTTPS_PROXY", "http://alice:s3cret@proxy.example.com:port");
    Function<String, TestClient.Builder> builder = this::builder;

    assertThatThrownBy(() -> build(builder.apply("https://api.example.test")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "TestClient builder: the environment variable HTTPS_PROXY must be a proxy URL")
        .hasMessageNotContaining("s3cret");
    assertThatThrownBy(() -> build(TestClient.builder((d, f) -> new ServiceException(d))))
        .hasMessageContaining("HTTPS_PROXY");
    try (TestClient client = build(builder.apply(API))) {
      assertThat(client.runtime().toString()).doesNotContain("proxy=");
    }
  }

  @Test
  void theClientsDescriptionNamesTheProxyButNoCredentials() {
    variables.put("HTTP_PROXY", "http://alice:s3cret@127.0.0.1:" + proxy.getPort());
    try (TestClient client = build(builder(API))) {
      assertThat(client.runtime().toString())
          .endsWith(
              ", proxy=http://127.0.0.1:"
                  + proxy.getPort()
                  + " (from the environment variable HTTP_PROXY)}")
          .doesNotContain("s3cret")
          .doesNotContain("alice");
    }
  }
}
