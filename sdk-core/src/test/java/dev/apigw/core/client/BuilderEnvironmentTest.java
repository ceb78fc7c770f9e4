package dev.apigw.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.http.ErrorFactory;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.retry.RetryStrategy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What {@code build()} reads from the environment, the system properties and the profile files when
 * unset.
 */
class BuilderEnvironmentTest {
  private static final ErrorFactory ERRORS = (details, fields) -> new ServiceException(details);
  @TempDir Path home;
  private final Map<String, String> variables = new HashMap<>();
  private final Map<String, String> properties = new HashMap<>();

  @BeforeEach
  void isolate() {
    variables.put("HOME", home.toString());
    variables.put("AWS_EC2_METADATA_DISABLED", "true");
    variables.put("AWS_ACCESS_KEY_ID", "AKID");
    variables.put("AWS_SECRET_ACCESS_KEY", "secret");
  }

  private void config(String text) throws Exception {
    Files.createDirectories(home.resolve(".aws"));
    Files.writeString(home.resolve(".aws/config"), text);
  }

  private TestClient build(TestClient.Builder builder) {
    return builder.buildWith(Environment.of(variables, properties));
  }

  private TestClient build() {
    return build(TestClient.builder(ERRORS));
  }

  @Test
  void theRegionComesFromThePropertyTheVariableTheProfileThenTheCliVariable() throws Exception {
    config("[default]\nregion = eu-west-3\n");
    variables.put("AWS_DEFAULT_REGION", "us-west-1");
    assertThat(build().runtime().region()).isEqualTo("eu-west-3");
    variables.put("AWS_REGION", "ap-south-1");
    assertThat(build().runtime().region()).isEqualTo("ap-south-1");
    properties.put("aws.region", "eu-north-1");
    assertThat(build().runtime().region()).isEqualTo("eu-north-1");
    assertThat(build(TestClient.builder(ERRORS).region("sa-east-1")).runtime().region())
        .isEqualTo("sa-east-1");
    Files.delete(home.resolve(".aws/config"));
    properties.clear();
    variables.remove("AWS_REGION");
    assertThat(build().runtime().region()).isEqualTo("us-west-1");
  }

