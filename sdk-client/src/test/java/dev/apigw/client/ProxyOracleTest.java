package dev.apigw.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.apigw.core.http.ProxyConfiguration;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.config.ProxySettings;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The proxy this SDK resolves from the system properties and a configuration, against the AWS SDK
 * for Java v2's {@code ProxyConfiguration} of its Apache client, given the same: the same proxy,
 * credentials and non-proxy hosts, but for the differences the README lists, each pinned here. The
 * AWS SDK reads the process's own properties, so each case sets them for its duration; the
 * environment variables are left out on both sides, since the AWS SDK would read the process's.
 */
class ProxyOracleTest {
  private static final List<String> PROPERTIES =
      List.of(
          "http.proxyHost",
          "http.proxyPort",
          "http.proxyUser",
          "http.proxyPassword",
          "http.nonProxyHosts",
          "https.proxyHost",
          "https.proxyPort",
          "https.proxyUser",
          "https.proxyPassword");
  private final Map<String, String> saved = new HashMap<>();

  @BeforeEach
  void clearTheProxyProperties() {
    for (String name : PROPERTIES) {
      String value = System.getProperty(name);
      if (value != null) {
        saved.put(name, value);
        System.clearProperty(name);
      }
    }
  }

  @AfterEach
  void restoreThem() {
    PROPERTIES.forEach(System::clearProperty);
    saved.forEach(System::setProperty);
  }

  /** The same settings for both SDKs. */
  private static final class Given {
    URI endpoint;
    String username;
    String password;
    Set<String> nonProxyHosts;
    boolean useSystemPropertyValues = true;

    /** Whether the AWS SDK's builder keeps its default proxy scheme (http) instead of ours. */
    boolean awsDefaultScheme;
  }

  private static Arguments same(
      String name, String scheme, String expected, UnaryOperator<Given> given, String... props) {
    return Arguments.of(name, scheme, given, props, expected, expected);
  }

  private static Arguments differs(
      String name,
      String scheme,
      String ours,
      String aws,
      UnaryOperator<Given> given,
      String... props) {
    return Arguments.of(name, scheme, given, props, ours, aws);
  }

