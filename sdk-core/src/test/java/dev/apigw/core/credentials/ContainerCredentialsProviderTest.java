package dev.apigw.core.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.credentials.internal.MutableClock;
import dev.apigw.core.credentials.internal.RefreshPolicy;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.internal.Environment;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ContainerCredentialsProviderTest {
  private static final String SECRET = "containerSecretEXAMPLE/K7MDENG+bPxRfiCY";
  private static final String SESSION_TOKEN = "IQoJcontainerSESSIONtokenEXAMPLE";
  private static final String AUTH_TOKEN = "eksPodIdentityAuthTokenEXAMPLE";
  private static final Instant NOW = Instant.parse("2026-06-01T06:00:00Z");
  private static final String EXPIRATION = "2026-06-01T12:00:00Z";

  /** Names these tests resolve, without DNS; IP literals parse as themselves. */
  private static final Map<String, List<String>> NAMES =
      Map.of(
          "localhost", List.of("127.0.0.1", "::1"),
          "loop.example", List.of("127.0.0.5"),
          "mixed.example", List.of("127.0.0.1", "10.1.2.3"),
          "remote.example", List.of("203.0.113.7"));

  private final MockWebServer server = new MockWebServer();
  private final Map<String, String> variables = new HashMap<>();
  private final Map<String, String> properties = new HashMap<>();
  private final MutableClock clock = new MutableClock(NOW);
  @TempDir Path dir;

  @BeforeEach
  void start() throws Exception {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static InetAddress[] resolve(String host) throws UnknownHostException {
    List<String> known = NAMES.get(host);
    if (known != null) {
      InetAddress[] addresses = new InetAddress[known.size()];
      for (int i = 0; i < addresses.length; i++) {
        addresses[i] = InetAddress.getByName(known.get(i));
      }
      return addresses;
    }
    if (host.matches("[0-9.]+") || host.contains(":")) {
      return InetAddress.getAllByName(host); // a literal: parsed, not looked up
    }
    throw new UnknownHostException(host);
  }

  private ContainerCredentialsProvider provider() {
    return ContainerCredentialsProvider.create(
        Environment.of(variables, properties),
        ContainerCredentialsProviderTest::resolve,
        clock,
        RefreshPolicy.container(() -> 0));
  }

  private String base() {
    return "http://127.0.0.1:" + server.getPort();
  }

  private static String document(String accessKeyId) {
    return "{\"AccessKeyId\":\""
        + accessKeyId
        + "\",\"SecretAccessKey\":\""
        + SECRET
        + "\",\"Token\":\""
        + SESSION_TOKEN
        + "\",\"Expiration\":\""
        + EXPIRATION
        + "\",\"AccountId\":\"123456789012\"}";
  }

  private void answer(String body) {
    server.enqueue(new MockResponse.Builder().code(200).body(body).build());
  }

  private void answer(int status, String body) {
    server.enqueue(new MockResponse.Builder().code(status).body(body).build());
  }

  private static Credentials expected(String accessKeyId) {
    return Credentials.of(accessKeyId, SECRET, SESSION_TOKEN, Instant.parse(EXPIRATION));
  }

  @Test
  void theFullUriIsCalledWithoutAuthorizationByDefault() throws Exception {
    variables.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", base() + "/get-credentials?a=1");
    answer(document("ASIAFULL"));

    assertThat(provider().resolveCredentials()).isEqualTo(expected("ASIAFULL"));
    RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/get-credentials?a=1");
    assertThat(request.getHeaders().get("Authorization")).isNull();
    assertThat(request.getHeaders().get("User-Agent")).startsWith("apigw-java/");
  }

  @Test
  void theRelativeUriGoesToTheServiceEndpoint() throws Exception {
    variables.put("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/7d3c-task");
    variables.put("AWS_CONTAINER_SERVICE_ENDPOINT", base());
    answer(document("ASIAREL"));

    assertThat(provider().resolveCredentials()).isEqualTo(expected("ASIAREL"));
    assertThat(server.takeRequest().getTarget()).isEqualTo("/v2/credentials/7d3c-task");
  }

  @Test
  void theRelativeUriWinsOverTheFullUri() throws Exception {
    variables.put("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/relative");
    variables.put("AWS_CONTAINER_SERVICE_ENDPOINT", base());
    variables.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", base() + "/full");
    answer(document("ASIAREL"));

    provider().resolveCredentials();

    assertThat(server.takeRequest().getTarget()).isEqualTo("/relative");
  }

  @Test
  void theRelativeUriDefaultsToTheEcsAgent() {
    variables.put("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/credentials/x");

    assertThat(provider().endpointUrl()).isEqualTo("http://169.254.170.2/v2/credentials/x");
  }

  static Stream<Arguments> settingForms() {
    return Stream.of(
        Arguments.of(
            "properties",
            Map.of(),
            Map.of("aws.containerCredentialsPath", "/p", "aws.containerServiceEndpoint", "SERVER")),
        Arguments.of(
            "property over variable",
            Map.of(
                "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
                "/v",
                "AWS_CONTAINER_SERVICE_ENDPOINT",
                "http://192.0.2.1"),
            Map.of("aws.containerCredentialsPath", "/p", "aws.containerServiceEndpoint", "SERVER")),
        Arguments.of(
            "full URI property",
            Map.of("AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://192.0.2.1/v"),
            Map.of("aws.containerCredentialsFullUri", "SERVER/p")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("settingForms")
  void systemPropertiesCountAndWinOverVariables(
      String name, Map<String, String> vars, Map<String, String> props) throws Exception {
    variables.putAll(vars);
    props.forEach((key, value) -> properties.put(key, value.replace("SERVER", base())));
    answer(document("ASIAPROP"));

    assertThat(provider().resolveCredentials()).isEqualTo(expected("ASIAPROP"));
    assertThat(server.takeRequest().getTarget()).isEqualTo("/p");
  }

  @Test
  void neitherUriSetNamesBothSettings() {
    assertThatThrownBy(provider()::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI")
        .hasMessageContaining("AWS_CONTAINER_CREDENTIALS_FULL_URI");
  }

  static Stream<Arguments> fullUris() {
    return Stream.of(
        Arguments.of("http://127.0.0.1/c", "IPv4", true),
        Arguments.of("http://127.1.2.3:8080/c", "IPv4", true),
        Arguments.of("http://127.255.255.254/c", "IPv4", true),
        Arguments.of("http://[::1]:9/c", "IPv4", true),
        Arguments.of("http://localhost/c", "IPv4", true),
        Arguments.of("http://loop.example/c", "IPv4", true),
        Arguments.of("http://mixed.example/c", "IPv4", false),
        Arguments.of("http://169.254.170.2/v1/credentials", "IPv4", true),
        Arguments.of("http://169.254.170.23/v1/credentials", "IPv4", true),
        Arguments.of("http://[fd00:ec2::23]/v1/credentials", "IPv4", false),
        Arguments.of("http://[fd00:ec2::23]/v1/credentials", "IPv6", true),
        Arguments.of("http://[FD00:EC2::23]/v1/credentials", "IPv6", true),
        Arguments.of("http://169.254.170.23/v1/credentials", "IPv6", false),
        Arguments.of("http://169.254.170.2/v1/credentials", "IPv6", false),
        Arguments.of("http://169.254.169.254/c", "IPv4", false),
        Arguments.of("http://128.0.0.1/c", "IPv4", false),
        Arguments.of("http://192.168.1.1/c", "IPv4", false),
        Arguments.of("http://remote.example/c", "IPv4", false),
        Arguments.of("https://remote.example/c", "IPv4", true),
        Arguments.of("https://203.0.113.7:8443/c", "IPv4", true),
        Arguments.of("HTTP://127.0.0.1/c", "IPv4", true),
        Arguments.of("HTTPS://remote.example/c", "IPv4", false),
        Arguments.of("ftp://127.0.0.1/c", "IPv4", false),
        Arguments.of("127.0.0.1/c", "IPv4", false));
  }

  @ParameterizedTest(name = "{0} in {1} mode: allowed={2}")
  @MethodSource("fullUris")
  void fullUriHostsFollowTheSdksRules(String uri, String mode, boolean allowed) {
    variables.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", uri);
    variables.put("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", mode);
    ContainerCredentialsProvider provider = provider();

    if (allowed) {
      assertThat(provider.endpointUrl()).isEqualToIgnoringCase(uri);
    } else {
      assertThatThrownBy(provider::endpointUrl)
          .isInstanceOf(SdkClientException.class)
          .hasMessageContaining("AWS_CONTAINER_CREDENTIALS_FULL_URI");
    }
  }

  @Test
  void anUnresolvableHttpHostIsAnError() {
    variables.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://nowhere.example/c");

    assertThatThrownBy(provider()::endpointUrl)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("nowhere.example could not be resolved");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "http://192.0.2.10, false",
    "http://127.0.0.9:51679, true",
    "https://agent.example, true"
  })
  void theRelativeUriIsCheckedOnItsServiceEndpointToo(String serviceEndpoint, boolean allowed) {
    variables.put("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "/v2/x");
    variables.put("AWS_CONTAINER_SERVICE_ENDPOINT", serviceEndpoint);
    ContainerCredentialsProvider provider = provider();

    if (allowed) {
      assertThat(provider.endpointUrl()).isEqualTo(serviceEndpoint + "/v2/x");
    } else {
      assertThatThrownBy(provider::endpointUrl)
          .isInstanceOf(SdkClientException.class)
          .hasMessageContaining(
              "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI on AWS_CONTAINER_SERVICE_ENDPOINT");
    }
  }

  @Test
  void theTokenVariableIsSentAsAuthorization() throws Exception {
    variables.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", base() + "/c");
    variables.put("AWS_CONTAINER_AUTHORIZATION_TOKEN", AUTH_TOKEN);
    answer(document("ASIATOKEN"));

    provider().resolveCredentials();

    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo(AUTH_TOKEN);
  }

  @Test
  void theTokenFileIsSentAsAuthorizationAndReadOnEveryFetch() throws Exception {
    Path file = dir.resolve("token");
    Files.write(file, "first-token".getBytes(StandardCharsets.UTF_8));
    variables.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", base() + "/c");
    variables.put("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", file.toString());
    answer(document("ASIAONE"));
    answer(document("ASIATWO"));
    ContainerCredentialsProvider provider = provider();
    provider.resolveCredentials();
    Files.write(file, "second-token".getBytes(StandardCharsets.UTF_8));
    clock.advance(Duration.ofHours(1));

    assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIATWO");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("first-token");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("second-token");
  }

  @Test
  void theTokenFileMayBeNamedByItsProperty() throws Exception {
    Path file = dir.resolve("token");
    Files.write(file, AUTH_TOKEN.getBytes(StandardCharsets.UTF_8));
    variables.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", base() + "/c");
    properties.put("aws.containerAuthorizationTokenFile", file.toString());
    answer(document("ASIAFILE"));

    provider().resolveCredentials();

    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo(AUTH_TOKEN);
  }

  @Test
  void theTokenVariableWinsOverTheTokenFile() throws Exception {
    Path file = dir.resolve("token");
    Files.write(file, "from-file".getBytes(StandardCharsets.UTF_8));
    variables.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", base() + "/c");
    variables.put("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", file.toString());
    variables.put("AWS_CONTAINER_AUTHORIZATION_TOKEN", AUTH_TOKEN);
    answer(document("ASIABOTH"));

    provider().resolveCredentials();

    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo(AUTH_TOKEN);
  }

  @Test
  void theTokenPropertyWinsOverTheTokenVariable() throws Exception {
    variables.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", base() + "/c");
    variables.put("AWS_CONTAINER_AUTHORIZATION_TOKEN", "from-variable");
    properties.put("aws.containerAuthorizationToken", AUTH_TOKEN);
    answer(document("ASIAPROP"));

    provider().resolveCredentials();

    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo(AUTH_TOKEN);
  }

  @Test
  void aBlankTokenFileSendsNoAuthorization() throws Exception {
    Path file = dir.resolve("token");
    Files.write(file, "   ".getBytes(StandardCharsets.UTF_8));
    variables.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", base() + "/c");
    variables.put("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", file.toString());
    answer(document("ASIABLANK"));

    provider().resolveCredentials();

    assertThat(server.takeRequest().getHeaders().get("Authorization")).isNull();
  }

  static Stream<Arguments> badTokens() {
    return Stream.of(
        Arguments.of("variable", AUTH_TOKEN + "\r\nX-Injected: 1", false, "line break"),
        Arguments.of("file with a trailing newline", AUTH_TOKEN + "\n", true, "line break"),
        Arguments.of("file with a carriage return", AUTH_TOKEN + "\rmore", true, "line break"),
        Arguments.of("file with a NUL", AUTH_TOKEN + "\u0000", true, "cannot carry"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badTokens")
  void aTokenThatAHeaderCannotCarryIsRefusedWithoutSendingOrShowingIt(
      String name, String token, boolean inFile, String reason) throws Exception {
    variables.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", base() + "/c");
    if (inFile) {
      Path file = dir.resolve("token");
      Files.write(file, token.getBytes(StandardCharsets.UTF_8));
      variables.put("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", file.toString());
    } else {
      variables.put("AWS_CONTAINER_AUTHORIZATION_TOKEN", token);
    }

    assertThatThrownBy(provider()::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining(reason)
        .hasMessageContaining(
            inFile ? "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE" : "AWS_CONTAINER_AUTHORIZATION_TOKEN")
        .hasMessageNotContaining(AUTH_TOKEN);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anUnreadableTokenFileIsAnErrorNamingTheVariable() {
    variables.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", base() + "/c");
    variables.put("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", dir.resolve("missing").toString());

    assertThatThrownBy(provider()::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE")
        .hasMessageContaining("missing");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void fiveServerErrorsAreRetriedAtOnce() {
    variables.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", base() + "/c");
    for (int i = 0; i < 5; i++) {
      answer(500, "{\"message\":\"busy\"}");
    }
    answer(document("ASIARETRY"));

    assertThat(provider().resolveCredentials()).isEqualTo(expected("ASIARETRY"));
    assertThat(server.getRequestCount()).isEqualTo(6);
  }

  @Test
  void aSixthServerErrorIsTheEnd() {
    variables.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", base() + "/c");
    for (int i = 0; i < 7; i++) {
      answer(503, "{\"message\":\"agent restarting\"}");
    }

    assertThatThrownBy(provider()::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("HTTP 503 after 6 attempts")
        .hasMessageContaining("agent restarting")
        .hasMessageContaining("AWS_CONTAINER_CREDENTIALS_FULL_URI");
    assertThat(server.getRequestCount()).isEqualTo(6);
  }

  @ParameterizedTest(name = "HTTP {0} is not retried")
  @CsvSource({"400", "401", "403", "404", "429"})
  void clientErrorsAreNotRetried(int status) {
    variables.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", base() + "/c");
    answer(status, "{\"message\":\"denied\"}");
    answer(document("ASIANEVER"));

    assertThatThrownBy(provider()::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("HTTP " + status);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aTimeoutIsRetriedAfterOneSecond() {
    variables.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", base() + "/c");
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    answer(document("ASIASLOW"));
    long started = System.nanoTime();

    assertThat(provider().resolveCredentials()).isEqualTo(expected("ASIASLOW"));
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isBetween(Duration.ofMillis(900), Duration.ofSeconds(5));
  }

  @Test
  void anUnreachableEndpointIsTriedSixTimes() throws Exception {
    MockWebServer closed = new MockWebServer();
    closed.start(InetAddress.getByName("127.0.0.1"), 0);
    int port = closed.getPort();
    closed.close();
    variables.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://127.0.0.1:" + port + "/c");

    assertThatThrownBy(provider()::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("could not be reached after 6 attempts");
  }

  @Test
  void anErrorBodyThatHoldsCredentialsIsNotShown() {
    variables.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", base() + "/c");
    answer(403, document("ASIAODD"));

    assertThatThrownBy(provider()::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("HTTP 403")
        .satisfies(ContainerCredentialsProviderTest::assertNoSecret);
  }

  static Stream<Arguments> badDocuments() {
    return Stream.of(
        Arguments.of(
            "{\"AccessKeyId\":\"ASIA\",\"Token\":\"" + SESSION_TOKEN + "\"}", "SecretAccessKey"),
        Arguments.of("{\"SecretAccessKey\":\"" + SECRET + "\"}", "AccessKeyId"),
        Arguments.of("[\"" + SECRET + "\"]", "not a JSON object"),
        Arguments.of("{\"SecretAccessKey\":" + SECRET + "}", "malformed JSON"),
        Arguments.of(document("ASIA").replace(EXPIRATION, "tomorrow"), "\"tomorrow\""));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badDocuments")
  void aBadDocumentIsAnErrorWithoutSecrets(String body, String expected) {
    variables.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", base() + "/c");
    answer(body);

    assertThatThrownBy(provider()::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining(expected)
        .satisfies(ContainerCredentialsProviderTest::assertNoSecret);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2026-06-01T12:00:00+0000",
    "2026-06-01T12:00:00Z",
    "2026-06-01T12:00:00.000Z",
    "2026-06-01T14:00:00+02:00"
  })
  void expirationsAreReadAsTheSdkReadsThem(String expiration) {
    variables.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", base() + "/c");
    answer(document("ASIA").replace(EXPIRATION, expiration));

    assertThat(provider().resolveCredentials().expiration()).contains(Instant.parse(EXPIRATION));
  }

  @Test
  void withoutTokenOrExpirationTheCredentialsAreLongTerm() {
    variables.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", base() + "/c");
    answer("{\"AccessKeyId\":\"AKIALONG\",\"SecretAccessKey\":\"" + SECRET + "\"}");

    assertThat(provider().resolveCredentials()).isEqualTo(Credentials.of("AKIALONG", SECRET));
  }

  @Test
  void credentialsAreCachedAndPrefetchedAnHourLater() {
    variables.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", base() + "/c");
    answer(document("ASIAONE"));
    answer(document("ASIATWO"));
    ContainerCredentialsProvider provider = provider();
    provider.resolveCredentials();
    clock.advance(Duration.ofMinutes(59));

    assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIAONE");
    clock.advance(Duration.ofMinutes(1));
    assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIATWO");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void credentialsAreRefreshedFifteenMinutesBeforeExpiryWhenThatComesFirst() {
    variables.put("AWS_CONTAINER_CREDENTIALS_FULL_URI", base() + "/c");
    answer(document("ASIAONE").replace(EXPIRATION, "2026-06-01T06:30:00Z"));
    answer(document("ASIATWO"));
    ContainerCredentialsProvider provider = provider();
    provider.resolveCredentials();
    clock.advance(Duration.ofMinutes(14));
    assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIAONE");
    clock.advance(Duration.ofMinutes(1));

    assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIATWO");
  }

  @Test
  void toStringShowsNoSecret() {
    variables.put("AWS_CONTAINER_AUTHORIZATION_TOKEN", AUTH_TOKEN);

    assertThat(provider().toString()).isEqualTo("ContainerCredentialsProvider");
  }

  static void assertNoSecret(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage()))
          .doesNotContain(SECRET)
          .doesNotContain(SESSION_TOKEN)
          .doesNotContain(AUTH_TOKEN);
    }
  }
}
