package dev.apigw.core.internal.endpoints;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Small rule sets written in tests, with single quotes standing for double quotes. */
final class RuleSets {
  private RuleSets() {}

  /** {@code text} with {@code '} turned into {@code "}, as a stream. */
  static InputStream json(String text) {
    return new ByteArrayInputStream(text.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
  }

  static EndpointRuleSet parse(String text) {
    try {
      return EndpointRuleSet.parse(json(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A rule set with the parameters {@code parameters} (an object's inside) and the rules {@code
   * rules} (an array's).
   */
  static String ruleSet(String parameters, String rules) {
    return "{'version': '1.0', 'parameters': {" + parameters + "}, 'rules': [" + rules + "]}";
  }

  /** The four standard parameters, as AWS's rule sets declare them. */
  static final String STANDARD_PARAMETERS =
      "'Region': {'type': 'string', 'builtIn': 'AWS::Region'},"
          + "'UseFIPS': {'type': 'boolean', 'builtIn': 'AWS::UseFIPS', 'required': true, 'default': false},"
          + "'UseDualStack': {'type': 'boolean', 'builtIn': 'AWS::UseDualStack', 'required': true, 'default': false},"
          + "'Endpoint': {'type': 'string', 'builtIn': 'SDK::Endpoint'}";

  static String endpoint(String conditions, String url) {
    return "{'type': 'endpoint', 'conditions': ["
        + conditions
        + "], 'endpoint': {'url': "
        + url
        + "}}";
  }

  static String error(String conditions, String message) {
    return "{'type': 'error', 'conditions': [" + conditions + "], 'error': " + message + "}";
  }

  static String tree(String conditions, String rules) {
    return "{'type': 'tree', 'conditions': [" + conditions + "], 'rules': [" + rules + "]}";
  }
}
