package dev.apigw.core.internal.endpoints;

import static dev.apigw.core.internal.endpoints.RuleSets.STANDARD_PARAMETERS;
import static dev.apigw.core.internal.endpoints.RuleSets.endpoint;
import static dev.apigw.core.internal.endpoints.RuleSets.error;
import static dev.apigw.core.internal.endpoints.RuleSets.ruleSet;
import static dev.apigw.core.internal.endpoints.RuleSets.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the engine evaluates: conditions, scopes, templates, defaults, results and failures. */
class EndpointRuleSetTest {
  private static final String IS_SET_REGION = "{'fn': 'isSet', 'argv': [{'ref': 'Region'}]}";

  private static EndpointParameters region(String region) {
    return EndpointParameters.builder().region(region).build();
  }

  @Test
  void rulesApplyInOrderAndTheFirstWhoseConditionsHoldWins() {
    EndpointRuleSet ruleSet =
        RuleSets.parse(
            ruleSet(
                STANDARD_PARAMETERS,
                endpoint(
                        "{'fn': 'booleanEquals', 'argv': [{'ref': 'UseFIPS'}, true]}, "
                            + IS_SET_REGION,
                        "'https://fips.{Region}.example.com'")
                    + ","
                    + endpoint(IS_SET_REGION, "'https://{Region}.example.com'")
                    + ","
                    + error("", "'no region'")));

    assertThat(ruleSet.resolve(region("r1"))).isEqualTo(URI.create("https://r1.example.com"));
    assertThat(ruleSet.resolve(EndpointParameters.builder().region("r1").useFips(true).build()))
        .isEqualTo(URI.create("https://fips.r1.example.com"));
    assertThatThrownBy(() -> ruleSet.resolve(EndpointParameters.builder().useFips(true).build()))
        .isInstanceOf(EndpointResolutionException.class)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no region");
  }

  @Test
  void anAssignedVariableServesTheLaterConditionsAndTheRulesBelow() {
    EndpointRuleSet ruleSet =
        RuleSets.parse(
            ruleSet(
                STANDARD_PARAMETERS,
                tree(
                        IS_SET_REGION
                            + ", {'fn': 'aws.partition', 'argv': [{'ref': 'Region'}], 'assign': 'P'},"
                            + " {'fn': 'booleanEquals', 'argv': [{'fn': 'getAttr', 'argv': [{'ref': 'P'}, 'supportsFIPS']}, true]}",
                        endpoint(
                                "{'fn': 'stringEquals', 'argv': ['{P#name}', 'aws-cn']}",
                                "'https://cn.{P#dnsSuffix}'")
                            + ","
                            + endpoint("", "'https://{Region}.{P#dnsSuffix}'"))
                    + ","
                    + error("", "'no region'")));

    assertThat(ruleSet.resolve(region("cn-north-1"))).hasToString("https://cn.amazonaws.com.cn");
    assertThat(ruleSet.resolve(region("eu-west-1"))).hasToString("https://eu-west-1.amazonaws.com");
  }

