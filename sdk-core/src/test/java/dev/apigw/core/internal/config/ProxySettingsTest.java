package dev.apigw.core.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.http.ProxyConfiguration;
import dev.apigw.core.internal.Environment;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The proxy resolved from a made-up environment: each source, their precedence (the configuration,
 * then the system properties as a whole, then the variables), the defaults, and the values that
 * cannot be read, which fail naming where they were set and never show a password.
 */
class ProxySettingsTest {
  private static final ProxyConfiguration DEFAULTS = ProxyConfiguration.builder().build();

  /** An environment of {@code V:name=value} variables and {@code P:name=value} properties. */
  private static Environment environment(String... settings) {
    Map<String, String> variables = new HashMap<>();
    Map<String, String> properties = new HashMap<>();
    for (String setting : settings) {
      String[] nameValue = setting.substring(2).split("=", 2);
      (setting.startsWith("V:") ? variables : properties).put(nameValue[0], nameValue[1]);
    }
    return Environment.of(variables, properties);
  }

  private static Arguments resolves(
      String why, ProxyConfiguration configuration, String scheme, String expected, String... env) {
    return Arguments.of(why, configuration, scheme, env, expected);
  }

  static Stream<Arguments> cases() {
    ProxyConfiguration explicit =
        ProxyConfiguration.builder().endpoint(URI.create("http://explicit.example:9000")).build();
    return Stream.of(
        resolves("nothing set: direct", DEFAULTS, "https", "ProxySettings{direct}"),
        resolves(
            "https.proxyHost and https.proxyPort for https",
            DEFAULTS,
            "https",
            "ProxySettings{http://sys.example:8443 (from the system property https.proxyHost)}",
            "P:https.proxyHost=sys.example",
            "P:https.proxyPort=8443",
            "P:http.proxyHost=other.example"),
        resolves(
            "https.proxyHost without a port: 443, as the JDK",
            DEFAULTS,
            "https",
            "ProxySettings{http://sys.example:443 (from the system property https.proxyHost)}",
            "P:https.proxyHost=sys.example"),
        resolves(
            "http.proxyHost and http.proxyPort for http",
            DEFAULTS,
            "http",
            "ProxySettings{http://plain.example:3128 (from the system property http.proxyHost)}",
            "P:http.proxyHost=plain.example",
            "P:http.proxyPort=3128",
            "P:https.proxyHost=other.example"),
        resolves(
            "http.proxyHost without a port: 80",
            DEFAULTS,
            "http",
            "ProxySettings{http://plain.example:80 (from the system property http.proxyHost)}",
            "P:http.proxyHost=plain.example"),
        resolves(
            "http.* do not apply to https",
            DEFAULTS,
            "https",
            "ProxySettings{direct}",
            "P:http.proxyHost=plain.example",
            "P:http.proxyPort=3128"),
        resolves(
            "the system properties' credentials and non-proxy hosts",
            DEFAULTS,
            "https",
            "ProxySettings{http://sys.example:8443 (from the system property https.proxyHost),"
                + " username=bob, password=***, nonProxyHosts=localhost|*.internal}",
            "P:https.proxyHost=sys.example",
            "P:https.proxyPort=8443",
            "P:https.proxyUser=bob",
            "P:https.proxyPassword=pr0xy-s3cret",
            "P:http.nonProxyHosts=localhost|*.internal"),
        resolves(
            "HTTPS_PROXY for https",
            DEFAULTS,
            "https",
            "ProxySettings{http://env.example:3128 (from the environment variable HTTPS_PROXY)}",
            "V:HTTPS_PROXY=http://env.example:3128",
            "V:HTTP_PROXY=http://other.example:3128"),
        resolves(
            "https_proxy before HTTPS_PROXY",
            DEFAULTS,
            "https",
            "ProxySettings{http://lower.example:3128 (from the environment variable https_proxy)}",
            "V:HTTPS_PROXY=http://upper.example:3128",
            "V:https_proxy=http://lower.example:3128"),
        resolves(
            "HTTP_PROXY for http",
            DEFAULTS,
            "http",
            "ProxySettings{http://plain.example:3128 (from the environment variable HTTP_PROXY)}",
            "V:HTTPS_PROXY=http://other.example:3128",
            "V:HTTP_PROXY=http://plain.example:3128"),
        resolves(
            "HTTP_PROXY does not apply to https",
            DEFAULTS,
            "https",
            "ProxySettings{direct}",
            "V:HTTP_PROXY=http://plain.example:3128"),
        resolves(
            "credentials from the URL's user info, percent-decoded, and NO_PROXY",
            DEFAULTS,
            "https",
            "ProxySettings{http://env.example:3128 (from the environment variable HTTPS_PROXY),"
                + " username=alice, password=***, nonProxyHosts=a.example|.b.example}",
            "V:HTTPS_PROXY=http://alice:s%40cret@env.example:3128",
            "V:NO_PROXY=a.example, .b.example"),
        resolves(
            "no_proxy before NO_PROXY",
            DEFAULTS,
            "https",
            "ProxySettings{http://env.example:3128 (from the environment variable HTTPS_PROXY),"
                + " nonProxyHosts=lower.example}",
            "V:HTTPS_PROXY=http://env.example:3128",
            "V:NO_PROXY=upper.example",
            "V:no_proxy=lower.example"),
        resolves(
            "a URL without scheme or port: http and 80",
            DEFAULTS,
            "https",
            "ProxySettings{http://env.example:80 (from the environment variable HTTPS_PROXY)}",
            "V:HTTPS_PROXY=env.example"),
        resolves(
            "an IPv6 proxy",
            DEFAULTS,
            "https",
            "ProxySettings{http://[::1]:3128 (from the environment variable HTTPS_PROXY)}",
            "V:HTTPS_PROXY=http://[::1]:3128/"),
        resolves(
            "the system properties win over the variables",
            DEFAULTS,
            "https",
            "ProxySettings{http://sys.example:8443 (from the system property https.proxyHost)}",
            "P:https.proxyHost=sys.example",
            "P:https.proxyPort=8443",
            "V:HTTPS_PROXY=http://alice:pw@env.example:3128",
            "V:NO_PROXY=*"),
        resolves(
            "any one system property of the scheme shuts the variables out, as in the AWS SDK",
            DEFAULTS,
            "https",
            "ProxySettings{direct}",
            "P:https.proxyUser=bob",
            "V:HTTPS_PROXY=http://env.example:3128"),
        resolves(
            "so does http.nonProxyHosts alone",
            DEFAULTS,
            "https",
            "ProxySettings{direct}",
            "P:http.nonProxyHosts=localhost",
            "V:HTTPS_PROXY=http://env.example:3128"),
        resolves(
            "the configured endpoint wins; credentials and non-proxy hosts still come from outside",
            explicit,
            "https",
            "ProxySettings{http://explicit.example:9000 (from proxyConfiguration), username=bob,"
                + " password=***, nonProxyHosts=*.internal}",
            "P:https.proxyHost=sys.example",
            "P:https.proxyUser=bob",
            "P:https.proxyPassword=pw",
            "P:http.nonProxyHosts=*.internal",
            "V:HTTPS_PROXY=http://env.example:3128"),
        resolves(
            "the configured endpoint without a port: 80",
            ProxyConfiguration.builder().endpoint(URI.create("http://explicit.example")).build(),
            "https",
            "ProxySettings{http://explicit.example:80 (from proxyConfiguration)}"),
        resolves(
            "a configured username, password and non-proxy hosts win over the URL's",
            ProxyConfiguration.builder()
                .username("carol")
                .password("hers")
                .nonProxyHosts(Set.of(".corp.example"))
                .build(),
            "https",
            "ProxySettings{http://env.example:3128 (from the environment variable HTTPS_PROXY),"
                + " username=carol, password=***, nonProxyHosts=.corp.example}",
            "V:HTTPS_PROXY=http://alice:pw@env.example:3128",
            "V:NO_PROXY=a.example"),
        resolves(
            "without the system properties, the variables",
            ProxyConfiguration.builder().useSystemPropertyValues(false).build(),
            "https",
            "ProxySettings{http://env.example:3128 (from the environment variable HTTPS_PROXY)}",
            "P:https.proxyHost=sys.example",
            "V:HTTPS_PROXY=http://env.example:3128"),
        resolves(
            "without the variables, nothing when no system property is set",
            ProxyConfiguration.builder().useEnvironmentVariableValues(false).build(),
            "https",
            "ProxySettings{direct}",
            "V:HTTPS_PROXY=http://env.example:3128"),
        resolves(
            "none(): direct whatever is set",
            ProxyConfiguration.none(),
            "https",
            "ProxySettings{direct}",
            "P:https.proxyHost=sys.example",
            "V:HTTPS_PROXY=http://env.example:3128"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void resolves(
      String why, ProxyConfiguration configuration, String scheme, String[] env, String expected) {
    ProxySettings settings = ProxySettings.resolve(configuration, environment(env), scheme);

    assertThat(settings).hasToString(expected);
    assertThat(settings.toString()).doesNotContain("s3cret", "pr0xy", "%40", "hers");
  }

  @Test
  void theUrlsCredentialsArePercentDecoded() {
    ProxySettings settings =
        ProxySettings.resolve(
            DEFAULTS,
            environment("V:HTTPS_PROXY=http://us%65r:p%40ss:word@env.example:3128"),
            "https");

    assertThat(settings.username()).contains("user");
    assertThat(settings.password()).contains("p@ss:word");
    assertThat(settings.describe())
        .isEqualTo("http://env.example:3128 (from the environment variable HTTPS_PROXY)");
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of(
            "V:HTTPS_PROXY=http://alice:s3cret@env.example:99999",
            "the environment variable HTTPS_PROXY must be a proxy URL such as"
                + " http://proxy.example.com:3128: its port must be from 1 to 65535"),
        Arguments.of(
            "V:https_proxy=http://alice:s3cret@env.example:port",
            "the environment variable https_proxy must be a proxy URL such as"
                + " http://proxy.example.com:3128: it has no host, or a port that is not a number"),
        Arguments.of(
            "V:HTTPS_PROXY=http://alice:s3cret@",
            "the environment variable HTTPS_PROXY must be a proxy URL"),
        Arguments.of(
            "V:HTTPS_PROXY=https://alice:s3cret@env.example:3128",
            "the environment variable HTTPS_PROXY must be a proxy URL such as"
                + " http://proxy.example.com:3128; https:// (TLS to the proxy) is not supported"),
        Arguments.of(
            "V:HTTPS_PROXY=socks5://alice:s3cret@env.example:1080",
            "the environment variable HTTPS_PROXY must be a proxy URL such as"
                + " http://proxy.example.com:3128, not a socks5:// one"),
        Arguments.of(
            "V:HTTPS_PROXY=http://alice:s3cret@env.example:3128/path?q",
            "the environment variable HTTPS_PROXY must be a proxy URL such as"
                + " http://proxy.example.com:3128: it must not have a path, query or fragment"),
        Arguments.of(
            "V:HTTPS_PROXY=http://alice:s3cret@env example:3128",
            "the environment variable HTTPS_PROXY must be a proxy URL such as"
                + " http://proxy.example.com:3128: Illegal character in authority"),
        Arguments.of(
            "P:https.proxyPort=eighty",
            "the system property https.proxyPort must be a port from 1 to 65535, not 'eighty'"),
        Arguments.of(
            "P:https.proxyHost=http://alice:s3cret@sys.example",
            "the system property https.proxyHost must be a host name or address such as"
                + " proxy.example.com, not a URL"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void whatCannotBeReadFailsNamingWhereItWasSetAndNeverShowsIt(String setting, String message) {
    assertThatThrownBy(() -> ProxySettings.resolve(DEFAULTS, environment(setting), "https"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(message)
        .hasMessageNotContaining("s3cret")
        .hasMessageNotContaining("alice");
  }

  @Test
  void aMalformedVariableThatIsNotReadFailsNothing() {
    Environment environment = environment("V:HTTPS_PROXY=socks5://env.example:1080");
    assertThat(ProxySettings.resolve(DEFAULTS, environment, "http").isDirect()).isTrue();
    assertThat(ProxySettings.resolve(ProxyConfiguration.none(), environment, "https").isDirect())
        .isTrue();
  }

  @Test
  void bypassesWhatItsNonProxyHostsMatch() {
    ProxySettings settings =
        ProxySettings.resolve(
            DEFAULTS,
            environment("V:HTTPS_PROXY=http://env.example:3128", "V:NO_PROXY=.internal.example"),
            "https");

    assertThat(settings.bypasses("api.internal.example")).isTrue();
    assertThat(settings.bypasses("apigateway.us-east-1.amazonaws.com")).isFalse();
    assertThat(settings.host()).isEqualTo("env.example");
    assertThat(settings.port()).isEqualTo(3128);
    assertThatThrownBy(() -> ProxySettings.direct().host()).hasMessage("no proxy");
  }
}
