package dev.apigw.testkit.internal.rules;

import static dev.apigw.testkit.internal.rules.Check.naming;
import static dev.apigw.testkit.internal.rules.Check.of;

import dev.apigw.testkit.internal.store.ProposedChange;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A route key, checked in full. An HTTP API's is {@code $default} or a method (or {@code ANY}), a
 * space and a path such as {@code GET /pets/{id}}, whose greedy variable {@code {proxy+}} may only
 * end it and whose variables have distinct names. A WebSocket API's is {@code $connect}, {@code
 * $disconnect}, {@code $default} or a custom key that does not start with {@code $}.
 */
final class RouteKeyRule implements FieldRule {
  private static final Set<String> HTTP_METHODS =
      Set.of("ANY", "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");
  private static final Set<String> WEBSOCKET_SPECIAL =
      Set.of("$connect", "$disconnect", "$default");

  /** The pattern the service names when it refuses a segment of a route's path. */
  static final String PATH_PART = "^(\\{[\\w.:-]+\\+?\\}|[a-zA-Z0-9.:_-]+)$";

  private static final Pattern SEGMENT = Pattern.compile(PATH_PART);

  static final List<Check> TABLE =
      List.of(
          of(
                  "route-key-blank",
                  "A route has a key: it cannot be empty.",
                  change -> routeKey(change) != null && routeKey(change).isBlank(),
                  "Route key is required")
              .recordedIn("a 2022 report of CreateRoute sent an empty key"),
          of(
                  "http-route-key-form",
                  "An HTTP API's route key is $default, or an HTTP method or ANY, a space and a"
                      + " path starting with /.",
                  change -> isHttpKey(change) && !httpFormOk(routeKey(change)),
                  "The provided route key is not formatted properly for HTTP protocol. Format"
                      + " should be \"<HTTP METHOD> /<RESOURCE PATH>\" or \"$default\"")
              .recordedIn("CloudFormation and Terraform reports of CreateRoute with \"POST/x\""),
          of(
                  "http-route-key-path-parts",
                  "Each segment of a route's path is a literal of letters, digits and . : _ -, or"
                      + " one variable in braces, {name} or a greedy {name+}.",
                  change ->
                      isHttpKey(change)
                          && httpFormOk(routeKey(change))
                          && !segmentsOk(path(routeKey(change))),
                  "One or more path parts appear to be invalid. Parts are validated against this"
                      + " regular expression: "
                      + PATH_PART)
              .recordedIn(
                  "a 2021 report of an HTTP API route with a bad path part, and the pattern AWS's"
                      + " own Lambda test tool holds route paths to"),
          naming(
              "http-route-key-greedy-last",
              "A greedy path variable such as {proxy+} catches all the rest of the path, so it can"
                  + " only be the last segment.",
              change -> isHttpKey(change) && greedyNotLast(path(routeKey(change))),
              change ->
                  "Invalid route key '"
                      + routeKey(change)
                      + "': a greedy path variable must be the last segment of the path"),
          naming(
              "http-route-key-distinct-variables",
              "Each path variable of a route names a different request parameter.",
              change -> isHttpKey(change) && repeatsVariable(path(routeKey(change))),
              change ->
                  "Invalid route key '"
                      + routeKey(change)
                      + "': a path variable is used more than once"),
          of(
                  "websocket-route-key-reserved",
                  "A WebSocket API's keys starting with $ are the predefined $connect, $disconnect"
                      + " and $default; any other key is custom.",
                  change -> {
                    String key = routeKey(change);
                    return key != null
                        && ApiProtocol.isWebSocket(change.parent())
                        && key.startsWith("$")
                        && !WEBSOCKET_SPECIAL.contains(key);
                  },
                  "The provided route key is not formatted properly")
              .recordedIn("a 2021 report of a WebSocket route keyed $getauthorized"));

  @Override
  public void check(ProposedChange change) {
    for (Check entry : TABLE) {
      entry.check(change);
    }
  }

  private static String routeKey(ProposedChange change) {
    Object sent = change.body().get("routeKey");
    return sent == null ? null : String.valueOf(sent);
  }

  private static boolean isHttpKey(ProposedChange change) {
    String key = routeKey(change);
    return key != null
        && !key.isBlank()
        && !key.equals("$default")
        && ApiProtocol.isHttp(change.parent());
  }

  private static String path(String routeKey) {
    int space = routeKey.indexOf(' ');
    return space < 0 ? "" : routeKey.substring(space + 1);
  }

  private static boolean httpFormOk(String routeKey) {
    int space = routeKey.indexOf(' ');
    if (space < 0 || !HTTP_METHODS.contains(routeKey.substring(0, space))) {
      return false;
    }
    return routeKey.substring(space + 1).startsWith("/");
  }

  private static boolean segmentsOk(String path) {
    if (path.equals("/")) {
      return true;
    }
    for (String segment : path.substring(1).split("/", -1)) {
      if (!SEGMENT.matcher(segment).matches()) {
        return false;
      }
    }
    return true;
  }

  private static boolean greedyNotLast(String path) {
    int greedy = path.indexOf("+}");
    return greedy >= 0 && greedy != path.length() - 2;
  }

  private static boolean repeatsVariable(String path) {
    Set<String> names = new HashSet<>();
    Matcher variable = Pattern.compile("\\{([^}+]+)\\+?\\}").matcher(path);
    while (variable.find()) {
      if (!names.add(variable.group(1))) {
        return true;
      }
    }
    return false;
  }
}