  @ParameterizedTest(name = "a condition giving {0} holds: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{'fn': 'isSet', 'argv': [{'ref': 'Region'}]}                                  | true",
        "{'fn': 'isSet', 'argv': [{'ref': 'Endpoint'}]}                                | false",
        "{'fn': 'not', 'argv': [true]}                                                 | false",
        "{'fn': 'substring', 'argv': [{'ref': 'Region'}, 0, 0, false], 'assign': 'S'}  | false",
        "{'fn': 'substring', 'argv': [{'ref': 'Region'}, 0, 2, false], 'assign': 'S'}  | true",
        "{'fn': 'uriEncode', 'argv': ['']}                                             | true",
        "{'fn': 'parseURL', 'argv': ['not a URL']}                                     | false",
        "{'fn': 'aws.parseArn', 'argv': ['arn:aws:s3:::b']}                            | true",
      })
  void aConditionHoldsUnlessItGivesFalseOrUnset(String condition, boolean holds) {
    EndpointRuleSet ruleSet =
        RuleSets.parse(
            ruleSet(
                STANDARD_PARAMETERS,
                endpoint(condition, "'https://held'") + "," + endpoint("", "'https://not-held'")));

    assertThat(ruleSet.resolve(region("us-east-1")))
        .hasToString(holds ? "https://held" : "https://not-held");
  }

  @Test
  void templatesInsertValuesAndKeepDoubledBraces() {
    EndpointRuleSet ruleSet =
        RuleSets.parse(
            ruleSet(
                STANDARD_PARAMETERS,
                tree(
                    "{'fn': 'aws.partition', 'argv': ['{Region}'], 'assign': 'P'}",
                    error("", "'{{literal}} {Region} in {P#name}: }}done{{'"))));

    assertThatThrownBy(() -> ruleSet.resolve(region("cn-north-1")))
        .isInstanceOf(EndpointResolutionException.class)
        .hasMessage("{literal} cn-north-1 in aws-cn: }done{");
  }

  @Test
  void theEndpointCarriesItsHeadersAndProperties() {
    EndpointRuleSet ruleSet =
        RuleSets.parse(
            ruleSet(
                STANDARD_PARAMETERS,
                "{'type': 'endpoint', 'conditions': ["
                    + IS_SET_REGION
                    + "], 'endpoint': {'url': 'https://{Region}.x',"
                    + " 'headers': {'x-amz-region': ['{Region}', 'fixed'], 'x-empty': []},"
                    + " 'properties': {'authSchemes': [{'name': 'sigv4', 'signingRegion': '{Region}',"
                    + " 'disableDoubleEncoding': true, 'weight': 2}], 'nested': {'list': [['a']]}}}}"));

    ResolvedEndpoint endpoint = ruleSet.resolveEndpoint(region("eu-west-3"));

    assertThat(endpoint.url()).hasToString("https://eu-west-3.x");
    assertThat(endpoint.headers())
        .containsExactly(
            Map.entry("x-amz-region", List.of("eu-west-3", "fixed")),
            Map.entry("x-empty", List.of()));
    assertThat(endpoint.properties())
        .isEqualTo(
            Map.of(
                "authSchemes",
                    List.of(
                        Map.of(
                            "name",
                            "sigv4",
                            "signingRegion",
                            "eu-west-3",
                            "disableDoubleEncoding",
                            true,
                            "weight",
                            2)),
                "nested", Map.of("list", List.of(List.of("a")))));
    assertThat(
            RuleSets.parse(ruleSet("", endpoint("", "'https://x'"))).resolveEndpoint(region("r")))
        .isEqualTo(new ResolvedEndpoint(URI.create("https://x"), Map.of(), Map.of()));
  }

  @Test
  void parametersAreBoundByBuiltInWhateverTheirNames() {
    EndpointRuleSet ruleSet =
        RuleSets.parse(
            ruleSet(
                "'Where': {'type': 'string', 'builtIn': 'AWS::Region', 'required': true},"
                    + "'Fips': {'type': 'boolean', 'builtIn': 'AWS::UseFIPS', 'required': true, 'default': false},"
                    + "'Dual': {'type': 'boolean', 'builtIn': 'AWS::UseDualStack'},"
                    + "'Override': {'type': 'string', 'builtIn': 'SDK::Endpoint'}",
                endpoint("{'fn': 'isSet', 'argv': [{'ref': 'Override'}]}", "{'ref': 'Override'}")
                    + ","
                    + endpoint(
                        "{'fn': 'booleanEquals', 'argv': [{'ref': 'Fips'}, {'ref': 'Dual'}]}",
                        "'https://same.{Where}'")
                    + ","
                    + endpoint("", "'https://{Where}'")));

    assertThat(
            ruleSet.resolve(
                EndpointParameters.builder().region("r").useFips(true).useDualStack(true).build()))
        .hasToString("https://same.r");
    assertThat(ruleSet.resolve(EndpointParameters.builder().region("r").useFips(true).build()))
        .hasToString("https://r");
    assertThat(
            ruleSet.resolve(
                EndpointParameters.builder().region("r").endpoint("http://localhost:1/p").build()))
        .hasToString("http://localhost:1/p");
    assertThatThrownBy(() -> ruleSet.resolve(EndpointParameters.builder().build()))
        .isInstanceOf(EndpointResolutionException.class)
        .hasMessage(
            "The endpoint rule set requires the parameter Where (built-in AWS::Region), which has no value");
  }

  @Test
  void defaultsFillParametersNoBuiltInSupplies() {
    EndpointRuleSet ruleSet =
        RuleSets.parse(
            ruleSet(
                "'Stage': {'type': 'string', 'required': true, 'default': 'prod'},"
                    + "'Accelerate': {'type': 'boolean', 'builtIn': 'AWS::S3::Accelerate', 'required': true, 'default': true},"
                    + "'Account': {'type': 'string', 'builtIn': 'AWS::Auth::AccountId'}",
                endpoint("{'fn': 'isSet', 'argv': [{'ref': 'Account'}]}", "'https://account'")
                    + ","
                    + endpoint(
                        "{'fn': 'booleanEquals', 'argv': [{'ref': 'Accelerate'}, true]}",
                        "'https://{Stage}.fast'")));

    assertThat(ruleSet.resolve(EndpointParameters.builder().build()))
        .hasToString("https://prod.fast");
  }

  @Test
  void aRequiredParameterWithoutValueOrDefaultStopsResolution() {
    EndpointRuleSet ruleSet =
        RuleSets.parse(
            ruleSet(
                "'Bucket': {'type': 'string', 'required': true}",
                endpoint("", "'https://{Bucket}'")));

    assertThatThrownBy(() -> ruleSet.resolve(region("us-east-1")))
        .isInstanceOf(EndpointResolutionException.class)
        .hasMessage("The endpoint rule set requires the parameter Bucket, which has no value");
  }

  @Test
  void aTreeWhoseRulesAllFailEndsResolution() {
    EndpointRuleSet ruleSet =
        RuleSets.parse(
            ruleSet(
                STANDARD_PARAMETERS,
                tree(
                        IS_SET_REGION,
                        endpoint(
                            "{'fn': 'booleanEquals', 'argv': [{'ref': 'UseFIPS'}, true]}",
                            "'https://fips'"))
                    + ","
                    + endpoint("", "'https://after-the-tree'")));

    assertThat(ruleSet.resolve(EndpointParameters.builder().build()))
        .hasToString("https://after-the-tree");
    assertThatThrownBy(() -> ruleSet.resolve(region("us-east-1")))
        .isInstanceOf(EndpointResolutionException.class)
        .hasMessage(
            "No rule of the endpoint rule set applies within the tree rule at rules[0] (rule exhaustion; the"
                + " rule set should end with a rule without conditions)");
  }

  @Test
  void rulesThatAllFailEndResolutionNamingTheParameters() {
    EndpointRuleSet ruleSet =
        RuleSets.parse(ruleSet(STANDARD_PARAMETERS, endpoint(IS_SET_REGION, "'https://x'")));

    assertThatThrownBy(
            () -> ruleSet.resolve(EndpointParameters.builder().useDualStack(true).build()))
        .isInstanceOf(EndpointResolutionException.class)
        .hasMessageStartingWith(
            "No rule of the endpoint rule set applies to EndpointParameters{region=null,"
                + " useFips=false, useDualStack=true, endpoint=null}");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "not a URI       | 'https://{Region} x'  | which is not a valid URI (Illegal character in authority)",
        "relative        | '/path/only'          | which is not an absolute URL with a host",
        "opaque          | 'mailto:{Region}'     | which is not an absolute URL with a host",
      })
  void anEndpointThatIsNotAnAbsoluteUrlFails(String description, String url, String message) {
    EndpointRuleSet ruleSet =
        RuleSets.parse(ruleSet(STANDARD_PARAMETERS, endpoint(IS_SET_REGION, url)));

    assertThatThrownBy(() -> ruleSet.resolve(region("r")))
        .isInstanceOf(EndpointResolutionException.class)
        .hasMessageContaining(message);
  }

  @Test
  void whatTheParserCannotKnowIsCheckedWhenResolving() {
    String partitionOfRegion =
        IS_SET_REGION
            + ", {'fn': 'aws.parseArn', 'argv': ['arn:aws:s3:::{Region}'],"
            + " 'assign': 'A'}";
    EndpointRuleSet wrongKind =
        RuleSets.parse(
            ruleSet(
                STANDARD_PARAMETERS,
                endpoint(
                    partitionOfRegion
                        + ", {'fn': 'booleanEquals', 'argv': [{'fn': 'getAttr', 'argv': [{'ref': 'A'}, 'resourceId[0]']}, true]}",
                    "'https://x'")));
    EndpointRuleSet unguarded =
        RuleSets.parse(
            ruleSet(
                STANDARD_PARAMETERS,
                endpoint(
                    "{'fn': 'stringEquals', 'argv': [{'ref': 'Endpoint'}, 'x']}", "'https://x'")));
    EndpointRuleSet unsetInTemplate =
        RuleSets.parse(ruleSet(STANDARD_PARAMETERS, endpoint("", "'https://{Region}'")));
    EndpointRuleSet unsetIndex =
        RuleSets.parse(
            ruleSet(
                STANDARD_PARAMETERS, endpoint(partitionOfRegion, "'https://{A#resourceId[3]}'")));

    assertThatThrownBy(() -> wrongKind.resolve(region("bucket")))
        .isInstanceOf(EndpointResolutionException.class)
        .hasMessage(
            "The endpoint rule set is invalid at rules[0].conditions[2]: argument 1 of booleanEquals is a"
                + " string, not a boolean");
    assertThatThrownBy(() -> unguarded.resolve(region("r")))
        .hasMessage(
            "The endpoint rule set is invalid at rules[0].conditions[0]: argument 1 of stringEquals is unset"
                + " (a rule must check it with isSet first)");
    assertThatThrownBy(() -> unsetInTemplate.resolve(EndpointParameters.builder().build()))
        .hasMessage(
            "The endpoint rule set is invalid at rules[0].endpoint.url: a placeholder gives unset, not a"
                + " string");
    assertThatThrownBy(() -> unsetIndex.resolve(region("bucket")))
        .hasMessageContaining("a placeholder gives unset, not a string");
  }

  @Test
  void theProjectsRuleSetRefusesWhatAPartitionDoesNotSupport() throws IOException {
    Partitions none =
        Partitions.parse(
            RuleSets.json(
                "{'partitions': [{'id': 'aws', 'regionRegex': '^x-\\\\d+$',"
                    + " 'regions': {}, 'outputs': {'name': 'aws', 'dnsSuffix': 'example.com', 'dualStackDnsSuffix': 'dual.example',"
                    + " 'supportsFIPS': false, 'supportsDualStack': false, 'implicitGlobalRegion': 'x-1'}}]}"));
    EndpointRuleSet ruleSet = ProjectRuleSet.load().withPartitions(none);

    assertThat(ruleSet.resolve(region("x-1"))).hasToString("https://apigateway.x-1.example.com");
    assertThatThrownBy(
            () -> ruleSet.resolve(EndpointParameters.builder().region("x-1").useFips(true).build()))
        .isInstanceOf(EndpointResolutionException.class)
        .hasMessage("FIPS is enabled but this partition does not support FIPS");
    assertThatThrownBy(
            () ->
                ruleSet.resolve(
                    EndpointParameters.builder().region("x-1").useDualStack(true).build()))
        .hasMessage("DualStack is enabled but this partition does not support DualStack");
    assertThatThrownBy(
            () ->
                ruleSet.resolve(
                    EndpointParameters.builder()
                        .region("x-1")
                        .useFips(true)
                        .useDualStack(true)
                        .build()))
        .hasMessage(
            "FIPS and DualStack are enabled, but this partition does not support one or both");
  }

  @Test
  void fromResourceParsesOncePerLoaderAndName(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("rules"));
    Files.writeString(
        dir.resolve("rules/good.json"),
        ruleSet("", endpoint("", "'https://x'")).replace('\'', '"'),
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("rules/bad.json"), "{\"version\": \"1.0\"}", StandardCharsets.UTF_8);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
        URLClassLoader other = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      EndpointRuleSet first = EndpointRuleSet.fromResource(loader, "rules/good.json");

      assertThat(EndpointRuleSet.fromResource(loader, "rules/good.json")).isSameAs(first);
      assertThat(EndpointRuleSet.fromResource(loader, "/rules/good.json")).isSameAs(first);
      assertThat(EndpointRuleSet.fromResource(other, "rules/good.json")).isNotSameAs(first);
      assertThat(first.resolve(EndpointParameters.builder().build())).hasToString("https://x");
      assertThatThrownBy(() -> EndpointRuleSet.fromResource(loader, "rules/missing.json"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "There is no endpoint rule set at the class-path resource rules/missing.json");
      assertThatThrownBy(() -> EndpointRuleSet.fromResource(loader, "rules/bad.json"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "The class-path resource rules/bad.json is not a usable endpoint rule set: The endpoint rule set"
                  + " is malformed at the rule set: \"parameters\" is missing");
    }
  }

  @Test
  void argumentsAreChecked() {
    EndpointRuleSet ruleSet = RuleSets.parse(ruleSet("", endpoint("", "'https://x'")));

    assertThatThrownBy(() -> ruleSet.resolve(null)).hasMessage("parameters must not be null");
    assertThatThrownBy(() -> EndpointRuleSet.parse(null)).hasMessage("json must not be null");
    assertThatThrownBy(() -> EndpointRuleSet.fromResource(null, "x"))
        .hasMessage("loader must not be null");
    assertThatThrownBy(() -> EndpointRuleSet.fromResource(getClass().getClassLoader(), " "))
        .hasMessage("resourceName must not be blank");
    assertThatThrownBy(() -> EndpointParameters.builder().region(" "))
        .hasMessage("region must not be blank");
    assertThatThrownBy(() -> EndpointParameters.builder().endpoint(""))
        .hasMessage("endpoint must not be blank");
  }

  @Test
  void parametersAreValues() {
    EndpointParameters parameters =
        EndpointParameters.builder()
            .region("us-east-1")
            .useFips(true)
            .useDualStack(true)
            .endpoint("https://e")
            .build();

    assertThat(parameters.region()).isEqualTo("us-east-1");
    assertThat(parameters.useFips()).isTrue();
    assertThat(parameters.useDualStack()).isTrue();
    assertThat(parameters.endpoint()).isEqualTo("https://e");
    assertThat(parameters)
        .isEqualTo(
            EndpointParameters.builder()
                .region("us-east-1")
                .useFips(true)
                .useDualStack(true)
                .endpoint("https://e")
                .build())
        .hasSameHashCodeAs(
            EndpointParameters.builder()
                .region("us-east-1")
                .useFips(true)
                .useDualStack(true)
                .endpoint("https://e")
                .build());
    assertThat(parameters)
        .hasToString(
            "EndpointParameters{region=us-east-1, useFips=true, useDualStack=true,"
                + " endpoint=https://e}");
    assertThat(EndpointParameters.builder().build())
        .hasToString(
            "EndpointParameters{region=null, useFips=false,"
                + " useDualStack=false, endpoint=null}");
  }
}
