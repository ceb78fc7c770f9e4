package dev.apigw.core.internal.endpoints;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What an endpoint rule gives: the URL, the headers to send with requests to it, and its properties
 * (such as {@code authSchemes}) as plain values ({@code String}, {@code Boolean}, {@code Integer},
 * {@code List}, {@code Map}). Immutable.
 */
public final class ResolvedEndpoint {
  private final URI url;
  private final Map<String, List<String>> headers;
  private final Map<String, Object> properties;

  ResolvedEndpoint(URI url, Map<String, List<String>> headers, Map<String, Object> properties) {
    this.url = url;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  public URI url() {
    return url;
  }

  /** Header names to their values, in the rule set's order; empty when the rule names none. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The endpoint's properties; empty when the rule names none. */
  public Map<String, Object> properties() {
    return properties;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ResolvedEndpoint)) {
      return false;
    }
    ResolvedEndpoint that = (ResolvedEndpoint) other;
    return url.equals(that.url)
        && headers.equals(that.headers)
        && properties.equals(that.properties);
  }

  @Override
  public int hashCode() {
    return (url.hashCode() * 31 + headers.hashCode()) * 31 + properties.hashCode();
  }

  @Override
  public String toString() {
    return "ResolvedEndpoint{url="
        + url
        + ", headers="
        + headers
        + ", properties="
        + properties
        + "}";
  }
}
