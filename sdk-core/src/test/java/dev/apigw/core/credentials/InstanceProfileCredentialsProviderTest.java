package dev.apigw.core.credentials;

import static dev.apigw.core.internal.metadata.FakeImds.ROLE;
import static dev.apigw.core.internal.metadata.FakeImds.SECRET;
import static dev.apigw.core.internal.metadata.FakeImds.SESSION_TOKEN;
import static dev.apigw.core.internal.metadata.FakeImds.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.credentials.internal.MutableClock;
import dev.apigw.core.credentials.internal.RefreshPolicy;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.metadata.FakeImds;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

class InstanceProfileCredentialsProviderTest {
  private static final Instant LOADED_AT = Instant.parse("2026-06-01T06:00:00Z");
  private static final Instant EXPIRATION = Instant.parse(FakeImds.EXPIRATION);
  private static final List<String> V2_FLOW =
      List.of(
          "PUT /latest/api/token",
          "GET /latest/meta-data/iam/security-credentials/",
          "GET /latest/meta-data/iam/security-credentials/" + ROLE);
  private static final List<String> V1_FLOW = V2_FLOW.subList(1, 3);

  private FakeImds imds;
  private final Map<String, String> variables = new HashMap<>();
  private final Map<String, String> properties = new HashMap<>();
  private final Map<String, String> profile = new HashMap<>();
  private final MutableClock clock = new MutableClock(LOADED_AT);
  private final Logger log = (Logger) LoggerFactory.getLogger("dev.apigw.credentials");
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

  @BeforeEach
  void start() throws Exception {
    imds = new FakeImds();
    variables.put("AWS_EC2_METADATA_SERVICE_ENDPOINT", imds.endpoint());
    lines.start();
    log.addAppender(lines);
    log.setLevel(Level.DEBUG);
    log.setAdditive(false);
  }

  @AfterEach
  void stop() {
    log.detachAppender(lines);
    log.setLevel(null);
    log.setAdditive(true);
    imds.close();
  }

  private InstanceProfileCredentialsProvider provider() {
    return InstanceProfileCredentialsProvider.create(
        Environment.of(variables, properties),
        name -> Optional.ofNullable(profile.get(name)),
        clock,
        RefreshPolicy.instanceProfile(() -> 0));
  }

  private static Credentials expected(String accessKeyId) {
    return Credentials.of(accessKeyId, SECRET, SESSION_TOKEN, EXPIRATION);
  }

  @Test
  void imdsV2TokenThenRoleThenItsCredentials() {
    Credentials credentials = provider().resolveCredentials();

    assertThat(credentials).isEqualTo(expected("ASIAIMDS"));
    assertThat(imds.requestLines()).isEqualTo(V2_FLOW);
    RecordedRequest token = imds.requests().get(0);
    assertThat(token.getHeaders().get("x-aws-ec2-metadata-token-ttl-seconds")).isEqualTo("21600");
    assertThat(token.getHeaders().get("x-aws-ec2-metadata-token")).isNull();
    assertThat(token.getHeaders().get("User-Agent")).startsWith("apigw-java/");
    for (RecordedRequest get : imds.requests().subList(1, 3)) {
      assertThat(get.getHeaders().get("x-aws-ec2-metadata-token")).isEqualTo(TOKEN);
    }
  }

  @Test
  void theFirstLineOfTheRoleListIsTheRole() {
    imds.answer(
        "GET /latest/meta-data/iam/security-credentials/",
        r -> FakeImds.ok(" " + ROLE + "\nother-role\n"));

    assertThat(provider().resolveCredentials()).isEqualTo(expected("ASIAIMDS"));
  }

