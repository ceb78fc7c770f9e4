package dev.apigw.core.internal.metadata;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.Sleeper;
import dev.apigw.core.internal.json.Json;
import dev.apigw.core.lang.Arguments;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The EC2 instance metadata service (IMDS), reached and configured as the AWS SDK for Java v2
 * (2.41.18) does.
 *
 * <p><b>Endpoint.</b> {@value #ENDPOINT} (system property {@value #ENDPOINT_PROPERTY}, profile
 * {@value #ENDPOINT_PROFILE}) when set; else by {@value #ENDPOINT_MODE} ({@value
 * #ENDPOINT_MODE_PROPERTY}, profile {@value #ENDPOINT_MODE_PROFILE}): {@code IPv4} (the default) is
 * {@code http://169.254.169.254}, {@code IPv6} is {@code http://[fd00:ec2::254]}, any other value
 * an error. The system property wins over the variable, and both over the profile. Read on every
 * request.
 *
 * <p><b>IMDSv2.</b> Each session starts with {@code PUT /latest/api/token} (header {@code
 * x-aws-ec2-metadata-token-ttl-seconds: 21600}); the token goes with the session's requests as
 * {@code x-aws-ec2-metadata-token}. When getting a token fails in any way but an HTTP 400, the
 * requests go without one (IMDSv1), unless {@value #V1_DISABLED} ({@value #V1_DISABLED_PROPERTY},
 * profile {@value #V1_DISABLED_PROFILE}) is true; a 400 is always an error. No token is kept
 * between sessions, and a 401 is not answered with a new token: the SDK does neither.
 *
 * <p><b>Disabled.</b> {@value #DISABLED} ({@value #DISABLED_PROPERTY}) set to {@code true} (any
 * case) turns the service off: nothing is sent. {@code false} leaves it on; other values are
 * errors. Not read from the profile.
 *
 * <p><b>Timeouts and attempts.</b> For credentials, every request has one connect and read timeout,
 * {@value #TIMEOUT} ({@value #TIMEOUT_PROPERTY}, profile {@value #TIMEOUT_PROFILE}) in seconds (a
 * whole or decimal number; default 1), and is sent once: the SDK's credentials provider does not
 * retry and does not read {@code AWS_METADATA_SERVICE_NUM_ATTEMPTS}. {@link #region()} follows the
 * SDK's region lookup instead: a fixed 1 second timeout and 3 attempts, 250 and 500 ms apart. The
 * V1-disabled flag and the timeout are read once, on first use.
 *
 * <p>Thread-safe.
 */
public final class Ec2MetadataClient {
  public static final String ENDPOINT = "AWS_EC2_METADATA_SERVICE_ENDPOINT";
  public static final String ENDPOINT_PROPERTY = "aws.ec2MetadataServiceEndpoint";
  public static final String ENDPOINT_PROFILE = "ec2_metadata_service_endpoint";
  public static final String ENDPOINT_MODE = "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE";
  public static final String ENDPOINT_MODE_PROPERTY = "aws.ec2MetadataServiceEndpointMode";
  public static final String ENDPOINT_MODE_PROFILE = "ec2_metadata_service_endpoint_mode";
  public static final String DISABLED = "AWS_EC2_METADATA_DISABLED";
  public static final String DISABLED_PROPERTY = "aws.disableEc2Metadata";
  public static final String V1_DISABLED = "AWS_EC2_METADATA_V1_DISABLED";
  public static final String V1_DISABLED_PROPERTY = "aws.disableEc2MetadataV1";
  public static final String V1_DISABLED_PROFILE = "ec2_metadata_v1_disabled";
  public static final String TIMEOUT = "AWS_METADATA_SERVICE_TIMEOUT";
  public static final String TIMEOUT_PROPERTY = "aws.ec2MetadataServiceTimeout";
  public static final String TIMEOUT_PROFILE = "metadata_service_timeout";

  static final String IPV4_ENDPOINT = "http://169.254.169.254";
  static final String IPV6_ENDPOINT = "http://[fd00:ec2::254]";
  static final String TOKEN_PATH = "/latest/api/token";
  static final String TOKEN_TTL_HEADER = "x-aws-ec2-metadata-token-ttl-seconds";
  static final String TOKEN_TTL_SECONDS = "21600";
  static final String TOKEN_HEADER = "x-aws-ec2-metadata-token";
  static final String IDENTITY_DOCUMENT_PATH = "/latest/dynamic/instance-identity/document";
  static final Duration REGION_TIMEOUT = Duration.ofSeconds(1);
  static final int REGION_ATTEMPTS = 3;
  private static final Logger LOG = LoggerFactory.getLogger(Ec2MetadataClient.class);

  private final Environment environment;
  private final Function<String, Optional<String>> profileProperty;
  private final MetadataHttp http;
  private final Sleeper sleeper;
  private volatile @Nullable Boolean v1Disabled;
  private volatile @Nullable Duration timeout;
  private volatile @Nullable String region;

  private Ec2MetadataClient(
      Environment environment,
      Function<String, Optional<String>> profileProperty,
      MetadataHttp http,
      Sleeper sleeper) {
    this.environment = environment;
    this.profileProperty = profileProperty;
    this.http = http;
    this.sleeper = sleeper;
  }

  /**
   * A client reading settings from {@code environment} and then from the active profile through
   * {@code profileProperty} (a property's value by name, empty when unset).
   */
  public static Ec2MetadataClient create(
      Environment environment, Function<String, Optional<String>> profileProperty) {
    return create(environment, profileProperty, Sleeper.SYSTEM);
  }

  /**
   * As {@link #create(Environment, Function)}, waiting between region attempts with {@code
   * sleeper}; for tests.
   */
  public static Ec2MetadataClient create(
      Environment environment,
      Function<String, Optional<String>> profileProperty,
      Sleeper sleeper) {
    return new Ec2MetadataClient(
        Arguments.requireNonNull(environment, "environment"),
        Arguments.requireNonNull(profileProperty, "profileProperty"),
        MetadataHttp.shared(),
        Arguments.requireNonNull(sleeper, "sleeper"));
  }

  /**
   * Whether {@value #DISABLED} turns the service off; fails for a value that is neither true nor
   * false.
   */
  public boolean isDisabled() {
    Optional<String> value = environment.setting(DISABLED_PROPERTY, DISABLED);
    return value.isPresent()
        && parseBoolean(value.get(), DISABLED + " (" + DISABLED_PROPERTY + ")");
  }

  /** Whether falling back to IMDSv1 is forbidden; read once. */
  public boolean isV1Disabled() {
    Boolean known = v1Disabled;
    if (known == null) {
      Optional<String> fromEnvironment = environment.setting(V1_DISABLED_PROPERTY, V1_DISABLED);
      if (fromEnvironment.isPresent()) {
        known =
            parseBoolean(fromEnvironment.get(), V1_DISABLED + " (" + V1_DISABLED_PROPERTY + ")");
      } else {
        known =
            profile(V1_DISABLED_PROFILE)
                .map(value -> parseBoolean(value, "the profile's " + V1_DISABLED_PROFILE))
                .orElse(false);
      }
      v1Disabled = known;
    }
    return known;
  }

  /** The connect and read timeout of each request for credentials; read once. */
  public Duration timeout() {
    Duration known = timeout;
    if (known == null) {
      Optional<String> fromEnvironment = environment.setting(TIMEOUT_PROPERTY, TIMEOUT);
      if (fromEnvironment.isPresent()) {
        known = parseTimeout(fromEnvironment.get(), TIMEOUT + " (" + TIMEOUT_PROPERTY + ")");
      } else {
        known =
            profile(TIMEOUT_PROFILE)
                .map(value -> parseTimeout(value, "the profile's " + TIMEOUT_PROFILE))
                .orElse(Duration.ofSeconds(1));
      }
      timeout = known;
    }
    return known;
  }

  /** The base URL by the rules above, such as {@code http://169.254.169.254}; sends nothing. */
  public String endpoint() {
    return resolveEndpoint().url;
  }

  /**
   * Starts a session: gets a token, or falls back to IMDSv1 as described above. Fails with {@link
   * SdkClientException} when the service is disabled, on an HTTP 400, and on any failure when
   * IMDSv1 is disabled.
   */
  public Session session(Duration timeout) {
    Arguments.requireNonNull(timeout, "timeout");
    if (isDisabled()) {
      throw new SdkClientException(
          "The EC2 instance metadata service is disabled by "
              + DISABLED
              + " ("
              + DISABLED_PROPERTY
              + ")");
    }
    ResolvedEndpoint endpoint = resolveEndpoint();
    HttpUrl tokenUrl = url(endpoint, TOKEN_PATH);
    String failure;
    IOException cause = null;
    try {
      MetadataHttp.Reply reply =
          http.send("PUT", tokenUrl, Map.of(TOKEN_TTL_HEADER, TOKEN_TTL_SECONDS), timeout);
      if (reply.status() == 200 && isHeaderSafe(reply.body())) {
        return new Session(endpoint, reply.body(), timeout);
      }
      if (reply.status() == 400) {
        throw new SdkClientException(
            "Unable to fetch an EC2 instance metadata token from "
                + tokenUrl
                + " (endpoint "
                + endpoint
                + "): HTTP 400");
      }
      // A token no header can carry fails in the SDK when it is sent, which it treats as any other
      // token failure.
      failure =
          reply.status() == 200
              ? "a token that an HTTP header cannot carry"
              : "HTTP " + reply.status();
    } catch (IOException e) {
      cause = e;
      failure = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    if (isV1Disabled()) {
      throw new SdkClientException(
          "Unable to fetch an EC2 instance metadata token from "
              + tokenUrl
              + " (endpoint "
              + endpoint
              + "): "
              + failure
              + "; and falling back to IMDSv1 is disabled by "
              + V1_DISABLED
              + ", "
              + V1_DISABLED_PROPERTY
              + " or the"
              + " profile's "
              + V1_DISABLED_PROFILE,
          cause);
    }
    LOG.debug("No EC2 instance metadata token from {} ({}); using IMDSv1", tokenUrl, failure);
    return new Session(endpoint, null, timeout);
  }

  /**
   * The instance's region from its identity document, as the SDK's region lookup finds it; empty
   * when the service is disabled, the document is not there (404) or has no region. Fails with
   * {@link SdkClientException} when the service cannot be reached in 3 attempts, or getting a token
   * fails as {@link #session} says. A region found is kept for this client's life.
   */
  public Optional<String> region() {
    String known = region;
    if (known != null) {
      return Optional.of(known);
    }
    if (isDisabled()) {
      return Optional.empty();
    }
    SdkClientException last = null;
    for (int attempt = 1; attempt <= REGION_ATTEMPTS; attempt++) {
      if (attempt > 1) {
        pause(Duration.ofMillis(250L << (attempt - 2)));
      }
      Session session = session(REGION_TIMEOUT);
      MetadataHttp.Reply reply;
      try {
        reply = session.send(IDENTITY_DOCUMENT_PATH);
      } catch (IOException e) {
        last =
            new SdkClientException(
                "Unable to reach the EC2 instance metadata service at "
                    + session.endpoint
                    + ": "
                    + e.getClass().getSimpleName()
                    + ": "
                    + e.getMessage(),
                e,
                true);
        continue;
      }
      if (reply.status() == 404) {
        return Optional.empty();
      }
      if (reply.status() != 200) {
        last =
            new SdkClientException(
                "The EC2 instance metadata service at "
                    + session.endpoint
                    + " answered "
                    + IDENTITY_DOCUMENT_PATH
                    + " with HTTP "
                    + reply.status());
        continue;
      }
      Optional<String> found = regionIn(reply.body());
      found.ifPresent(value -> region = value);
      return found;
    }
    last.recordAttempts(REGION_ATTEMPTS, null);
    throw last;
  }

  /** The {@code region} field of the instance identity document, a flat JSON object. */
  static Optional<String> regionIn(String document) {
    try (JsonParser parser = Json.factory().createParser(document)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not a JSON object");
      }
      String region = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("region") && value == JsonToken.VALUE_STRING) {
          region = parser.getText();
        } else {
          parser.skipChildren();
        }
      }
      if (parser.currentToken() != JsonToken.END_OBJECT) {
        throw new IOException("the document ends early");
      }
      return Optional.ofNullable(region).map(String::trim).filter(value -> !value.isEmpty());
    } catch (IOException e) {
      LOG.warn(
          "The EC2 instance identity document could not be read: {}", e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  private void pause(Duration duration) {
    try {
      sleeper.sleep(duration.toNanos());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SdkClientException(
          "Interrupted while waiting to retry the EC2 instance metadata service", e);
    }
  }

  private ResolvedEndpoint resolveEndpoint() {
    Optional<String> override = environment.setting(ENDPOINT_PROPERTY, ENDPOINT);
    if (override.isPresent()) {
      return new ResolvedEndpoint(override.get(), ENDPOINT + " (" + ENDPOINT_PROPERTY + ")");
    }
    Optional<String> fromProfile = profile(ENDPOINT_PROFILE);
    if (fromProfile.isPresent()) {
      return new ResolvedEndpoint(fromProfile.get(), "the profile's " + ENDPOINT_PROFILE);
    }
    Optional<String> mode = environment.setting(ENDPOINT_MODE_PROPERTY, ENDPOINT_MODE);
    String modeOrigin = ENDPOINT_MODE + " (" + ENDPOINT_MODE_PROPERTY + ")";
    if (mode.isEmpty()) {
      mode = profile(ENDPOINT_MODE_PROFILE);
      modeOrigin = "the profile's " + ENDPOINT_MODE_PROFILE;
    }
    String value = mode.orElse("IPv4");
    if (value.equalsIgnoreCase("IPv4")) {
      return new ResolvedEndpoint(
          IPV4_ENDPOINT, mode.isPresent() ? modeOrigin : "the default endpoint mode IPv4");
    }
    if (value.equalsIgnoreCase("IPv6")) {
      return new ResolvedEndpoint(IPV6_ENDPOINT, modeOrigin);
    }
    throw new SdkClientException(
        "Unrecognized EC2 instance metadata endpoint mode '"
            + value
            + "' in "
            + modeOrigin
            + ": expected IPv4 or IPv6");
  }

  private static HttpUrl url(ResolvedEndpoint endpoint, String path) {
    String base = endpoint.url;
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    HttpUrl url = HttpUrl.parse(base + path);
    if (url == null) {
      throw new SdkClientException(
          "The EC2 instance metadata endpoint '"
              + endpoint.url
              + "' from "
              + endpoint.origin
              + " is not an http or https URL");
    }
    return url;
  }

  private Optional<String> profile(String name) {
    Optional<String> value = profileProperty.apply(name);
    return value == null
        ? Optional.empty()
        : value.map(String::trim).filter(text -> !text.isEmpty());
  }

  private static boolean parseBoolean(String value, String origin) {
    String text = value.trim();
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    if (text.equalsIgnoreCase("false")) {
      return false;
    }
    throw new SdkClientException(
        origin + " is set to '" + text + "', which is neither true nor false");
  }

  private static Duration parseTimeout(String value, String origin) {
    String text = value.trim();
    try {
      return Duration.ofSeconds(Integer.parseInt(text));
    } catch (NumberFormatException notWhole) {
      try {
        double seconds = Double.parseDouble(text);
        if (Double.isFinite(seconds)) {
          return Duration.ofMillis(Math.round(seconds * 1000));
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new SdkClientException(
          origin + " is set to '" + text + "', which is not a number of seconds");
    }
  }

  private static boolean isHeaderSafe(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c >= 0x7f) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "Ec2MetadataClient";
  }

  /** A base URL and where it came from. */
  private static final class ResolvedEndpoint {
    final String url;
    final String origin;

    ResolvedEndpoint(String url, String origin) {
      this.url = url;
      this.origin = origin;
    }

    @Override
    public String toString() {
      return url + " from " + origin;
    }
  }

  /** Requests that share one token (or none, for IMDSv1). Never shows the token. */
  public final class Session {
    private final ResolvedEndpoint endpoint;
    private final @Nullable String token;
    private final Duration timeout;

    private Session(ResolvedEndpoint endpoint, @Nullable String token, Duration timeout) {
      this.endpoint = endpoint;
      this.token = token;
      this.timeout = timeout;
    }

    /** Whether the session has an IMDSv2 token. */
    public boolean hasToken() {
      return token != null;
    }

    /** The endpoint with the setting it came from, for messages. */
    public String describeEndpoint() {
      return endpoint.toString();
    }

    /** The URL of {@code path} on this session's endpoint. */
    public HttpUrl url(String path) {
      return Ec2MetadataClient.url(endpoint, path);
    }

    /** One GET of {@code path}, with the token when there is one. */
    public MetadataHttp.Reply send(String path) throws IOException {
      Map<String, String> headers =
          token == null ? Collections.emptyMap() : Map.of(TOKEN_HEADER, token);
      return http.send("GET", url(path), headers, timeout);
    }

    @Override
    public String toString() {
      return "Session{" + endpoint + (token == null ? ", IMDSv1" : ", IMDSv2") + "}";
    }
  }
}
