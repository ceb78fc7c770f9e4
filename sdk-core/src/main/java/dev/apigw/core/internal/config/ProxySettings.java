package dev.apigw.core.internal.config;

import dev.apigw.core.http.ProxyConfiguration;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.lang.Arguments;
import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The proxy a client's requests go through, resolved at {@code build()} as the AWS SDK for Java v2
 * resolves it, or none. What the {@link ProxyConfiguration} sets wins, field by field; the rest
 * comes from one source outside the code: the system properties for the endpoint's scheme when any
 * of them is set, else the environment variables (see {@link ProxySource}). Without a proxy host
 * from the configuration or that source, requests go directly. Immutable; {@link #toString()} never
 * shows the password.
 */
public final class ProxySettings {
  private static final ProxySettings DIRECT =
      new ProxySettings(null, 0, null, null, NonProxyHosts.NONE, "no proxy");

  private final @Nullable String host;
  private final int port;
  private final @Nullable String username;
  private final @Nullable String password;
  private final NonProxyHosts nonProxyHosts;
  private final String source;

  private ProxySettings(
      @Nullable String host,
      int port,
      @Nullable String username,
      @Nullable String password,
      NonProxyHosts nonProxyHosts,
      String source) {
    this.host = host;
    this.port = port;
    this.username = username;
    this.password = password;
    this.nonProxyHosts = nonProxyHosts;
    this.source = source;
  }

  /** No proxy. */
  public static ProxySettings direct() {
    return DIRECT;
  }

  /**
   * The proxy for requests to an endpoint of {@code scheme} ({@code http} or {@code https}); an
   * {@link IllegalStateException} names a system property or variable that cannot be read.
   */
  public static ProxySettings resolve(
      ProxyConfiguration configuration, Environment environment, String scheme) {
    Arguments.requireNonNull(configuration, "configuration");
    Arguments.requireNonNull(environment, "environment");
    Optional<ProxySource> outside = Optional.empty();
    if (configuration.useSystemPropertyValues()) {
      outside = ProxySource.systemProperties(environment, scheme);
    }
    if (outside.isEmpty() && configuration.useEnvironmentVariableValues()) {
      outside = ProxySource.variables(environment, scheme);
    }
    @Nullable ProxySource from = outside.orElse(null);
    String host;
    int port;
    String source;
    if (configuration.endpoint().isPresent()) {
      URI endpoint = configuration.endpoint().get();
      host = ProxySource.host(endpoint);
      port = endpoint.getPort() == -1 ? 80 : endpoint.getPort();
      source = "proxyConfiguration";
    } else if (from != null && from.host != null) {
      host = from.host;
      port = from.port;
      source = from.name;
    } else {
      return DIRECT;
    }
    return new ProxySettings(
        host,
        port,
        configuration.username().orElse(from == null ? null : from.username),
        configuration.password().orElse(from == null ? null : from.password),
        configuration
            .nonProxyHosts()
            .map(NonProxyHosts::of)
            .orElse(
                from == null || from.nonProxyHosts == null
                    ? NonProxyHosts.NONE
                    : from.nonProxyHosts),
        source);
  }

  /** Whether requests go directly, with no proxy at all. */
  public boolean isDirect() {
    return host == null;
  }

  /** The proxy's host name or address; fails when {@link #isDirect()}. */
  public String host() {
    if (host == null) {
      throw new IllegalStateException("no proxy");
    }
    return host;
  }

  public int port() {
    return port;
  }

  /** The user to authenticate as when the proxy answers 407. */
  public Optional<String> username() {
    return Optional.ofNullable(username);
  }

  /** The password sent with {@link #username()}; never logged or shown. */
  public Optional<String> password() {
    return Optional.ofNullable(password);
  }

  /** The hosts requests to which skip the proxy. */
  public NonProxyHosts nonProxyHosts() {
    return nonProxyHosts;
  }

  /** Whether requests to {@code targetHost} skip the proxy. */
  public boolean bypasses(@Nullable String targetHost) {
    return nonProxyHosts.matches(targetHost);
  }

  /**
   * The proxy and where it was set, such as {@code http://proxy.example.com:3128 (from the
   * environment variable HTTPS_PROXY)}, for messages: no credentials.
   */
  public String describe() {
    if (host == null) {
      return source;
    }
    String address = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + address + ":" + port + " (from " + source + ")";
  }

  @Override
  public String toString() {
    if (host == null) {
      return "ProxySettings{direct}";
    }
    return "ProxySettings{"
        + describe()
        + (username != null ? ", username=" + username : "")
        + (password != null ? ", password=***" : "")
        + (nonProxyHosts.isEmpty() ? "" : ", nonProxyHosts=" + nonProxyHosts)
        + "}";
  }
}
