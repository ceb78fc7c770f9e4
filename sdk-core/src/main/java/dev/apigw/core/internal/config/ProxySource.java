package dev.apigw.core.internal.config;

import dev.apigw.core.internal.Environment;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one source outside the code says about the proxy for requests of one scheme: the system
 * properties ({@code https.proxyHost}, {@code https.proxyPort}, {@code https.proxyUser}, {@code
 * https.proxyPassword} for https, the {@code http.} ones for http, and {@code http.nonProxyHosts}
 * for both), or the environment variables ({@code https_proxy}, else {@code HTTPS_PROXY}, for
 * https; {@code http_proxy} / {@code HTTP_PROXY} for http; {@code no_proxy} / {@code NO_PROXY}), as
 * the AWS SDK for Java v2 reads them. A value that cannot be read fails with an {@link
 * IllegalStateException} naming where it was set, never showing a URL, which may hold a password.
 */
final class ProxySource {
  final String name;
  final @Nullable String host;
  final int port;
  final @Nullable String username;
  final @Nullable String password;
  final @Nullable NonProxyHosts nonProxyHosts;

  private ProxySource(
      String name,
      @Nullable String host,
      int port,
      @Nullable String username,
      @Nullable String password,
      @Nullable NonProxyHosts nonProxyHosts) {
    this.name = name;
    this.host = host;
    this.port = port;
    this.username = username;
    this.password = password;
    this.nonProxyHosts = nonProxyHosts;
  }

  /**
   * The system properties for {@code scheme} ({@code http} or {@code https}); empty when none of
   * them is set. A host without a port gets the scheme's default port, as the JDK gives it.
   */
  static Optional<ProxySource> systemProperties(Environment environment, String scheme) {
    String hostProperty = scheme + ".proxyHost";
    String portProperty = scheme + ".proxyPort";
    Optional<String> host = environment.property(hostProperty);
    Optional<String> port = environment.property(portProperty);
    Optional<String> user = environment.property(scheme + ".proxyUser");
    Optional<String> password = environment.property(scheme + ".proxyPassword");
    Optional<String> nonProxyHosts = environment.property("http.nonProxyHosts");
    if (host.isEmpty()
        && port.isEmpty()
        && user.isEmpty()
        && password.isEmpty()
        && nonProxyHosts.isEmpty()) {
      return Optional.empty();
    }
    String what = "the system property " + hostProperty;
    host.ifPresent(name -> checkHost(name, what));
    int number =
        port.map(text -> port(text, "the system property " + portProperty))
            .orElse(scheme.equals("https") ? 443 : 80);
    return Optional.of(
        new ProxySource(
            what,
            host.orElse(null),
            number,
            user.orElse(null),
            password.orElse(null),
            nonProxyHosts.map(NonProxyHosts::parse).orElse(null)));
  }

  /**
   * The environment variables for {@code scheme}; empty when neither the proxy's nor {@code
   * NO_PROXY} is set. The proxy is a URL, {@code http://[user[:password]@]host[:port]}, where the
   * scheme may be left out and the port defaults to 80; user and password are percent-decoded.
   */
  static Optional<ProxySource> variables(Environment environment, String scheme) {
    String lower = scheme + "_proxy";
    Optional<String> variable = first(environment, lower, lower.toUpperCase(Locale.ROOT));
    Optional<String> noProxy = first(environment, "no_proxy", "NO_PROXY");
    if (variable.isEmpty() && noProxy.isEmpty()) {
      return Optional.empty();
    }
    NonProxyHosts nonProxyHosts =
        noProxy
            .map(name -> NonProxyHosts.parse(environment.variable(name).orElse(null)))
            .orElse(null);
    if (variable.isEmpty()) {
      return Optional.of(
          new ProxySource(
              "the environment variable " + noProxy.get(), null, 0, null, null, nonProxyHosts));
    }
    String name = "the environment variable " + variable.get();
    URI url = url(environment.variable(variable.get()).orElseThrow(), name);
    String username = null;
    String password = null;
    if (url.getUserInfo() != null) {
      String[] parts = url.getUserInfo().split(":", 2);
      username = parts[0];
      password = parts.length > 1 ? parts[1] : null;
    }
    int port = url.getPort() == -1 ? 80 : url.getPort();
    return Optional.of(new ProxySource(name, host(url), port, username, password, nonProxyHosts));
  }

  /** The name of the first of the variables that is set. */
  private static Optional<String> first(Environment environment, String name, String otherName) {
    if (environment.variable(name).isPresent()) {
      return Optional.of(name);
    }
    return environment.variable(otherName).isPresent() ? Optional.of(otherName) : Optional.empty();
  }

  private static URI url(String value, String what) {
    String text = value.contains("://") ? value : "http://" + value;
    String problem = what + " must be a proxy URL such as http://proxy.example.com:3128";
    URI url;
    try {
      url = new URI(text);
    } catch (URISyntaxException e) {
      // The reason only: the input may hold a password.
      throw new IllegalStateException(problem + ": " + e.getReason(), e);
    }
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("https")) {
      throw new IllegalStateException(
          problem
              + "; https:// (TLS to the proxy) is not supported: https requests go through an"
              + " http proxy in a CONNECT tunnel");
    }
    if (!scheme.equals("http")) {
      throw new IllegalStateException(problem + ", not a " + scheme + ":// one");
    }
    if (url.getHost() == null || (url.getPort() == -1 && url.getRawAuthority().endsWith(":"))) {
      throw new IllegalStateException(problem + ": it has no host, or a port that is not a number");
    }
    if (url.getPort() == 0 || url.getPort() > 65535) {
      throw new IllegalStateException(problem + ": its port must be from 1 to 65535");
    }
    String path = url.getRawPath();
    if ((path != null && !path.isEmpty() && !path.equals("/"))
        || url.getRawQuery() != null
        || url.getRawFragment() != null) {
      throw new IllegalStateException(problem + ": it must not have a path, query or fragment");
    }
    return url;
  }

  /** The host of a URL, without an IPv6 address's brackets. */
  static String host(URI url) {
    String host = url.getHost();
    return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
  }

  private static int port(String text, String what) {
    try {
      int port = Integer.parseInt(text);
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // Told below.
    }
    throw new IllegalStateException(what + " must be a port from 1 to 65535, not '" + text + "'");
  }

  private static void checkHost(String host, String what) {
    if (host.contains("/") || host.contains("@") || host.contains(" ")) {
      throw new IllegalStateException(
          what + " must be a host name or address such as proxy.example.com, not a URL");
    }
  }
}
