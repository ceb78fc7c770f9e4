package dev.apigw.testkit.internal.openapi;

import static dev.apigw.testkit.internal.openapi.OpenApiFormat.ANY_METHOD;
import static dev.apigw.testkit.internal.openapi.OpenApiFormat.CORS;

import dev.apigw.testkit.internal.ApiError;
import dev.apigw.testkit.internal.JsonTree;
import dev.apigw.testkit.internal.Maps;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What an OpenAPI document says about an HTTP API. */
final class OpenApiDefinition {
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch");

  String title;
  @Nullable String version;
  @Nullable String description;
  @Nullable Map<String, Object> cors;
  final List<PathOperation> operations = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();

  static OpenApiDefinition of(Map<String, Object> document, String basepath) {
    Object openapi = document.get("openapi");
    if (openapi == null || !String.valueOf(openapi).startsWith("3.")) {
      throw ApiError.badRequest(
          "Only OpenAPI 3.0 documents can be imported: openapi is " + openapi);
    }
    OpenApiDefinition definition = new OpenApiDefinition();
    Map<String, Object> info =
        document.get("info") instanceof Map ? Maps.of(document.get("info")) : Map.of();
    if (info.get("title") == null || String.valueOf(info.get("title")).isBlank()) {
      throw ApiError.badRequest("The OpenAPI document has no info.title to name the API");
    }
    definition.title = String.valueOf(info.get("title"));
    definition.version = info.get("version") == null ? null : String.valueOf(info.get("version"));
    definition.description =
        info.get("description") == null ? null : String.valueOf(info.get("description"));
    if (document.get(CORS) instanceof Map) {
      definition.cors = Maps.of(JsonTree.copy(document.get(CORS)));
    }
    String prefix = prefix(basePath(document), basepath);
    Object paths = document.get("paths");
    if (!(paths instanceof Map)) {
      throw ApiError.badRequest("The OpenAPI document has no paths");
    }
    Maps.of(paths)
        .forEach(
            (path, item) -> {
              if (!(item instanceof Map)) {
                return;
              }
              Maps.of(item)
                  .forEach(
                      (key, value) -> {
                        String method =
                            key.equals(ANY_METHOD)
                                ? "ANY"
                                : METHODS.contains(key) ? key.toUpperCase(Locale.ROOT) : null;
                        if (method == null || !(value instanceof Map)) {
                          return;
                        }
                        definition.operations.add(
                            PathOperation.of(
                                method,
                                path.equals("/$default") && method.equals("ANY")
                                    ? "$default"
                                    : method + " " + prefix + path,
                                Maps.of(value),
                                definition.warnings));
                      });
            });
    definition.warnings.addAll(SchemaReferences.unresolved(document));
    return definition;
  }

  void describeInto(Map<String, Object> api) {
    if (version != null) {
      api.put("version", version);
    }
    if (description != null) {
      api.put("description", description);
    }
  }

  private static String basePath(Map<String, Object> document) {
    Object servers = document.get("servers");
    if (!(servers instanceof List)
        || ((List<?>) servers).isEmpty()
        || !(((List<?>) servers).get(0) instanceof Map)) {
      return "";
    }
    Map<String, Object> server = Maps.of(((List<?>) servers).get(0));
    String url = String.valueOf(server.getOrDefault("url", ""));
    Object variables = server.get("variables");
    if (variables instanceof Map) {
      for (Map.Entry<String, Object> variable : Maps.of(variables).entrySet()) {
        if (variable.getValue() instanceof Map) {
          url =
              url.replace(
                  "{" + variable.getKey() + "}",
                  String.valueOf(Maps.of(variable.getValue()).getOrDefault("default", "")));
        }
      }
    }
    String path;
    try {
      path = url.contains("://") ? URI.create(url).getPath() : url;
    } catch (IllegalArgumentException e) {
      path = "";
    }
    path = path == null ? "" : path;
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path.isEmpty() || path.startsWith("/") ? path : "/" + path;
  }

  private static String prefix(String basePath, String mode) {
    switch (mode) {
      case "prepend":
        return basePath;
      case "split":
        {
          int second = basePath.indexOf('/', 1);
          return second < 0 ? "" : basePath.substring(second);
        }
      default:
        return "";
    }
  }
}
