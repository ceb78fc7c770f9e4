package dev.apigw.testkit.internal.rules;

import dev.apigw.testkit.internal.ApiError;
import dev.apigw.testkit.internal.store.ProposedChange;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A route key must not be blank; an HTTP API's is {@code $default} or an HTTP method, a space and a
 * path that starts with {@code /}, such as {@code GET /pets/{id}}. A WebSocket API's is free.
 */
final class RouteKeyRule implements FieldRule {
  private static final Set<String> HTTP_METHODS =
      Set.of("ANY", "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
  private static final Pattern HTTP_PATH = Pattern.compile("/[^\\s]*");

  @Override
  public void check(ProposedChange change) {
    Object sent = change.body().get("routeKey");
    if (sent == null) {
      return;
    }
    String routeKey = String.valueOf(sent);
    if (routeKey.isBlank()) {
      throw ApiError.badRequest("Invalid route key: it must not be blank");
    }
    boolean http = "HTTP".equals(change.parent().fields().get("protocolType"));
    if (!http || routeKey.equals("$default")) {
      return;
    }
    int space = routeKey.indexOf(' ');
    String method = space < 0 ? "" : routeKey.substring(0, space);
    String path = space < 0 ? "" : routeKey.substring(space + 1);
    if (!HTTP_METHODS.contains(method) || !HTTP_PATH.matcher(path).matches()) {
      throw ApiError.badRequest(
          "Invalid route key '"
              + routeKey
              + "': use $default or an HTTP method (ANY, GET, "
              + "POST, PUT, PATCH, DELETE, HEAD, OPTIONS), a space and a path that starts with /");
    }
  }
}
