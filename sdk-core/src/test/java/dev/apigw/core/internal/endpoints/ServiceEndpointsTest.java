package dev.apigw.core.internal.endpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceEndpointsTest {

  /**
   * The standard pattern's answer; a configured endpoint short-cuts before any rule set either way.
   */
  private static URI resolve(String region, boolean fips, boolean dualstack, URI endpoint) {
    return ServiceEndpoints.resolve(null, "apigateway", region, fips, dualstack, endpoint);
  }

  @ParameterizedTest
  @CsvSource({
    "us-east-1, http://127.0.0.1:8080",
    "cn-north-1, https://apigateway.internal.example.com/base",
    "us-gov-west-1, http://localhost:4566",
    "eu-isoe-west-1, https://vpce-0123.execute-api.eu-west-1.vpce.amazonaws.com",
  })
  void aConfiguredEndpointWithoutFipsOrDualStackIsWhatTheRuleSetAnswers(
      String region, String endpoint) {
    URI configured = URI.create(endpoint);
    URI fromRules =
        ProjectRuleSet.load()
            .resolve(EndpointParameters.builder().region(region).endpoint(endpoint).build());
    assertThat(resolve(region, false, false, configured))
        .isEqualTo(fromRules)
        .isEqualTo(configured);
  }

  @Test
  void withFipsOrDualStackAConfiguredEndpointIsRefusedAsByTheRules() {
    URI configured = URI.create("http://127.0.0.1:8080");
    assertThatThrownBy(
            () ->
                ProjectRuleSet.load()
                    .resolve(
                        EndpointParameters.builder()
                            .region("us-east-1")
                            .useFips(true)
                            .endpoint(configured.toString())
                            .build()))
        .isInstanceOf(EndpointResolutionException.class);
    assertThatThrownBy(() -> resolve("us-east-1", true, false, configured))
        .isInstanceOf(EndpointResolutionException.class)
        .hasMessageContaining("FIPS");
    assertThatThrownBy(() -> resolve("us-east-1", false, true, configured))
        .isInstanceOf(EndpointResolutionException.class)
        .hasMessageContaining("Dualstack");
  }

  @Test
  void theRegionMustBeAHostLabelEvenWithAConfiguredEndpoint() {
    assertThatThrownBy(() -> resolve("eu_west_1", false, false, URI.create("http://127.0.0.1:1")))
        .isInstanceOf(EndpointResolutionException.class)
        .hasMessageContaining("not a valid host label");
  }
}
