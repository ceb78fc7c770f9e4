package dev.apigw.core.http;

import dev.apigw.core.lang.Arguments;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP proxy a client sends its requests through, as the AWS SDK for Java v2 configures one:
 * what is set here wins, and what is not comes from the system properties ({@code https.proxyHost},
 * {@code https.proxyPort}, {@code https.proxyUser}, {@code https.proxyPassword} for an https
 * endpoint, the {@code http.} ones for an http endpoint, and {@code http.nonProxyHosts}), or when
 * none of them is set from the environment variables ({@code HTTPS_PROXY} or {@code HTTP_PROXY},
 * with credentials in the URL's user info, and {@code NO_PROXY}). With {@link #none()}, no proxy.
 *
 * <p>The proxy speaks plain HTTP: requests to an http endpoint go to it as they are, and those to
 * an https endpoint through a {@code CONNECT} tunnel. When it answers 407, the username and
 * password go once, with Basic authentication. Immutable; {@link #toString()} hides the password.
 */
public final class ProxyConfiguration {
  private static final ProxyConfiguration NONE =
      builder().useSystemPropertyValues(false).useEnvironmentVariableValues(false).build();

  private final @Nullable URI endpoint;
  private final @Nullable String username;
  private final @Nullable String password;
  private final @Nullable Set<String> nonProxyHosts;
  private final boolean useSystemPropertyValues;
  private final boolean useEnvironmentVariableValues;

  private ProxyConfiguration(Builder builder) {
    this.endpoint = builder.endpoint;
    this.username = builder.username;
    this.password = builder.password;
    this.nonProxyHosts =
        builder.nonProxyHosts == null
            ? null
            : Collections.unmodifiableSet(new LinkedHashSet<>(builder.nonProxyHosts));
    this.useSystemPropertyValues = builder.useSystemPropertyValues;
    this.useEnvironmentVariableValues = builder.useEnvironmentVariableValues;
  }

  /**
   * A builder that reads the system properties and environment variables for what it is not told.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** No proxy: every request goes directly to its endpoint, whatever the environment says. */
  public static ProxyConfiguration none() {
    return NONE;
  }

  /** The proxy, {@code http://host:port}, when set here rather than read from outside the code. */
  public Optional<URI> endpoint() {
    return Optional.ofNullable(endpoint);
  }

  /** The user to authenticate as when the proxy asks (407), when set here. */
  public Optional<String> username() {
    return Optional.ofNullable(username);
  }

  /** The password sent with {@link #username()}, when set here. */
  public Optional<String> password() {
    return Optional.ofNullable(password);
  }

  /**
   * The hosts reached without the proxy, when set here: names, {@code .example.com} for a domain
   * and its subdomains, {@code *} as a wildcard.
   */
  public Optional<Set<String>> nonProxyHosts() {
    return Optional.ofNullable(nonProxyHosts);
  }

  /** Whether the system properties fill in what is not set here; true by default. */
  public boolean useSystemPropertyValues() {
    return useSystemPropertyValues;
  }

  /** Whether the environment variables fill in what is not set here; true by default. */
  public boolean useEnvironmentVariableValues() {
    return useEnvironmentVariableValues;
  }

  /** A builder holding these settings. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.endpoint = endpoint;
    builder.username = username;
    builder.password = password;
    builder.nonProxyHosts = nonProxyHosts;
    builder.useSystemPropertyValues = useSystemPropertyValues;
    builder.useEnvironmentVariableValues = useEnvironmentVariableValues;
    return builder;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof ProxyConfiguration)) {
      return false;
    }
    ProxyConfiguration that = (ProxyConfiguration) other;
    return Objects.equals(endpoint, that.endpoint)
        && Objects.equals(username, that.username)
        && Objects.equals(password, that.password)
        && Objects.equals(nonProxyHosts, that.nonProxyHosts)
        && useSystemPropertyValues == that.useSystemPropertyValues
        && useEnvironmentVariableValues == that.useEnvironmentVariableValues;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        endpoint,
        username,
        password,
        nonProxyHosts,
        useSystemPropertyValues,
        useEnvironmentVariableValues);
  }

  /** The settings, with the password shown as {@code ***} when there is one. */
  @Override
  public String toString() {
    return "ProxyConfiguration{"
        + (endpoint != null ? "endpoint=" + endpoint + ", " : "")
        + (username != null ? "username=" + username + ", " : "")
        + (password != null ? "password=***, " : "")
        + (nonProxyHosts != null ? "nonProxyHosts=" + nonProxyHosts + ", " : "")
        + "useSystemPropertyValues="
        + useSystemPropertyValues
        + ", useEnvironmentVariableValues="
        + useEnvironmentVariableValues
        + "}";
  }

  /**
   * Builds a {@link ProxyConfiguration}. Setters check their argument at once and fail with {@link
   * IllegalArgumentException} naming it, never showing a password. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable URI endpoint;
    private @Nullable String username;
    private @Nullable String password;
    private @Nullable Set<String> nonProxyHosts;
    private boolean useSystemPropertyValues = true;
    private boolean useEnvironmentVariableValues = true;

    private Builder() {}

    /**
     * The proxy, such as {@code http://proxy.example.com:3128}: an http URI with a host and
     * optionally a port (80 when left out), and no user info, path, query or fragment. Wins over
     * the system properties and environment variables.
     */
    public Builder endpoint(URI endpoint) {
      this.endpoint = checkEndpoint(Arguments.requireNonNull(endpoint, "endpoint"));
      return this;
    }

    /** The user to authenticate as when the proxy answers 407. */
    public Builder username(String username) {
      this.username = Arguments.requireNonBlank(username, "username");
      return this;
    }

    /** The password sent with the {@link #username(String)}. */
    public Builder password(String password) {
      this.password = Arguments.requireNonNull(password, "password");
      return this;
    }

    /**
     * The hosts to reach without the proxy, instead of {@code http.nonProxyHosts} or {@code
     * NO_PROXY}: host names or addresses, matched whole in any case; domains such as {@code
     * .example.com}, matching them and their subdomains; patterns such as {@code *.example.com} or
     * {@code 10.*}, the star standing for any characters; or a star alone, for every host. An empty
     * set sends every request through the proxy.
     */
    public Builder nonProxyHosts(Set<String> nonProxyHosts) {
      Arguments.requireNonNull(nonProxyHosts, "nonProxyHosts");
      for (String host : nonProxyHosts) {
        Arguments.requireNonBlank(host, "an entry of nonProxyHosts");
      }
      this.nonProxyHosts = new LinkedHashSet<>(nonProxyHosts);
      return this;
    }

    /**
     * Whether the system properties fill in what is not set here (true by default): the proxy, the
     * credentials and the hosts to reach directly, read as a whole when any of them is set.
     */
    public Builder useSystemPropertyValues(boolean useSystemPropertyValues) {
      this.useSystemPropertyValues = useSystemPropertyValues;
      return this;
    }

    /**
     * Whether the environment variables fill in what is not set here when no system property does
     * (true by default).
     */
    public Builder useEnvironmentVariableValues(boolean useEnvironmentVariableValues) {
      this.useEnvironmentVariableValues = useEnvironmentVariableValues;
      return this;
    }

    public ProxyConfiguration build() {
      return new ProxyConfiguration(this);
    }

    private static URI checkEndpoint(URI endpoint) {
      String scheme = endpoint.getScheme();
      if (scheme == null || !scheme.equalsIgnoreCase("http")) {
        throw new IllegalArgumentException(
            "endpoint must be an http:// URI such as http://proxy.example.com:3128"
                + (scheme != null && scheme.equalsIgnoreCase("https")
                    ? "; https:// (TLS to the proxy) is not supported, https requests go through"
                        + " an http proxy in a CONNECT tunnel"
                    : ""));
      }
      if (endpoint.getRawUserInfo() != null) {
        throw new IllegalArgumentException(
            "endpoint must not hold user info: set username(...) and password(...)");
      }
      if (endpoint.getHost() == null) {
        throw new IllegalArgumentException("endpoint must have a host");
      }
      String path = endpoint.getRawPath();
      if ((path != null && !path.isEmpty() && !path.equals("/"))
          || endpoint.getRawQuery() != null
          || endpoint.getRawFragment() != null) {
        throw new IllegalArgumentException("endpoint must not have a path, query or fragment");
      }
      return endpoint;
    }
  }
}