  @Test
  void noRegionWithInstanceMetadataDisabledFailsAtBuild() {
    assertThatThrownBy(this::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TestClient builder: no region")
        .hasMessageContaining("AWS_REGION");
  }

  @Test
  void withInstanceMetadataAvailableTheRegionWaitsForTheFirstCall() {
    variables.remove("AWS_EC2_METADATA_DISABLED");
    variables.put(
        "AWS_EC2_METADATA_SERVICE_ENDPOINT", "http://127.0.0.1:9"); // nothing listens: fails fast
    TestClient client = build();
    assertThat(client.runtime().toString())
        .contains("region=(from instance metadata, on the first call)");
    assertThatThrownBy(() -> client.runtime().region())
        .hasMessageContaining("Unable to load the region")
        .hasMessageContaining("the EC2 instance metadata failed");
  }

  @ParameterizedTest
  @CsvSource({
    "us-east-1, false, false, https://apigateway.us-east-1.amazonaws.com",
    "us-east-1, true, false, https://apigateway-fips.us-east-1.amazonaws.com",
    "us-east-1, false, true, https://apigateway.us-east-1.api.aws",
    "cn-north-1, false, false, https://apigateway.cn-north-1.amazonaws.com.cn",
  })
  void fipsAndDualStackComeFromTheBuilderOrTheEnvironment(
      String region, boolean fips, boolean dualstack, String endpoint) throws Exception {
    assertThat(
            build(
                    TestClient.builder(ERRORS)
                        .region(region)
                        .fipsEnabled(fips)
                        .dualstackEnabled(dualstack))
                .runtime()
                .endpoint())
        .isEqualTo(URI.create(endpoint));
    variables.put("AWS_USE_FIPS_ENDPOINT", Boolean.toString(fips));
    properties.put("aws.useDualstackEndpoint", Boolean.toString(dualstack));
    assertThat(build(TestClient.builder(ERRORS).region(region)).runtime().endpoint())
        .isEqualTo(URI.create(endpoint));
    variables.remove("AWS_USE_FIPS_ENDPOINT");
    properties.clear();
    config(
        "[default]\nuse_fips_endpoint = "
            + fips
            + "\nuse_dualstack_endpoint = "
            + dualstack
            + "\n");
    assertThat(build(TestClient.builder(ERRORS).region(region)).runtime().endpoint())
        .isEqualTo(URI.create(endpoint));
  }

  @Test
  void aBadBooleanIsNamedWithItsSource() {
    variables.put("AWS_USE_FIPS_ENDPOINT", "yes");
    assertThatThrownBy(() -> build(TestClient.builder(ERRORS).region("us-east-1")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "the environment variable AWS_USE_FIPS_ENDPOINT must be true or false, not 'yes'");
  }

  @Test
  void configuredEndpointsFollowTheAwsSdksOrder() throws Exception {
    config(
        "[default]\nregion = us-east-1\nendpoint_url = http://localhost:6000\nservices = local\n"
            + "[services local]\napigateway =\n  endpoint_url = http://localhost:6001\n");
    assertThat(build().runtime().endpoint()).isEqualTo(URI.create("http://localhost:6001"));
    variables.put("AWS_ENDPOINT_URL", "http://localhost:5000");
    assertThat(build().runtime().endpoint()).isEqualTo(URI.create("http://localhost:5000"));
    variables.put("AWS_ENDPOINT_URL_APIGATEWAY", "http://localhost:4000");
    assertThat(build().runtime().endpoint()).isEqualTo(URI.create("http://localhost:4000"));
    properties.put(
        "aws.endpointUrl", "http://localhost:5001"); // a property wins over every variable
    assertThat(build().runtime().endpoint()).isEqualTo(URI.create("http://localhost:5001"));
    properties.put(
        "aws.endpointUrlTest", "http://localhost:4001"); // the property is named after TestClient
    assertThat(build().runtime().endpoint()).isEqualTo(URI.create("http://localhost:4001"));
    assertThat(
            build(TestClient.builder(ERRORS).endpoint(URI.create("http://127.0.0.1:1")))
                .runtime()
                .endpoint())
        .isEqualTo(URI.create("http://127.0.0.1:1"));
    variables.put("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true");
    assertThat(build().runtime().endpoint())
        .isEqualTo(URI.create("https://apigateway.us-east-1.amazonaws.com"));
  }

  @Test
  void anInvalidConfiguredEndpointIsNamedWithItsSource() {
    variables.put("AWS_REGION", "us-east-1");
    variables.put("AWS_ENDPOINT_URL", "ftp://example.com");
    assertThatThrownBy(this::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "the endpoint from the environment variable AWS_ENDPOINT_URL is not valid");
  }

  @Test
  void theRulesRefuseFipsWithACustomEndpoint() {
    variables.put("AWS_REGION", "us-east-1");
    variables.put("AWS_ENDPOINT_URL", "http://localhost:5000");
    variables.put("AWS_USE_FIPS_ENDPOINT", "true");
    assertThatThrownBy(this::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("FIPS");
  }

  @Test
  void retrySettingsComeFromTheEnvironmentWhenTheBuilderSetsNone() throws Exception {
    variables.put("AWS_REGION", "us-east-1");
    config("[default]\nretry_mode = adaptive\nmax_attempts = 7\n");
    assertThat(build().runtime().toString())
        .contains(RetryStrategy.adaptive().withMaxAttempts(7).toString());
    variables.put("AWS_RETRY_MODE", "legacy");
    assertThat(build().runtime().toString())
        .contains(RetryStrategy.standard().withMaxAttempts(7).toString());
    properties.put("aws.maxAttempts", "2");
    assertThat(build().runtime().toString())
        .contains(RetryStrategy.standard().withMaxAttempts(2).toString());
    assertThat(
            build(TestClient.builder(ERRORS).retryStrategy(RetryStrategy.none()))
                .runtime()
                .toString())
        .contains(RetryStrategy.none().toString());
    properties.put("aws.retryMode", "aggressive");
    assertThatThrownBy(this::build)
        .hasMessageContaining(
            "the system property aws.retryMode must be standard, "
                + "adaptive or legacy, not 'aggressive'");
    properties.put("aws.retryMode", "standard");
    properties.put("aws.maxAttempts", "0");
    assertThatThrownBy(this::build)
        .hasMessageContaining("aws.maxAttempts must be at least 1, not 0");
  }
}
