package dev.apigw.core.internal.endpoints;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A rule that selects an endpoint: its URL, and the headers and properties that go with it. */
final class EndpointRule extends Rule {
  private final Expression url;
  private final Map<String, List<Expression>> headers;
  private final RecordExpression properties;

  EndpointRule(
      String location,
      List<Condition> conditions,
      Expression url,
      Map<String, List<Expression>> headers,
      RecordExpression properties) {
    super(location, conditions);
    this.url = url;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    this.properties = properties;
  }

  @Override
  ResolvedEndpoint select(Scope scope) {
    Object text = url.evaluate(scope);
    if (!(text instanceof String)) {
      throw url.invalid("the endpoint URL is " + Kind.describe(text) + ", not a string");
    }
    Map<String, List<String>> headerValues = new LinkedHashMap<>();
    for (Map.Entry<String, List<Expression>> header : headers.entrySet()) {
      List<String> values = new ArrayList<>();
      for (Expression expression : header.getValue()) {
        Object value = expression.evaluate(scope);
        if (!(value instanceof String)) {
          throw expression.invalid(
              "a value of the header "
                  + header.getKey()
                  + " is "
                  + Kind.describe(value)
                  + ", not a string");
        }
        values.add((String) value);
      }
      headerValues.put(header.getKey(), Collections.unmodifiableList(values));
    }
    return new ResolvedEndpoint(toUri((String) text), headerValues, properties.evaluate(scope));
  }

  /** The URL as a URI, which must be absolute and name a host (an authority). */
  private static URI toUri(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new EndpointResolutionException(
          "The endpoint rule set resolved to '"
              + url
              + "', which is not a valid"
              + " URI ("
              // Not the index: where the JDK points differs between releases (17 and 25).
              + e.getReason()
              + ")",
          e);
    }
    if (!uri.isAbsolute() || uri.getRawAuthority() == null) {
      throw new EndpointResolutionException(
          "The endpoint rule set resolved to '"
              + url
              + "', which is not an"
              + " absolute URL with a host, such as https://example.com");
    }
    return uri;
  }
}