  static Stream<Arguments> cases() {
    UnaryOperator<Given> nothing = given -> given;
    return Stream.of(
        same("nothing set", "http", "direct", nothing),
        same(
            "http.proxyHost and http.proxyPort for http",
            "http",
            "proxy.example:3128 user=- password=- nonProxyHosts=[]",
            nothing,
            "http.proxyHost=proxy.example",
            "http.proxyPort=3128"),
        same(
            "https.* for https, with credentials",
            "https",
            "secure.example:8443 user=bob password=set nonProxyHosts=[]",
            nothing,
            "https.proxyHost=secure.example",
            "https.proxyPort=8443",
            "https.proxyUser=bob",
            "https.proxyPassword=pw",
            "http.proxyHost=plain.example",
            "http.proxyPort=3128"),
        same(
            "http.* do not apply to https",
            "https",
            "direct",
            nothing,
            "http.proxyHost=plain.example",
            "http.proxyPort=3128"),
        same(
            "http.nonProxyHosts",
            "http",
            "proxy.example:3128 user=- password=- nonProxyHosts=[*.internal, localhost]",
            nothing,
            "http.proxyHost=proxy.example",
            "http.proxyPort=3128",
            "http.nonProxyHosts=localhost|*.internal"),
        same(
            "the configured endpoint wins; the credentials still come from the properties",
            "http",
            "explicit.example:9000 user=bob password=set nonProxyHosts=[]",
            given -> {
              given.endpoint = URI.create("http://explicit.example:9000");
              return given;
            },
            "http.proxyHost=proxy.example",
            "http.proxyPort=3128",
            "http.proxyUser=bob",
            "http.proxyPassword=pw"),
        same(
            "the configured username, password and non-proxy hosts win",
            "http",
            "proxy.example:3128 user=carol password=set nonProxyHosts=[.corp.example]",
            given -> {
              given.username = "carol";
              given.password = "hers";
              given.nonProxyHosts = Set.of(".corp.example");
              return given;
            },
            "http.proxyHost=proxy.example",
            "http.proxyPort=3128",
            "http.proxyUser=bob",
            "http.nonProxyHosts=localhost"),
        same(
            "the properties switched off",
            "http",
            "direct",
            given -> {
              given.useSystemPropertyValues = false;
              return given;
            },
            "http.proxyHost=proxy.example",
            "http.proxyPort=3128"),
        differs(
            "a host without a port: the JDK's default port here, no proxy in the AWS SDK",
            "http",
            "proxy.example:80 user=- password=- nonProxyHosts=[]",
            "direct",
            nothing,
            "http.proxyHost=proxy.example"),
        differs(
            "a configured endpoint without a port: 80 here, no proxy in the AWS SDK",
            "http",
            "explicit.example:80 user=- password=- nonProxyHosts=[]",
            "direct",
            given -> {
              given.endpoint = URI.create("http://explicit.example");
              return given;
            }),
        differs(
            "an https endpoint: https.* here; the Apache client's default proxy scheme reads http.*",
            "https",
            "direct",
            "plain.example:3128 user=- password=- nonProxyHosts=[]",
            given -> {
              given.awsDefaultScheme = true;
              return given;
            },
            "http.proxyHost=plain.example",
            "http.proxyPort=3128"),
        differs(
            "a port that is not a number: build() fails here, no proxy in the AWS SDK",
            "http",
            "IllegalStateException: the system property http.proxyPort must be a port from 1 to"
                + " 65535, not 'eighty'",
            "direct",
            nothing,
            "http.proxyHost=proxy.example",
            "http.proxyPort=eighty"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void resolvesAsTheAwsSdk(
      String name,
      String scheme,
      UnaryOperator<Given> given,
      String[] props,
      String ours,
      String aws) {
    Map<String, String> properties = new HashMap<>();
    for (String prop : props) {
      String[] nameValue = prop.split("=", 2);
      properties.put(nameValue[0], nameValue[1]);
      System.setProperty(nameValue[0], nameValue[1]);
    }
    Given settings = given.apply(new Given());

    assertThat(ours(settings, properties, scheme)).as("this SDK").isEqualTo(ours);
    assertThat(aws(settings, scheme)).as("the AWS SDK").isEqualTo(aws);
  }

  private static String ours(Given given, Map<String, String> properties, String scheme) {
    ProxyConfiguration.Builder builder =
        ProxyConfiguration.builder()
            .useSystemPropertyValues(given.useSystemPropertyValues)
            .useEnvironmentVariableValues(false);
    if (given.endpoint != null) {
      builder.endpoint(given.endpoint);
    }
    if (given.username != null) {
      builder.username(given.username).password(given.password);
    }
    if (given.nonProxyHosts != null) {
      builder.nonProxyHosts(given.nonProxyHosts);
    }
    ProxySettings settings;
    try {
      settings =
          ProxySettings.resolve(builder.build(), Environment.of(Map.of(), properties), scheme);
    } catch (IllegalStateException e) {
      return "IllegalStateException: " + e.getMessage();
    }
    if (settings.isDirect()) {
      return "direct";
    }
    return describe(
        settings.host(),
        settings.port(),
        settings.username().orElse(null),
        settings.password().isPresent(),
        settings.nonProxyHosts().isEmpty()
            ? List.of()
            : Arrays.asList(settings.nonProxyHosts().toString().split("\\|")));
  }

  private static String aws(Given given, String scheme) {
    software.amazon.awssdk.http.apache.ProxyConfiguration configuration =
        software.amazon.awssdk.http.apache.ProxyConfiguration.builder()
            .endpoint(given.endpoint)
            .username(given.username)
            .password(given.password)
            .nonProxyHosts(given.nonProxyHosts)
            .useSystemPropertyValues(given.useSystemPropertyValues)
            .useEnvironmentVariableValues(false)
            .scheme(given.awsDefaultScheme ? "http" : scheme)
            .build();
    if (configuration.host() == null || configuration.port() <= 0) {
      return "direct";
    }
    return describe(
        configuration.host(),
        configuration.port(),
        configuration.username(),
        configuration.password() != null,
        configuration.nonProxyHosts().stream()
            .map(pattern -> pattern.replace(".*?", "*"))
            .collect(Collectors.toList()));
  }

  private static String describe(
      String host, int port, String username, boolean password, List<String> nonProxyHosts) {
    return host
        + ":"
        + port
        + " user="
        + (username == null ? "-" : username)
        + " password="
        + (password ? "set" : "-")
        + " nonProxyHosts="
        + new TreeSet<>(nonProxyHosts);
  }
}
