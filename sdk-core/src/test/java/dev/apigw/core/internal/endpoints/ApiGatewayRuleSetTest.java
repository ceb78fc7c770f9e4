package dev.apigw.core.internal.endpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The project's API Gateway rule set on the standard cases. Each expected URL is the rule set's
 * template for the case ({@code https://apigateway[-fips].{Region}.{dnsSuffix or
 * dualStackDnsSuffix}}) with the partition's suffix from partitions.json; each expected error is
 * the rule set's message.
 */
class ApiGatewayRuleSetTest {
  private static EndpointRuleSet ruleSet;

  @BeforeAll
  static void load() {
    ruleSet = ProjectRuleSet.load();
  }

  @ParameterizedTest(name = "{0} FIPS={1} dual-stack={2} endpoint={3}")
  @CsvSource({
    "us-east-1,       false, false, ,                    https://apigateway.us-east-1.amazonaws.com",
    "us-east-1,       true,  false, ,                    https://apigateway-fips.us-east-1.amazonaws.com",
    "us-east-1,       false, true,  ,                    https://apigateway.us-east-1.api.aws",
    "us-east-1,       true,  true,  ,                    https://apigateway-fips.us-east-1.api.aws",
    "eu-central-2,    false, false, ,                    https://apigateway.eu-central-2.amazonaws.com",
    "aws-global,      false, false, ,                    https://apigateway.aws-global.amazonaws.com",
    "us-gov-west-1,   false, false, ,                    https://apigateway.us-gov-west-1.amazonaws.com",
    "us-gov-west-1,   true,  false, ,                    https://apigateway-fips.us-gov-west-1.amazonaws.com",
    "us-gov-east-1,   false, true,  ,                    https://apigateway.us-gov-east-1.api.aws",
    "us-gov-east-1,   true,  true,  ,                    https://apigateway-fips.us-gov-east-1.api.aws",
    "cn-north-1,      false, false, ,                    https://apigateway.cn-north-1.amazonaws.com.cn",
    "cn-north-1,      true,  false, ,                    https://apigateway-fips.cn-north-1.amazonaws.com.cn",
    "cn-northwest-1,  false, true,  ,                    https://apigateway.cn-northwest-1.api.amazonwebservices.com.cn",
    "cn-northwest-1,  true,  true,  ,                    https://apigateway-fips.cn-northwest-1.api.amazonwebservices.com.cn",
    "eusc-de-east-1,  false, false, ,                    https://apigateway.eusc-de-east-1.amazonaws.eu",
    "eusc-de-east-1,  false, true,  ,                    https://apigateway.eusc-de-east-1.api.amazonwebservices.eu",
    "us-iso-east-1,   false, false, ,                    https://apigateway.us-iso-east-1.c2s.ic.gov",
    "us-iso-east-1,   true,  false, ,                    https://apigateway-fips.us-iso-east-1.c2s.ic.gov",
    "us-iso-west-1,   false, true,  ,                    https://apigateway.us-iso-west-1.api.aws.ic.gov",
    "us-isob-east-1,  false, false, ,                    https://apigateway.us-isob-east-1.sc2s.sgov.gov",
    "us-isob-east-1,  true,  true,  ,                    https://apigateway-fips.us-isob-east-1.api.aws.scloud",
    "eu-isoe-west-1,  false, false, ,                    https://apigateway.eu-isoe-west-1.cloud.adc-e.uk",
    "eu-isoe-west-1,  false, true,  ,                    https://apigateway.eu-isoe-west-1.api.cloud-aws.adc-e.uk",
    "us-isof-south-1, false, false, ,                    https://apigateway.us-isof-south-1.csp.hci.ic.gov",
    "us-isof-east-1,  true,  true,  ,                    https://apigateway-fips.us-isof-east-1.api.aws.hci.ic.gov",
    "us-east-1,       false, false, https://example.com, https://example.com",
    ",                false, false, http://127.0.0.1:4566/base, http://127.0.0.1:4566/base",
  })
  void resolvesTheStandardCases(
      String region, boolean fips, boolean dualStack, String endpoint, String expected) {
    EndpointParameters parameters =
        EndpointParameters.builder()
            .region(region)
            .useFips(fips)
            .useDualStack(dualStack)
            .endpoint(endpoint)
            .build();

    assertThat(ruleSet.resolve(parameters)).hasToString(expected);
    assertThat(ruleSet.resolveEndpoint(parameters).headers()).isEmpty();
    assertThat(ruleSet.resolveEndpoint(parameters).properties()).isEmpty();
  }

  @ParameterizedTest(name = "{0} FIPS={1} dual-stack={2} endpoint={3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "us-east-1 | true  | false | https://example.com | Invalid Configuration: FIPS and custom endpoint are not supported",
        "          | true  | true  | https://example.com | Invalid Configuration: FIPS and custom endpoint are not supported",
        "us-east-1 | false | true  | https://example.com | Invalid Configuration: Dualstack and custom endpoint are not supported",
        "          | false | false |                     | Invalid Configuration: Missing Region",
        "          | true  | true  |                     | Invalid Configuration: Missing Region",
      })
  void refusesWhatTheRuleSetRefuses(
      String region, boolean fips, boolean dualStack, String endpoint, String message) {
    EndpointParameters parameters =
        EndpointParameters.builder()
            .region(region)
            .useFips(fips)
            .useDualStack(dualStack)
            .endpoint(endpoint)
            .build();

    assertThatThrownBy(() -> ruleSet.resolve(parameters))
        .isInstanceOf(EndpointResolutionException.class)
        .hasMessage(message);
  }

  @Test
  void readsAsTheResourceSdkModelShipsItAs(@TempDir Path classPath) throws IOException {
    Path resource = classPath.resolve("dev/apigw/model/endpoint-rule-set.json");
    Files.createDirectories(resource.getParent());
    Files.copy(ProjectRuleSet.FILE, resource);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classPath.toUri().toURL()}, null)) {
      EndpointRuleSet fromJar =
          EndpointRuleSet.fromResource(loader, "dev/apigw/model/endpoint-rule-set.json");

      assertThat(fromJar.resolve(EndpointParameters.builder().region("us-east-1").build()))
          .hasToString("https://apigateway.us-east-1.amazonaws.com");
      assertThat(fromJar)
          .hasToString(
              "EndpointRuleSet{parameters=[Region, UseDualStack, UseFIPS, Endpoint], rules=3}");
    }
  }

  @Test
  void parsingIsQuick() throws IOException {
    byte[] json = Files.readAllBytes(ProjectRuleSet.FILE);
    long start = System.nanoTime();
    for (int i = 0; i < 100; i++) {
      try (InputStream in = new ByteArrayInputStream(json)) {
        EndpointRuleSet.parse(in);
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;

    // About a quarter of a millisecond each once warm; the bound only catches something
    // pathological.
    assertThat(millis).as("100 parses of the rule set, in ms").isLessThan(5_000);
  }
}
