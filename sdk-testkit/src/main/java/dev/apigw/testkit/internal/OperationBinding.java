package dev.apigw.testkit.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One operation's HTTP binding: its method, URI template and success status. Immutable. */
public final class OperationBinding {
  private final String name;
  private final String method;
  private final String uri;
  private final String[] segments;
  private final int successStatus;
  private final String input;
  private final @Nullable String output;

  private OperationBinding(
      String name,
      String method,
      String uri,
      int successStatus,
      String input,
      @Nullable String output) {
    this.name = name;
    this.method = method;
    this.uri = uri;
    this.segments = uri.substring(1).split("/", -1);
    this.successStatus = successStatus;
    this.input = input;
    this.output = output;
  }

  @SuppressWarnings("unchecked")
  static OperationBinding of(String name, Map<String, Object> op) {
    Map<String, Object> http = (Map<String, Object>) op.get("http");
    Number status = (Number) http.get("successStatus");
    return new OperationBinding(
        name,
        (String) http.get("method"),
        (String) http.get("uri"),
        status == null ? 200 : status.intValue(),
        (String) op.get("input"),
        (String) op.get("output"));
  }

  public String name() {
    return name;
  }

  public String method() {
    return method;
  }

  public String uri() {
    return uri;
  }

  public int successStatus() {
    return successStatus;
  }

  public String input() {
    return input;
  }

  public @Nullable String output() {
    return output;
  }

  /** The URI labels in order, such as {@code apiId} and {@code routeId}. */
  public List<String> labels() {
    List<String> labels = new ArrayList<>();
    for (String segment : segments) {
      if (segment.startsWith("{")) {
        labels.add(segment.substring(1, segment.length() - 1));
      }
    }
    return labels;
  }

  /**
   * The decoded label values when {@code rawPath} (as sent, percent-encoded) matches this
   * operation's template; null when it does not.
   */
  public @Nullable Map<String, String> match(String requestMethod, String rawPath) {
    if (!method.equals(requestMethod) || !rawPath.startsWith("/")) {
      return null;
    }
    String[] parts = rawPath.substring(1).split("/", -1);
    if (parts.length != segments.length) {
      return null;
    }
    Map<String, String> labels = new LinkedHashMap<>();
    for (int i = 0; i < parts.length; i++) {
      if (segments[i].startsWith("{")) {
        if (parts[i].isEmpty()) {
          return null;
        }
        labels.put(segments[i].substring(1, segments[i].length() - 1), decode(parts[i]));
      } else if (!segments[i].equals(parts[i])) {
        return null;
      }
    }
    return labels;
  }

  private static String decode(String segment) {
    try {
      return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("The request path has a malformed percent-encoding: " + segment);
    }
  }

  @Override
  public String toString() {
    return name + " " + method + " " + uri;
  }
}