  @Test
  void noRoleIsAnErrorThatSaysSo() {
    imds.answer("GET /latest/meta-data/iam/security-credentials/", r -> FakeImds.ok(""));

    assertThatThrownBy(provider()::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("names no IAM role");
  }

  @Test
  void anotherCodeThanSuccessIsIgnoredAsTheSdkIgnoresIt() {
    imds.answer(
        "GET /latest/meta-data/iam/security-credentials/" + ROLE,
        r ->
            FakeImds.ok(
                FakeImds.credentials("ASIAIMDS", FakeImds.EXPIRATION)
                    .replace("Success", "Failure")));

    assertThat(provider().resolveCredentials()).isEqualTo(expected("ASIAIMDS"));
  }

  static Stream<Arguments> tokenFailuresThatFallBackToV1() {
    return Stream.of(
        Arguments.of("403", FakeImds.status(403)),
        Arguments.of("404", FakeImds.status(404)),
        Arguments.of("405", FakeImds.status(405)),
        Arguments.of("500", FakeImds.status(500)),
        Arguments.of("503", FakeImds.status(503)),
        Arguments.of("a timeout", FakeImds.stall()));
  }

  @ParameterizedTest(name = "token answer {0}: IMDSv1")
  @MethodSource("tokenFailuresThatFallBackToV1")
  void aTokenFailureOtherThan400FallsBackToImdsV1(String failure, MockResponse answer) {
    variables.put("AWS_METADATA_SERVICE_TIMEOUT", "0.3");
    imds.answer("PUT /latest/api/token", r -> answer);

    Credentials credentials = provider().resolveCredentials();

    assertThat(credentials).isEqualTo(expected("ASIAIMDS"));
    assertThat(imds.requestLines()).endsWith(V1_FLOW.toArray(new String[0]));
    for (RecordedRequest get : imds.requests().subList(1, 3)) {
      assertThat(get.getHeaders().get("x-aws-ec2-metadata-token")).isNull();
    }
  }

  @Test
  void aTokenThatNoHeaderCanCarryCountsAsATokenFailure() {
    imds.answer("PUT /latest/api/token", r -> FakeImds.ok(TOKEN + "\r\nX-Injected: 1"));

    assertThat(provider().resolveCredentials()).isEqualTo(expected("ASIAIMDS"));
    assertThat(imds.requests().get(1).getHeaders().get("x-aws-ec2-metadata-token")).isNull();
    assertThat(imds.requests().get(1).getHeaders().get("X-Injected")).isNull();
  }

  @Test
  void aTokenAnswer400IsAnErrorWithoutFallback() {
    imds.answer("PUT /latest/api/token", r -> FakeImds.status(400));

    assertThatThrownBy(provider()::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("HTTP 400")
        .hasMessageContaining("/latest/api/token");
    assertThat(imds.requestLines()).containsExactly("PUT /latest/api/token");
  }

  static Stream<Arguments> v1DisabledSources() {
    return Stream.of(
        Arguments.of(
            "variable", Map.of("AWS_EC2_METADATA_V1_DISABLED", "true"), Map.of(), Map.of()),
        Arguments.of("property", Map.of(), Map.of("aws.disableEc2MetadataV1", "TRUE"), Map.of()),
        Arguments.of("profile", Map.of(), Map.of(), Map.of("ec2_metadata_v1_disabled", "true")),
        Arguments.of(
            "property over variable",
            Map.of("AWS_EC2_METADATA_V1_DISABLED", "false"),
            Map.of("aws.disableEc2MetadataV1", "true"),
            Map.of()),
        Arguments.of(
            "variable over profile",
            Map.of("AWS_EC2_METADATA_V1_DISABLED", "true"),
            Map.of(),
            Map.of("ec2_metadata_v1_disabled", "false")));
  }

  @ParameterizedTest(name = "IMDSv1 disabled by {0}")
  @MethodSource("v1DisabledSources")
  void withImdsV1DisabledATokenFailureIsAnError(
      String source,
      Map<String, String> vars,
      Map<String, String> props,
      Map<String, String> profileValues) {
    variables.putAll(vars);
    properties.putAll(props);
    profile.putAll(profileValues);
    imds.answer("PUT /latest/api/token", r -> FakeImds.status(403));

    assertThatThrownBy(provider()::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("HTTP 403")
        .hasMessageContaining("AWS_EC2_METADATA_V1_DISABLED");
    assertThat(imds.requestLines()).containsExactly("PUT /latest/api/token");
  }

  @Test
  void withImdsV1DisabledAWorkingTokenIsFine() {
    variables.put("AWS_EC2_METADATA_V1_DISABLED", "true");

    assertThat(provider().resolveCredentials()).isEqualTo(expected("ASIAIMDS"));
  }

  @Test
  void v1DisabledFalseInTheVariableOverridesTheProfile() {
    variables.put("AWS_EC2_METADATA_V1_DISABLED", "false");
    profile.put("ec2_metadata_v1_disabled", "true");
    imds.answer("PUT /latest/api/token", r -> FakeImds.status(403));

    assertThat(provider().resolveCredentials()).isEqualTo(expected("ASIAIMDS"));
  }

  @Test
  void aNonBooleanV1DisabledIsAnError() {
    variables.put("AWS_EC2_METADATA_V1_DISABLED", "yes");
    imds.answer("PUT /latest/api/token", r -> FakeImds.status(403));

    assertThatThrownBy(provider()::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("AWS_EC2_METADATA_V1_DISABLED")
        .hasMessageContaining("'yes'");
  }

  @Test
  void a401OnAGetIsAnErrorAndNoNewTokenIsFetched() {
    imds.answer("GET /latest/meta-data/iam/security-credentials/", r -> FakeImds.status(401));

    assertThatThrownBy(provider()::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("HTTP 401");
    assertThat(imds.requestLines())
        .containsExactly(
            "PUT /latest/api/token", "GET /latest/meta-data/iam/security-credentials/");
  }

  @Test
  void eachRequestIsSentOnceEvenOn5xx() {
    imds.answer(
        "GET /latest/meta-data/iam/security-credentials/" + ROLE, r -> FakeImds.status(503));
    variables.put("AWS_METADATA_SERVICE_NUM_ATTEMPTS", "5");

    assertThatThrownBy(provider()::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("HTTP 503")
        .hasMessageContaining("getting the credentials of role " + ROLE)
        .hasMessageContaining(
            "from AWS_EC2_METADATA_SERVICE_ENDPOINT (aws.ec2MetadataServiceEndpoint)");
    assertThat(imds.requestLines()).isEqualTo(V2_FLOW);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"true", "TRUE", "True"})
  void disabledMetadataFailsAtOnceWithoutIo(String value) {
    variables.put("AWS_EC2_METADATA_DISABLED", value);

    assertThatThrownBy(provider()::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("AWS_EC2_METADATA_DISABLED");
    assertThat(imds.requests()).isEmpty();
  }

  @Test
  void theDisabledPropertyWinsOverTheVariable() {
    variables.put("AWS_EC2_METADATA_DISABLED", "true");
    properties.put("aws.disableEc2Metadata", "false");

    assertThat(provider().resolveCredentials()).isEqualTo(expected("ASIAIMDS"));
  }

  @Test
  void disabledMetadataIsNotReadFromTheProfile() {
    profile.put("aws.disableEc2Metadata", "true");
    profile.put("AWS_EC2_METADATA_DISABLED", "true");

    assertThat(provider().resolveCredentials()).isEqualTo(expected("ASIAIMDS"));
  }

  @Test
  void aNonBooleanDisabledValueIsAnErrorWithoutIo() {
    variables.put("AWS_EC2_METADATA_DISABLED", "maybe");

    assertThatThrownBy(provider()::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("AWS_EC2_METADATA_DISABLED")
        .hasMessageContaining("neither true nor false");
    assertThat(imds.requests()).isEmpty();
  }

  @Test
  void errorsNameTheProfileSettingThatGaveTheEndpoint() {
    variables.remove("AWS_EC2_METADATA_SERVICE_ENDPOINT");
    profile.put("ec2_metadata_service_endpoint", imds.endpoint());
    imds.answer("GET /latest/meta-data/iam/security-credentials/", r -> FakeImds.status(404));

    assertThatThrownBy(provider()::resolveCredentials)
        .hasMessageContaining("HTTP 404 (not found)")
        .hasMessageContaining("from the profile's ec2_metadata_service_endpoint");
  }

  @Test
  void theEndpointMayComeFromTheProfile() {
    variables.remove("AWS_EC2_METADATA_SERVICE_ENDPOINT");
    profile.put("ec2_metadata_service_endpoint", imds.endpoint() + "/");

    assertThat(provider().resolveCredentials()).isEqualTo(expected("ASIAIMDS"));
  }

  @Test
  void credentialsAreCachedUntilPrefetchTime() {
    InstanceProfileCredentialsProvider provider = provider();
    provider.resolveCredentials();
    clock.advance(Duration.ofMinutes(179));

    provider.resolveCredentials();

    assertThat(imds.requests()).hasSize(3);
  }

  @Test
  void credentialsArePrefetchedAfterHalfTheirLifetime() {
    InstanceProfileCredentialsProvider provider = provider();
    provider.resolveCredentials();
    imds.answer(
        "GET /latest/meta-data/iam/security-credentials/" + ROLE,
        r -> FakeImds.ok(FakeImds.credentials("ASIANEXT", "2026-06-01T18:00:00Z")));
    clock.advance(Duration.ofHours(3));

    Credentials credentials = provider.resolveCredentials();

    assertThat(credentials.accessKeyId()).isEqualTo("ASIANEXT");
    assertThat(imds.requests()).hasSize(6);
  }

  @Test
  void staticStabilityKeepsExpiredCredentialsWhenTheServiceIsDown() {
    InstanceProfileCredentialsProvider provider = provider();
    Credentials first = provider.resolveCredentials();
    imds.answer("PUT /latest/api/token", r -> FakeImds.status(400));
    clock.set(EXPIRATION.plusSeconds(30));

    Credentials during = provider.resolveCredentials();

    assertThat(during).isEqualTo(first);
    assertThat(lines.list)
        .anyMatch(
            line ->
                line.getLevel() == Level.WARN
                    && line.getFormattedMessage().contains("expired credentials stay in use"));
    assertThat(lines.list)
        .noneMatch(
            line ->
                line.getFormattedMessage().contains(SECRET)
                    || line.getFormattedMessage().contains(SESSION_TOKEN)
                    || line.getFormattedMessage().contains(TOKEN));
  }

  @Test
  void staticStabilityRetriesSoonAfterAFailureAndRecovers() {
    InstanceProfileCredentialsProvider provider = provider();
    provider.resolveCredentials();
    imds.answer("PUT /latest/api/token", r -> FakeImds.status(400));
    clock.set(EXPIRATION.plusSeconds(30));
    provider.resolveCredentials();
    int afterFailure = imds.requests().size();
    imds.answer("PUT /latest/api/token", r -> FakeImds.ok(TOKEN));
    imds.answer(
        "GET /latest/meta-data/iam/security-credentials/" + ROLE,
        r -> FakeImds.ok(FakeImds.credentials("ASIANEXT", "2026-06-01T18:00:00Z")));

    provider.resolveCredentials(); // within the 1 ms backoff: still the old ones, no request
    assertThat(imds.requests()).hasSize(afterFailure);
    clock.advance(Duration.ofMillis(2));

    assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIANEXT");
  }

  @Test
  void credentialsHandedOutExpiredAreUsedForAMinuteAtLeast() {
    imds.answer(
        "GET /latest/meta-data/iam/security-credentials/" + ROLE,
        r -> FakeImds.ok(FakeImds.credentials("ASIAOLD", "2026-06-01T05:00:00Z")));
    InstanceProfileCredentialsProvider provider = provider();

    assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIAOLD");
    clock.advance(Duration.ofSeconds(59));
    provider.resolveCredentials();

    assertThat(imds.requests()).hasSize(3);
    assertThat(lines.list)
        .anyMatch(
            line ->
                line.getLevel() == Level.WARN
                    && line.getFormattedMessage().contains("returned credentials that expired"));
    clock.advance(Duration.ofSeconds(2));
    provider.resolveCredentials();
    assertThat(imds.requests()).hasSize(6);
  }

  @Test
  void withoutCachedCredentialsAFailureIsThrown() {
    imds.answer("GET /latest/meta-data/iam/security-credentials/", r -> FakeImds.status(404));

    assertThatThrownBy(provider()::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("HTTP 404");
  }

  static Stream<Arguments> badDocuments() {
    return Stream.of(
        Arguments.of(
            "no secret",
            "{\"AccessKeyId\":\"ASIA\",\"Token\":\"" + SESSION_TOKEN + "\"}",
            "SecretAccessKey"),
        Arguments.of(
            "no key id",
            "{\"SecretAccessKey\":\"" + SECRET + "\",\"Token\":\"" + SESSION_TOKEN + "\"}",
            "AccessKeyId"),
        Arguments.of(
            "not JSON",
            "SecretAccessKey=" + SECRET + " Token=" + SESSION_TOKEN,
            "not a credentials document"),
        Arguments.of(
            "cut short",
            "{\"SecretAccessKey\":\"" + SECRET + "\",\"Token\":\"" + SESSION_TOKEN,
            "not a credentials document"),
        Arguments.of(
            "bad expiration", FakeImds.credentials("ASIA", "soon"), "'soon'".replace("'", "\"")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDocuments")
  void aBadDocumentIsAnErrorThatShowsNoSecret(String name, String body, String expectedText) {
    imds.answer("GET /latest/meta-data/iam/security-credentials/" + ROLE, r -> FakeImds.ok(body));

    assertThatThrownBy(provider()::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining(expectedText)
        .satisfies(e -> assertNoSecret(e));
  }

  @Test
  void anErrorBodyWithASecretIsNotShown() {
    imds.answer(
        "GET /latest/meta-data/iam/security-credentials/" + ROLE,
        r ->
            new MockResponse.Builder()
                .code(500)
                .body("{\"message\":\"oops\",\"SecretAccessKey\":\"" + SECRET + "\"}")
                .build());

    assertThatThrownBy(provider()::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("HTTP 500")
        .satisfies(e -> assertNoSecret(e));
  }

  @Test
  void anErrorBodysMessageIsShown() {
    imds.answer(
        "GET /latest/meta-data/iam/security-credentials/" + ROLE,
        r ->
            new MockResponse.Builder()
                .code(500)
                .body("{\"message\":\"the role is being updated\"}")
                .build());

    assertThatThrownBy(provider()::resolveCredentials)
        .hasMessageContaining("the role is being updated");
  }

  @Test
  void toStringsShowNoSecret() {
    InstanceProfileCredentialsProvider provider = provider();
    Credentials credentials = provider.resolveCredentials();

    assertThat(provider.toString()).isEqualTo("InstanceProfileCredentialsProvider");
    assertThat(credentials.toString()).doesNotContain(SECRET).doesNotContain(SESSION_TOKEN);
  }

  static void assertNoSecret(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage()))
          .doesNotContain(SECRET)
          .doesNotContain(SESSION_TOKEN)
          .doesNotContain(TOKEN);
      assertThat(t.toString())
          .doesNotContain(SECRET)
          .doesNotContain(SESSION_TOKEN)
          .doesNotContain(TOKEN);
    }
  }
}
