package dev.apigw.core.internal.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.FakeTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class Ec2MetadataClientTest {
  private FakeImds imds;
  private final FakeTime time = new FakeTime();

  @BeforeEach
  void start() throws Exception {
    imds = new FakeImds();
  }

  @AfterEach
  void stop() {
    imds.close();
  }

  private static Ec2MetadataClient client(
      Map<String, String> variables, Map<String, String> properties, Map<String, String> profile) {
    return Ec2MetadataClient.create(
        Environment.of(variables, properties), name -> Optional.ofNullable(profile.get(name)));
  }

  private Ec2MetadataClient clientOnFake(Map<String, String> variables) {
    Map<String, String> all = new HashMap<>(variables);
    all.put("AWS_EC2_METADATA_SERVICE_ENDPOINT", imds.endpoint());
    return Ec2MetadataClient.create(Environment.of(all, Map.of()), name -> Optional.empty(), time);
  }

  static Stream<Arguments> endpoints() {
    String v = "AWS_EC2_METADATA_SERVICE_ENDPOINT";
    String p = "aws.ec2MetadataServiceEndpoint";
    String f = "ec2_metadata_service_endpoint";
    String mv = "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE";
    String mp = "aws.ec2MetadataServiceEndpointMode";
    String mf = "ec2_metadata_service_endpoint_mode";
    return Stream.of(
        Arguments.of("nothing set", Map.of(), Map.of(), Map.of(), "http://169.254.169.254"),
        Arguments.of(
            "mode IPv6 (variable)",
            Map.of(mv, "IPv6"),
            Map.of(),
            Map.of(),
            "http://[fd00:ec2::254]"),
        Arguments.of(
            "mode ipv6 any case", Map.of(mv, "ipv6"), Map.of(), Map.of(), "http://[fd00:ec2::254]"),
        Arguments.of("mode IPv4", Map.of(mv, "IPV4"), Map.of(), Map.of(), "http://169.254.169.254"),
        Arguments.of(
            "mode property over variable",
            Map.of(mv, "IPv4"),
            Map.of(mp, "IPv6"),
            Map.of(),
            "http://[fd00:ec2::254]"),
        Arguments.of(
            "mode from the profile",
            Map.of(),
            Map.of(),
            Map.of(mf, "IPv6"),
            "http://[fd00:ec2::254]"),
        Arguments.of(
            "mode variable over profile",
            Map.of(mv, "IPv4"),
            Map.of(),
            Map.of(mf, "IPv6"),
            "http://169.254.169.254"),
        Arguments.of(
            "endpoint variable",
            Map.of(v, "http://127.0.0.1:1338"),
            Map.of(),
            Map.of(),
            "http://127.0.0.1:1338"),
        Arguments.of(
            "endpoint property over variable",
            Map.of(v, "http://127.0.0.1:1"),
            Map.of(p, "http://[::1]:2"),
            Map.of(),
            "http://[::1]:2"),
        Arguments.of(
            "endpoint over mode",
            Map.of(v, "http://127.0.0.1:3", mv, "IPv6"),
            Map.of(),
            Map.of(),
            "http://127.0.0.1:3"),
        Arguments.of(
            "endpoint from the profile",
            Map.of(),
            Map.of(),
            Map.of(f, "http://127.0.0.2"),
            "http://127.0.0.2"),
        Arguments.of(
            "profile endpoint over variable mode",
            Map.of(mv, "IPv6"),
            Map.of(),
            Map.of(f, "http://127.0.0.2"),
            "http://127.0.0.2"),
        Arguments.of(
            "variable endpoint over profile endpoint",
            Map.of(v, "http://127.0.0.4"),
            Map.of(),
            Map.of(f, "http://127.0.0.2"),
            "http://127.0.0.4"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void theEndpointFollowsTheSdksPrecedence(
      String name,
      Map<String, String> variables,
      Map<String, String> properties,
      Map<String, String> profile,
      String expected) {
    assertThat(client(variables, properties, profile).endpoint()).isEqualTo(expected);
  }

  @Test
  void anUnknownEndpointModeIsAnErrorNamingTheSetting() {
    assertThatThrownBy(
            () ->
                client(Map.of("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", "IPv5"), Map.of(), Map.of())
                    .endpoint())
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("IPv5")
        .hasMessageContaining("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE");
  }

  @ParameterizedTest(name = "{0} -> {1} ms")
  @CsvSource({"1, 1000", "2, 2000", "0.5, 500", "1.25, 1250", "10, 10000", "0.0004, 0"})
  void theTimeoutIsInSecondsWholeOrDecimal(String value, long millis) {
    assertThat(client(Map.of("AWS_METADATA_SERVICE_TIMEOUT", value), Map.of(), Map.of()).timeout())
        .isEqualTo(Duration.ofMillis(millis));
  }

  @Test
  void theTimeoutDefaultsToOneSecondAndComesFromPropertyVariableThenProfile() {
    assertThat(client(Map.of(), Map.of(), Map.of()).timeout()).isEqualTo(Duration.ofSeconds(1));
    assertThat(client(Map.of(), Map.of(), Map.of("metadata_service_timeout", "3")).timeout())
        .isEqualTo(Duration.ofSeconds(3));
    assertThat(
            client(
                    Map.of("AWS_METADATA_SERVICE_TIMEOUT", "4"),
                    Map.of(),
                    Map.of("metadata_service_timeout", "3"))
                .timeout())
        .isEqualTo(Duration.ofSeconds(4));
    assertThat(
            client(
                    Map.of("AWS_METADATA_SERVICE_TIMEOUT", "4"),
                    Map.of("aws.ec2MetadataServiceTimeout", "5"),
                    Map.of())
                .timeout())
        .isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void aTimeoutThatIsNotANumberIsAnError() {
    assertThatThrownBy(
            () ->
                client(Map.of("AWS_METADATA_SERVICE_TIMEOUT", "fast"), Map.of(), Map.of())
                    .timeout())
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("AWS_METADATA_SERVICE_TIMEOUT")
        .hasMessageContaining("'fast'");
  }

  @Test
  void theRegionComesFromTheIdentityDocumentWithAToken() throws Exception {
    imds.requireToken("GET /latest/dynamic/instance-identity/document");
    Ec2MetadataClient client = clientOnFake(Map.of());

    assertThat(client.region()).contains("eu-west-3");
    assertThat(imds.requestLines())
        .containsExactly("PUT /latest/api/token", "GET /latest/dynamic/instance-identity/document");
  }

  @Test
  void aRegionFoundIsKept() {
    Ec2MetadataClient client = clientOnFake(Map.of());
    client.region();

    assertThat(client.region()).contains("eu-west-3");
    assertThat(imds.requests()).hasSize(2);
  }

  @Test
  void theRegionLookupFallsBackToImdsV1() {
    imds.answer("PUT /latest/api/token", r -> FakeImds.status(403));

    assertThat(clientOnFake(Map.of()).region()).contains("eu-west-3");
    assertThat(imds.requests().get(1).getHeaders().get("x-aws-ec2-metadata-token")).isNull();
  }

  @Test
  void theRegionLookupTriesThreeTimesWithTheSdksPauses() {
    imds.answer("GET /latest/dynamic/instance-identity/document", r -> FakeImds.status(500));

    assertThatThrownBy(() -> clientOnFake(Map.of()).region())
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("HTTP 500")
        .hasMessageContaining("3 attempts");
    assertThat(imds.requestLines()).filteredOn(line -> line.startsWith("GET")).hasSize(3);
    assertThat(time.sleeps())
        .containsExactly(Duration.ofMillis(250).toNanos(), Duration.ofMillis(500).toNanos());
  }

  @Test
  void theRegionLookupRecoversOnALaterAttempt() {
    int[] calls = {0};
    imds.answer(
        "GET /latest/dynamic/instance-identity/document",
        r -> ++calls[0] < 3 ? FakeImds.status(503) : FakeImds.ok("{\"region\":\"ap-south-2\"}"));

    assertThat(clientOnFake(Map.of()).region()).contains("ap-south-2");
  }

  @Test
  void noDocumentOrNoRegionIsEmpty() {
    imds.answer("GET /latest/dynamic/instance-identity/document", r -> FakeImds.status(404));
    assertThat(clientOnFake(Map.of()).region()).isEmpty();

    imds.answer(
        "GET /latest/dynamic/instance-identity/document",
        r -> FakeImds.ok("{\"accountId\":\"1\"}"));
    assertThat(clientOnFake(Map.of()).region()).isEmpty();

    imds.answer("GET /latest/dynamic/instance-identity/document", r -> FakeImds.ok("not json"));
    assertThat(clientOnFake(Map.of()).region()).isEmpty();
  }

  @Test
  void disabledMetadataHasNoRegionAndDoesNoIo() {
    assertThat(clientOnFake(Map.of("AWS_EC2_METADATA_DISABLED", "true")).region()).isEmpty();
    assertThat(imds.requests()).isEmpty();
  }

  @Test
  void aTokenAnswer400FailsTheRegionLookup() {
    imds.answer("PUT /latest/api/token", r -> FakeImds.status(400));

    assertThatThrownBy(() -> clientOnFake(Map.of()).region())
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("HTTP 400");
  }

  @Test
  void aSessionNeverShowsItsToken() {
    Ec2MetadataClient.Session session = clientOnFake(Map.of()).session(Duration.ofSeconds(1));

    assertThat(session.hasToken()).isTrue();
    assertThat(session.toString()).doesNotContain(FakeImds.TOKEN).contains("IMDSv2");
  }
}
