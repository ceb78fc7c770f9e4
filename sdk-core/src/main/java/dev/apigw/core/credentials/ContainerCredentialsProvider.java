package dev.apigw.core.credentials;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.credentials.internal.CachedCredentials;
import dev.apigw.core.credentials.internal.MetadataCredentials;
import dev.apigw.core.credentials.internal.RefreshPolicy;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.metadata.MetadataHttp;
import dev.apigw.core.lang.Arguments;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Credentials from the container credentials endpoint: the ECS agent (Amazon ECS, AWS Fargate) or
 * the EKS Pod Identity agent, found and called by the rules of the AWS SDK for Java v2 (2.41.18).
 *
 * <p><b>Where.</b> {@value #RELATIVE_URI} (system property {@value #RELATIVE_URI_PROPERTY}) is a
 * path on the ECS agent, {@code http://169.254.170.2} unless {@value #SERVICE_ENDPOINT} ({@value
 * #SERVICE_ENDPOINT_PROPERTY}) names another scheme and host; else {@value #FULL_URI} ({@value
 * #FULL_URI_PROPERTY}) is the whole URI. The relative URI wins when both are set. Either way the
 * URI must be {@code https}, or its host must resolve only to loopback addresses (any of
 * 127.0.0.0/8, ::1, a name such as {@code localhost} that resolves to them), or be a container
 * agent's address: {@code 169.254.170.2} and {@code 169.254.170.23}, or {@code [fd00:ec2::23]} when
 * {@code AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE} ({@code aws.ec2MetadataServiceEndpointMode}) is
 * {@code IPv6} (in that mode the SDK accepts only the IPv6 agent, and so does this class).
 *
 * <p><b>Authorization.</b> The {@code Authorization} header is {@value #AUTHORIZATION_TOKEN}
 * ({@value #AUTHORIZATION_TOKEN_PROPERTY}) when set, else the whole content of the file named by
 * {@value #AUTHORIZATION_TOKEN_FILE} ({@value #AUTHORIZATION_TOKEN_FILE_PROPERTY}), read again on
 * every fetch (EKS rotates it). A token with a line break or another control character is refused
 * rather than sent.
 *
 * <p><b>Calls.</b> One GET with a 1 second connect and read timeout; an I/O failure or a 5xx answer
 * is retried at once, up to 5 times, as the SDK does; a 404 and other statuses are not. The
 * response's {@code AccessKeyId}, {@code SecretAccessKey}, {@code Token} and {@code Expiration} are
 * used; other members are ignored.
 *
 * <p><b>Caching.</b> Settings are read on each fetch. Credentials are cached and refreshed on the
 * SDK's timing for this source ({@link RefreshPolicy#container()}): prefetched from the earlier of
 * an hour after loading and 15 minutes before expiry, spread at random up to 2 minutes before
 * expiry; a refresh is waited for from 1 minute before expiry.
 *
 * <p>Errors are {@link SdkClientException}s that name the setting that configured the endpoint and
 * why the call failed (with the HTTP status, and for an error response the service's {@code
 * message} when it holds no credentials); they never contain a secret key, a session token or the
 * authorization token. Thread-safe.
 */
public final class ContainerCredentialsProvider implements CredentialsProvider {
  public static final String RELATIVE_URI = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI";
  public static final String RELATIVE_URI_PROPERTY = "aws.containerCredentialsPath";
  public static final String FULL_URI = "AWS_CONTAINER_CREDENTIALS_FULL_URI";
  public static final String FULL_URI_PROPERTY = "aws.containerCredentialsFullUri";
  public static final String SERVICE_ENDPOINT = "AWS_CONTAINER_SERVICE_ENDPOINT";
  public static final String SERVICE_ENDPOINT_PROPERTY = "aws.containerServiceEndpoint";
  public static final String AUTHORIZATION_TOKEN = "AWS_CONTAINER_AUTHORIZATION_TOKEN";
  public static final String AUTHORIZATION_TOKEN_PROPERTY = "aws.containerAuthorizationToken";
  public static final String AUTHORIZATION_TOKEN_FILE = "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE";
  public static final String AUTHORIZATION_TOKEN_FILE_PROPERTY =
      "aws.containerAuthorizationTokenFile";

  static final String DEFAULT_SERVICE_ENDPOINT = "http://169.254.170.2";
  static final Duration TIMEOUT = Duration.ofSeconds(1);

  /** Retries after the first attempt, on I/O failures and 5xx answers. */
  static final int MAX_RETRIES = 5;

  private static final List<String> AGENT_HOSTS_IPV4 = List.of("169.254.170.2", "169.254.170.23");
  private static final List<String> AGENT_HOSTS_IPV6 = List.of("[fd00:ec2::23]");
  private static final String NAME = "ContainerCredentialsProvider";

  /**
   * Resolves a host name to its addresses; replaced in tests so that no name is looked up in DNS.
   */
  @FunctionalInterface
  interface HostResolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final Environment environment;
  private final HostResolver resolver;
  private final MetadataHttp http;
  private final CachedCredentials cache;

  private ContainerCredentialsProvider(
      Environment environment,
      HostResolver resolver,
      MetadataHttp http,
      Clock clock,
      RefreshPolicy policy) {
    this.environment = environment;
    this.resolver = resolver;
    this.http = http;
    this.cache = CachedCredentials.of(NAME, this::load, clock, policy);
  }

  /** Reads the process environment and the JVM's system properties. */
  public static ContainerCredentialsProvider create() {
    return create(Environment.system());
  }

  static ContainerCredentialsProvider create(Environment environment) {
    return create(
        environment, InetAddress::getAllByName, Clock.systemUTC(), RefreshPolicy.container());
  }

  static ContainerCredentialsProvider create(
      Environment environment, HostResolver resolver, Clock clock, RefreshPolicy policy) {
    return new ContainerCredentialsProvider(
        Arguments.requireNonNull(environment, "environment"),
        Arguments.requireNonNull(resolver, "resolver"),
        MetadataHttp.shared(),
        Arguments.requireNonNull(clock, "clock"),
        Arguments.requireNonNull(policy, "policy"));
  }

  @Override
  public Credentials resolveCredentials() {
    return cache.resolveCredentials();
  }

  /**
   * The URL the next fetch goes to, checked by the rules above; sends nothing (but may resolve the
   * host name).
   */
  String endpointUrl() {
    return endpoint().url.toString();
  }

  private Credentials load() {
    Endpoint endpoint = endpoint();
    Map<String, String> headers = new HashMap<>();
    authorizationToken().ifPresent(token -> headers.put("Authorization", token));
    MetadataHttp.Reply reply = fetch(endpoint, headers);
    return MetadataCredentials.parse(
        reply.body(), "The container credentials endpoint " + endpoint);
  }

  /** The URI to call and the setting it came from, validated. */
  private Endpoint endpoint() {
    Optional<String> relative = environment.setting(RELATIVE_URI_PROPERTY, RELATIVE_URI);
    Optional<String> full = environment.setting(FULL_URI_PROPERTY, FULL_URI);
    if (relative.isEmpty() && full.isEmpty()) {
      throw new SdkClientException(
          "Unable to load container credentials: neither "
              + RELATIVE_URI
              + " ("
              + RELATIVE_URI_PROPERTY
              + ") nor "
              + FULL_URI
              + " ("
              + FULL_URI_PROPERTY
              + ") is set");
    }
    String origin;
    String text;
    if (relative.isPresent()) {
      Optional<String> host = environment.setting(SERVICE_ENDPOINT_PROPERTY, SERVICE_ENDPOINT);
      origin = host.isPresent() ? RELATIVE_URI + " on " + SERVICE_ENDPOINT : RELATIVE_URI;
      text = host.orElse(DEFAULT_SERVICE_ENDPOINT) + relative.get();
    } else {
      origin = FULL_URI;
      text = full.get();
    }
    URI uri;
    try {
      uri = URI.create(text);
    } catch (IllegalArgumentException e) {
      throw new SdkClientException(
          "Unable to load container credentials: "
              + origin
              + " does not make a valid URI ("
              + text
              + ")");
    }
    HttpUrl url = HttpUrl.parse(text);
    if (url == null || uri.getHost() == null) {
      throw new SdkClientException(
          "Unable to load container credentials: "
              + origin
              + " does not make an http or"
              + " https URI with a host ("
              + text
              + ")");
    }
    if (!"https".equals(uri.getScheme()) && !isAllowedHost(uri.getHost())) {
      throw new SdkClientException(
          "Unable to load container credentials: the URI "
              + text
              + " from "
              + origin
              + " is neither https nor on a loopback address or a container agent's address");
    }
    return new Endpoint(url, origin);
  }

  private boolean isAllowedHost(String host) {
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      throw new SdkClientException(
          "Unable to load container credentials: the host "
              + host
              + " could not be resolved to an IP address",
          e);
    }
    if (addresses.length > 0 && Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress)) {
      return true;
    }
    String mode =
        environment
            .setting("aws.ec2MetadataServiceEndpointMode", "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE")
            .orElse("IPv4");
    return (mode.equalsIgnoreCase("IPv6") ? AGENT_HOSTS_IPV6 : AGENT_HOSTS_IPV4)
        .contains(host.toLowerCase(Locale.ROOT));
  }

  /**
   * The token to send, from the variable or else the file; empty when neither is set or the token
   * is blank.
   */
  private Optional<String> authorizationToken() {
    Optional<String> fromVariable =
        environment.setting(AUTHORIZATION_TOKEN_PROPERTY, AUTHORIZATION_TOKEN);
    String token;
    String origin;
    if (fromVariable.isPresent()) {
      token = fromVariable.get();
      origin = AUTHORIZATION_TOKEN;
    } else {
      Optional<String> file =
          environment.setting(AUTHORIZATION_TOKEN_FILE_PROPERTY, AUTHORIZATION_TOKEN_FILE);
      if (file.isEmpty()) {
        return Optional.empty();
      }
      Path path = Paths.get(file.get());
      try {
        token = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        throw new SdkClientException(
            "Unable to load container credentials: the token file "
                + path.toAbsolutePath()
                + " named by "
                + AUTHORIZATION_TOKEN_FILE
                + " could not be read ("
                + e.getClass().getSimpleName()
                + ")");
      }
      origin = "the token file named by " + AUTHORIZATION_TOKEN_FILE;
    }
    if (token.isBlank()) {
      return Optional.empty();
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '\r' || c == '\n') {
        throw new SdkClientException(
            "Unable to load container credentials: the authorization token from "
                + origin
                + " contains a line break");
      }
      if ((c < 0x20 && c != '\t') || c >= 0x7f) {
        throw new SdkClientException(
            "Unable to load container credentials: the authorization token from "
                + origin
                + " contains a character that an HTTP header cannot carry (at index "
                + i
                + ")");
      }
    }
    return Optional.of(token);
  }

  private MetadataHttp.Reply fetch(Endpoint endpoint, Map<String, String> headers) {
    IOException lastFailure = null;
    MetadataHttp.Reply reply = null;
    int attempts = 0;
    for (int retries = 0; ; retries++) {
      attempts++;
      try {
        reply = http.send("GET", endpoint.url, headers, TIMEOUT);
        lastFailure = null;
        if (reply.status() == 200) {
          return reply;
        }
        if (reply.status() == 404) {
          throw new SdkClientException(
              "Unable to load container credentials: "
                  + endpoint
                  + " answered HTTP 404 (not found)");
        }
        if (reply.status() < 500 || retries >= MAX_RETRIES) {
          break;
        }
      } catch (IOException e) {
        lastFailure = e;
        if (retries >= MAX_RETRIES) {
          break;
        }
      }
    }
    String tries = attempts == 1 ? "" : " after " + attempts + " attempts";
    if (lastFailure != null) {
      throw new SdkClientException(
          "Unable to load container credentials: "
              + endpoint
              + " could not be reached"
              + tries
              + " ("
              + lastFailure.getClass().getSimpleName()
              + ": "
              + lastFailure.getMessage()
              + ")",
          lastFailure);
    }
    throw new SdkClientException(
        "Unable to load container credentials: "
            + endpoint
            + " answered HTTP "
            + reply.status()
            + tries
            + MetadataCredentials.errorMessage(reply.body()).map(m -> ": " + m).orElse(""));
  }

  @Override
  public String toString() {
    return NAME;
  }

  private static final class Endpoint {
    final HttpUrl url;
    final String origin;

    Endpoint(HttpUrl url, String origin) {
      this.url = url;
      this.origin = origin;
    }

    @Override
    public String toString() {
      return url + " (from " + origin + ")";
    }
  }
}
