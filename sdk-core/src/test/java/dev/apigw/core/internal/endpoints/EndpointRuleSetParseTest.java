package dev.apigw.core.internal.endpoints;

import static dev.apigw.core.internal.endpoints.RuleSets.STANDARD_PARAMETERS;
import static dev.apigw.core.internal.endpoints.RuleSets.endpoint;
import static dev.apigw.core.internal.endpoints.RuleSets.error;
import static dev.apigw.core.internal.endpoints.RuleSets.ruleSet;
import static dev.apigw.core.internal.endpoints.RuleSets.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A malformed rule set is refused when parsed, with a message that names the place and the problem.
 */
class EndpointRuleSetParseTest {
  private static final String OK = endpoint("", "'https://example.com'");

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void malformedRuleSetsAreRefusedSayingWhereAndWhy(
      String description, String json, String message) {
    assertThatThrownBy(() -> RuleSets.parse(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  static Stream<Arguments> malformedRuleSetsAreRefusedSayingWhereAndWhy() {
    String isSetRegion = "{'fn': 'isSet', 'argv': [{'ref': 'Region'}]}";
    return Stream.of(
        // The document
        arguments("not JSON", "{'version': ", "The endpoint rule set is not valid JSON"),
        arguments("empty", "", "The endpoint rule set is empty"),
        arguments(
            "an array", "[]", "malformed at the rule set: expected an object, found an array"),
        arguments("trailing content", ruleSet("", OK) + " {}", "has more after its JSON value"),
        arguments(
            "duplicate key",
            "{'version': '1.0', 'version': '1.0', 'parameters': {}, 'rules': []}",
            "has the key \"version\" twice"),
        arguments(
            "a fraction",
            ruleSet(
                "",
                endpoint(
                    "{'fn': 'substring', 'argv': ['{Region}', 0.5, 2, false]}",
                    "'https://example.com'")),
            "where only strings, booleans, integers, arrays and objects are expected"),
        arguments(
            "no version",
            "{'parameters': {}, 'rules': [" + OK + "]}",
            "at the rule set: \"version\" is missing"),
        arguments(
            "version 2",
            "{'version': '2.0', 'parameters': {}, 'rules': [" + OK + "]}",
            "at version: this engine reads version 1 rule sets, not 2.0"),
        arguments(
            "unknown top-level key",
            "{'version': '1.0', 'parameters': {}, 'rules': [" + OK + "], 'x': 1}",
            "unknown key \"x\"; this object has documentation, parameters, rules, version"),
        arguments("no rules", ruleSet("", ""), "at rules: there must be at least one rule"),
        // Parameters
        arguments(
            "parameter without type",
            ruleSet("'P': {'required': true}", OK),
            "at parameters.P: \"type\" is missing"),
        arguments(
            "string array parameter",
            ruleSet("'P': {'type': 'stringArray'}", OK),
            "at parameters.P.type: this engine knows the parameter types string and boolean, not stringArray"),
        arguments(
            "unknown parameter key",
            ruleSet("'P': {'type': 'string', 'requird': true}", OK),
            "at parameters.P: unknown key \"requird\""),
        arguments(
            "default of the wrong type",
            ruleSet("'P': {'type': 'boolean', 'required': true, 'default': 'no'}", OK),
            "at parameters.P: the default is a string but the parameter is a boolean"),
        arguments(
            "built-in of the wrong type",
            ruleSet("'P': {'type': 'string', 'builtIn': 'AWS::UseFIPS'}", OK),
            "at parameters.P: the built-in AWS::UseFIPS gives a boolean but the parameter is a string"),
        arguments(
            "required that is not a boolean",
            ruleSet("'P': {'type': 'string', 'required': 'yes'}", OK),
            "at parameters.P.required: expected a boolean, found a string"),
        // Rules
        arguments(
            "rule without type",
            ruleSet("", "{'conditions': [], 'endpoint': {'url': 'https://x'}}"),
            "at rules[0]: \"type\" is missing"),
        arguments(
            "rule of an unknown type",
            ruleSet("", "{'type': 'redirect', 'conditions': []}"),
            "at rules[0].type: a rule is of type endpoint, error or tree, not redirect"),
        arguments(
            "misspelt key",
            ruleSet("", "{'type': 'endpoint', 'condition': [], 'endpoint': {'url': 'https://x'}}"),
            "at rules[0]: unknown key \"condition\"; a rule of type endpoint has conditions, documentation, endpoint,"
                + " type"),
        arguments(
            "endpoint rule without endpoint",
            ruleSet("", "{'type': 'endpoint', 'conditions': []}"),
            "at rules[0]: \"endpoint\" is missing"),
        arguments(
            "endpoint without url",
            ruleSet("", "{'type': 'endpoint', 'conditions': [], 'endpoint': {}}"),
            "at rules[0].endpoint: \"url\" is missing"),
        arguments(
            "unknown endpoint key",
            ruleSet(
                "",
                "{'type': 'endpoint', 'conditions': [], 'endpoint': {'url':"
                    + " 'https://x', 'header': {}}}"),
            "at rules[0].endpoint: unknown key \"header\""),
        arguments(
            "error rule without error",
            ruleSet("", "{'type': 'error', 'conditions': []}"),
            "at rules[0]: \"error\" is missing"),
        arguments(
            "tree without rules",
            ruleSet("", "{'type': 'tree', 'conditions': []}"),
            "at rules[0]: \"rules\" is missing"),
        arguments(
            "tree with no rules",
            ruleSet("", tree("", "")),
            "at rules[0].rules: there must be at least one"),
        arguments(
            "conditions not an array",
            ruleSet("", "{'type': 'error', 'conditions': {}, 'error': 'x'}"),
            "at rules[0].conditions: expected an array, found a record"),
        arguments(
            "headers not arrays",
            ruleSet(
                STANDARD_PARAMETERS,
                "{'type': 'endpoint', 'conditions': [],"
                    + " 'endpoint': {'url': 'https://x', 'headers': {'h': 'v'}}}"),
            "at rules[0].endpoint.headers.h: expected an array, found a string"),
        arguments(
            "boolean header value",
            ruleSet(
                STANDARD_PARAMETERS,
                "{'type': 'endpoint', 'conditions': [],"
                    + " 'endpoint': {'url': 'https://x', 'headers': {'h': [{'ref': 'UseFIPS'}]}}}"),
            "at rules[0].endpoint.headers.h[0]: a header value must be a string, not a boolean"),
        arguments(
            "reference in properties",
            ruleSet(
                STANDARD_PARAMETERS,
                "{'type': 'endpoint', 'conditions': [],"
                    + " 'endpoint': {'url': 'https://x', 'properties': {'r': {'ref': 'Region'}}}}"),
            "at rules[0].endpoint.properties.r: endpoint properties hold no references or function calls"),
        arguments(
            "boolean URL",
            ruleSet(STANDARD_PARAMETERS, endpoint("", "{'ref': 'UseFIPS'}")),
            "at rules[0].endpoint.url: the endpoint URL must be a string, not a boolean"),
        arguments(
            "integer error message",
            ruleSet("", error("", "3")),
            "at rules[0].error: the error message must be a string, not an integer"),
        // Conditions and functions
        arguments(
            "unknown function",
            ruleSet(
                STANDARD_PARAMETERS, endpoint("{'fn': 'isEmpty', 'argv': ['x']}", "'https://x'")),
            "at rules[0].conditions[0].fn: there is no function 'isEmpty'; the library has isSet,"
                + " getAttr, not, booleanEquals, stringEquals, substring, uriEncode, parseURL, isValidHostLabel,"
                + " aws.partition, aws.parseArn, aws.isVirtualHostableS3Bucket"),
        arguments(
            "condition without argv",
            ruleSet(STANDARD_PARAMETERS, endpoint("{'fn': 'isSet'}", "'https://x'")),
            "at rules[0].conditions[0]: \"argv\" is missing"),
        arguments(
            "too few arguments",
            ruleSet(
                STANDARD_PARAMETERS,
                endpoint(
                    "{'fn': 'booleanEquals', 'argv':" + " [{'ref': 'UseFIPS'}]}", "'https://x'")),
            "at rules[0].conditions[0]: booleanEquals takes 2 arguments, not 1"),
        arguments(
            "argument of the wrong kind",
            ruleSet(
                STANDARD_PARAMETERS,
                endpoint(
                    "{'fn': 'booleanEquals'," + " 'argv': [{'ref': 'Region'}, true]}",
                    "'https://x'")),
            "at rules[0].conditions[0]: argument 1 of booleanEquals must be a boolean, not a string"),
        arguments(
            "string where an integer goes",
            ruleSet(
                STANDARD_PARAMETERS,
                endpoint(
                    "{'fn': 'substring'," + " 'argv': [{'ref': 'Region'}, '0', 2, false]}",
                    "'https://x'")),
            "argument 2 of substring must be an integer, not a string"),
        arguments(
            "nested call of the wrong kind",
            ruleSet(
                STANDARD_PARAMETERS,
                endpoint(
                    "{'fn': 'not', 'argv':" + " [{'fn': 'uriEncode', 'argv': ['a']}]}",
                    "'https://x'")),
            "at rules[0].conditions[0]: argument 1 of not must be a boolean, not a string"),
        arguments(
            "unknown reference",
            ruleSet(
                STANDARD_PARAMETERS,
                endpoint("{'fn': 'isSet', 'argv': [{'ref':" + " 'Regoin'}]}", "'https://x'")),
            "at rules[0].conditions[0].argv[0]: 'Regoin' is neither a parameter"
                + " nor a variable assigned before this point"),
        arguments(
            "reference with another key",
            ruleSet(
                STANDARD_PARAMETERS,
                endpoint(
                    "{'fn': 'isSet', 'argv':" + " [{'ref': 'Region', 'fn': 'x'}]}", "'https://x'")),
            "unknown key \"fn\"; a reference has ref"),
        arguments(
            "object that is neither",
            ruleSet(
                STANDARD_PARAMETERS,
                endpoint("{'fn': 'isSet', 'argv':" + " [{'name': 'Region'}]}", "'https://x'")),
            "an object here is a reference"),
        arguments(
            "null argument",
            ruleSet(
                STANDARD_PARAMETERS, endpoint("{'fn': 'isSet', 'argv': [null]}", "'https://x'")),
            "at rules[0].conditions[0].argv[0]: expected a value, found null"),
        arguments(
            "assignment over a parameter",
            ruleSet(
                STANDARD_PARAMETERS,
                endpoint(
                    "{'fn': 'aws.partition'," + " 'argv': ['x'], 'assign': 'Region'}",
                    "'https://x'")),
            "at rules[0].conditions[0].assign: 'Region' is already a parameter or a variable in scope"),
        arguments(
            "assignment over a variable in scope",
            ruleSet(
                STANDARD_PARAMETERS,
                tree(
                    "{'fn': 'aws.partition'," + " 'argv': ['x'], 'assign': 'P'}",
                    endpoint(
                        "{'fn': 'aws.partition', 'argv': ['y'], 'assign': 'P'}", "'https://x'"))),
            "at rules[0].rules[0].conditions[0].assign: 'P' is already"),
        arguments(
            "variable of a sibling rule",
            ruleSet(
                STANDARD_PARAMETERS,
                endpoint(
                        "{'fn': 'aws.partition'," + " 'argv': ['x'], 'assign': 'P'}", "'https://x'")
                    + ","
                    + endpoint("", "'https://{P#dnsSuffix}'")),
            "at rules[1].endpoint.url: 'P' is neither a parameter nor a variable assigned before this point"),
        arguments(
            "variable used before its condition",
            ruleSet(
                STANDARD_PARAMETERS,
                endpoint(
                    "{'fn':"
                        + " 'booleanEquals', 'argv': [{'fn': 'getAttr', 'argv': [{'ref': 'P'}, 'supportsFIPS']}, true]},"
                        + " {'fn': 'aws.partition', 'argv': ['x'], 'assign': 'P'}",
                    "'https://x'")),
            "'P' is neither a parameter nor a variable assigned before this point"),
        arguments(
            "getAttr with a reference for path",
            ruleSet(
                STANDARD_PARAMETERS,
                endpoint(
                    "{'fn': 'getAttr'," + " 'argv': [{'ref': 'Region'}, {'ref': 'Region'}]}",
                    "'https://x'")),
            "at rules[0].conditions[0].argv[1]: the path of getAttr must be a string"),
        arguments(
            "getAttr with three arguments",
            ruleSet(
                STANDARD_PARAMETERS,
                endpoint(
                    "{'fn': 'getAttr'," + " 'argv': [{'ref': 'Region'}, 'a', 'b']}",
                    "'https://x'")),
            "getAttr takes 2 arguments, not 3"),
        arguments(
            "getAttr of what partitions lack",
            ruleSet(
                STANDARD_PARAMETERS,
                tree(
                    "{'fn': 'aws.partition'," + " 'argv': ['x'], 'assign': 'P'}",
                    endpoint(
                        "{'fn': 'getAttr', 'argv': [{'ref': 'P'}, 'supportsFips']}",
                        "'https://x'"))),
            "a partition has no attribute 'supportsFips'"),
        arguments(
            "getAttr into a string",
            ruleSet(
                STANDARD_PARAMETERS,
                endpoint(
                    "{'fn': 'getAttr', 'argv':" + " [{'ref': 'Region'}, 'name']}", "'https://x'")),
            "a string has no attribute 'name'"),
        arguments(
            "malformed path",
            ruleSet(
                STANDARD_PARAMETERS,
                tree(
                    "{'fn': 'aws.parseArn', 'argv': ['x']," + " 'assign': 'A'}",
                    endpoint(
                        "{'fn': 'getAttr', 'argv': [{'ref': 'A'}, 'resourceId[one]']}",
                        "'https://x'"))),
            "has the index [one], not a whole number from 0"),
        // Templates
        arguments(
            "unclosed placeholder",
            ruleSet(STANDARD_PARAMETERS, endpoint(isSetRegion, "'https://{Region'")),
            "at rules[0].endpoint.url: the template \"https://{Region\" has a '{' without a '}'"),
        arguments(
            "lone closing brace",
            ruleSet(STANDARD_PARAMETERS, endpoint(isSetRegion, "'https://Region}'")),
            "has a '}' without a '{' (write }} for a brace)"),
        arguments(
            "empty placeholder",
            ruleSet(STANDARD_PARAMETERS, endpoint("", "'https://{}.example.com'")),
            "has a placeholder without a name"),
        arguments(
            "placeholder of nothing",
            ruleSet(STANDARD_PARAMETERS, endpoint("", "'https://{Zone}.x'")),
            "at rules[0].endpoint.url: 'Zone' is neither a parameter nor a variable"),
        arguments(
            "boolean placeholder",
            ruleSet(STANDARD_PARAMETERS, endpoint("", "'https://{UseFIPS}.x'")),
            "inserts {UseFIPS}, which is a boolean; only strings go into a template"),
        arguments(
            "placeholder of a record",
            ruleSet(
                STANDARD_PARAMETERS,
                tree(
                    "{'fn': 'aws.partition', 'argv':" + " ['x'], 'assign': 'P'}",
                    endpoint("", "'https://{P}'"))),
            "inserts {P}, which is a partition"),
        arguments(
            "placeholder with a bad attribute",
            ruleSet(
                STANDARD_PARAMETERS,
                tree(
                    "{'fn': 'parseURL'," + " 'argv': ['https://x'], 'assign': 'U'}",
                    endpoint("", "'https://{U#host}'"))),
            "a URL has no attribute 'host'"),
        arguments(
            "brace inside a placeholder",
            ruleSet(
                STANDARD_PARAMETERS, endpoint("", "'https://{{Region}.x'".replace("{{", "{a{"))),
            "has a '{' inside a placeholder"));
  }

  @Test
  void parameterTypesAreReadInEitherCase() {
    EndpointRuleSet ruleSet =
        RuleSets.parse(
            ruleSet(
                "'R': {'type': 'String', 'builtIn': 'AWS::Region'}, 'F': {'type': 'BOOLEAN', 'builtIn': 'AWS::UseFIPS'}",
                endpoint(
                        "{'fn': 'booleanEquals', 'argv': [{'ref': 'F'}, true]}",
                        "'https://fips.{R}'")
                    + ","
                    + endpoint("", "'https://{R}'")));

    assertThat(ruleSet.resolve(EndpointParameters.builder().region("r1").useFips(true).build()))
        .hasToString("https://fips.r1");
    assertThat(ruleSet.resolve(EndpointParameters.builder().region("r1").build()))
        .hasToString("https://r1");
  }

  @Test
  void documentationAndDeprecationAreIgnored() {
    EndpointRuleSet ruleSet =
        RuleSets.parse(
            "{'version': '1.0', 'documentation': 'd', 'parameters': {'R': {'type':"
                + " 'string', 'builtIn': 'AWS::Region', 'documentation': 'd', 'deprecated': {'message': 'm', 'since': 's'}}},"
                + " 'rules': [{'documentation': 'd', 'type': 'endpoint', 'conditions': [{'documentation': 'd', 'fn': 'isSet',"
                + " 'argv': [{'ref': 'R'}]}], 'endpoint': {'url': 'https://{R}'}}, {'type': 'error', 'documentation': 'd',"
                + " 'conditions': [], 'error': 'no R'}]}");

    assertThat(ruleSet.resolve(EndpointParameters.builder().region("r2").build()))
        .hasToString("https://r2");
  }
}
