package dev.apigw.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.apigw.core.internal.endpoints.EndpointParameters;
import dev.apigw.core.internal.endpoints.EndpointRuleSet;
import dev.apigw.core.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "us-east-1,       aws,        https://apigateway.us-east-1.amazonaws.com",
    "eu-central-2,    aws,        https://apigateway.eu-central-2.amazonaws.com",
    "mx-central-1,    aws,        https://apigateway.mx-central-1.amazonaws.com",
    "aws-global,      aws,        https://apigateway.aws-global.amazonaws.com",
    "cn-north-1,      aws-cn,     https://apigateway.cn-north-1.amazonaws.com.cn",
    "cn-northwest-1,  aws-cn,     https://apigateway.cn-northwest-1.amazonaws.com.cn",
    "eusc-de-east-1,  aws-eusc,   https://apigateway.eusc-de-east-1.amazonaws.eu",
    "us-iso-east-1,   aws-iso,    https://apigateway.us-iso-east-1.c2s.ic.gov",
    "us-isob-east-1,  aws-iso-b,  https://apigateway.us-isob-east-1.sc2s.sgov.gov",
    "eu-isoe-west-1,  aws-iso-e,  https://apigateway.eu-isoe-west-1.cloud.adc-e.uk",
    "us-isof-south-1, aws-iso-f,  https://apigateway.us-isof-south-1.csp.hci.ic.gov",
    "us-gov-west-1,   aws-us-gov, https://apigateway.us-gov-west-1.amazonaws.com",
    "us-gov-east-1,   aws-us-gov, https://apigateway.us-gov-east-1.amazonaws.com",
    "aws-cn-global,   aws-cn,     https://apigateway.aws-cn-global.amazonaws.com.cn",
    "xx-future-1,     aws,        https://apigateway.xx-future-1.amazonaws.com",
    "local,           aws,        https://apigateway.local.amazonaws.com",
  })
  void defaultEndpointFollowsThePartition(String region, String partition, String endpoint) {
    assertThat(Regions.partition(region)).isEqualTo(partition);
    assertThat(Regions.defaultEndpoint("apigateway", region)).isEqualTo(URI.create(endpoint));
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "",
        "  ",
        "US-EAST-1",
        "us east 1",
        "us-east-1/",
        "-us-east-1",
        "us-east-1-",
        "us--east",
        "us_east_1",
        "us-east-1.evil.com",
        "ü-1"
      })
  void rejectsAnInvalidRegionWithAClearMessage(String region) {
    assertThatThrownBy(() -> Regions.defaultEndpoint("apigateway", region))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("region ");
  }

  @Test
  void invalidRegionMessagesSayWhy() {
    assertThatThrownBy(() -> Regions.requireValid(null)).hasMessage("region must not be null");
    assertThatThrownBy(() -> Regions.requireValid(" ")).hasMessage("region must not be blank");
    assertThatThrownBy(() -> Regions.requireValid("US-EAST-1"))
        .hasMessage(
            "region 'US-EAST-1' is not valid: use"
                + " lowercase letters, digits and single hyphens between them, such as us-east-1");
    assertThatThrownBy(() -> Regions.defaultEndpoint("Api Gateway", "us-east-1"))
        .hasMessageStartingWith("endpointPrefix 'Api Gateway' is not valid");
    assertThat(Regions.requireValid("us-east-1")).isEqualTo("us-east-1");
    assertThat(Regions.dnsSuffix("cn-north-1")).isEqualTo("amazonaws.com.cn");
  }

  /**
   * {@link Regions#defaultEndpoint} is what the project's rule set gives, without FIPS or dual
   * stack, for every region the partitions list and for regions only their patterns claim.
   */
  @Test
  void matchesWhatTheProjectsRuleSetResolves() throws IOException {
    Path ruleSetFile = Paths.get("../sdk-model/src/main/model/endpoint-rule-set.json");
    assumeThat(Files.isRegularFile(ruleSetFile))
        .as("the rule set at %s (absent: check skipped)", ruleSetFile.toAbsolutePath())
        .isTrue();
    EndpointRuleSet ruleSet;
    try (InputStream json = Files.newInputStream(ruleSetFile)) {
      ruleSet = EndpointRuleSet.parse(json);
    }

    Set<String> regions =
        new TreeSet<>(List.of("us-gov-north-9", "eu-isoe-central-7", "cn-south-5", "xx-future-1"));
    try (InputStream partitions =
            Regions.class.getResourceAsStream(
                "/dev/apigw/core/internal/endpoints/partitions.json");
        JsonParser parser = Json.factory().createParser(partitions)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.FIELD_NAME && parser.currentName().equals("regions")) {
          parser.nextToken();
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            regions.add(parser.currentName());
            parser.nextToken();
            parser.skipChildren();
          }
        }
      }
    }

    assertThat(regions)
        .hasSizeGreaterThan(40)
        .contains("us-east-1", "aws-global", "eusc-de-east-1");
    for (String region : regions) {
      assertThat(Regions.defaultEndpoint("apigateway", region))
          .as(region)
          .isEqualTo(ruleSet.resolve(EndpointParameters.builder().region(region).build()));
    }
  }
}
