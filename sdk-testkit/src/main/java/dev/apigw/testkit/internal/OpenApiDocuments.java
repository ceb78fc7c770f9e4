package dev.apigw.testkit.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.apigw.core.Nullable;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ResourceKind;
import dev.apigw.testkit.internal.store.ResourceStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ImportApi}, {@code ReimportApi} and {@code ExportApi} for HTTP APIs with OpenAPI 3.0
 * documents in JSON or YAML: routes come from paths and their operations, integrations from {@code
 * x-amazon-apigateway-integration}, CORS from {@code x-amazon-apigateway-cors}; the export writes
 * the same back.
 *
 * <p>{@code basepath}: {@code ignore} (the default) drops the base path of the first server; {@code
 * prepend} puts it before every route path; {@code split} drops its first segment and puts the rest
 * before every route path. {@code failOnWarnings=true} turns warnings (an operation without
 * responses, an integration type HTTP APIs do not have) into a {@code BadRequestException};
 * otherwise they come back in {@code warnings}.
 */
final class OpenApiDocuments {
  private static final JsonFactory JSON = new JsonFactory();
  private static final YAMLFactory YAML =
      YAMLFactory.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .build();
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch");
  private static final String ANY_METHOD = "x-amazon-apigateway-any-method";
  private static final String INTEGRATION = "x-amazon-apigateway-integration";
  private static final String CORS = "x-amazon-apigateway-cors";
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}+]+)\\+?}");

  /**
   * Integration members and the {@code x-amazon-apigateway-integration} fields they are written as.
   */
  private static final String[][] INTEGRATION_FIELDS = {
    {"integrationUri", "uri"},
    {"integrationMethod", "httpMethod"},
    {"payloadFormatVersion", "payloadFormatVersion"},
    {"connectionType", "connectionType"},
    {"connectionId", "connectionId"},
    {"credentialsArn", "credentials"},
    {"timeoutInMillis", "timeoutInMillis"},
  };

  private final ResourceStore service;

  OpenApiDocuments(ResourceStore service) {
    this.service = service;
  }

  Resource importApi(CallInput in) {
    Definition definition = read(in);
    Map<String, Object> api = new LinkedHashMap<>();
    api.put("name", definition.title);
    api.put("protocolType", "HTTP");
    definition.describeInto(api);
    Resource created = service.create(ResourceKind.API, service.root(), api);
    build(created, definition);
    return created;
  }

  Resource reimportApi(CallInput in, Resource api) {
    if (!"HTTP".equals(api.fields().get("protocolType"))) {
      throw ApiError.badRequest("Only HTTP APIs can be reimported from an OpenAPI document");
    }
    Definition definition = read(in);
    for (Resource route : api.children(ResourceKind.ROUTE)) {
      service.remove(route);
    }
    for (Resource integration : api.children(ResourceKind.INTEGRATION)) {
      service.remove(integration);
    }
    api.fields().put("name", definition.title);
    api.fields().remove("corsConfiguration");
    definition.describeInto(api.fields());
    build(api, definition);
    return api;
  }

  private void build(Resource api, Definition definition) {
    if (definition.cors != null) {
      api.fields().put("corsConfiguration", definition.cors);
    }
    for (Operation operation : definition.operations) {
      Map<String, Object> route = new LinkedHashMap<>();
      route.put("routeKey", operation.routeKey);
      if (operation.operationId != null) {
        route.put("operationName", operation.operationId);
      }
      if (operation.integration != null) {
        Resource integration = service.create(ResourceKind.INTEGRATION, api, operation.integration);
        route.put("target", "integrations/" + integration.id());
      }
      service.create(ResourceKind.ROUTE, api, route);
    }
    if (!definition.warnings.isEmpty()) {
      api.fields().put("warnings", new ArrayList<>(definition.warnings));
    } else {
      api.fields().remove("warnings");
    }
  }

  private Definition read(CallInput in) {
    Object text = in.body().get("body");
    Map<String, Object> document = parse(String.valueOf(text));
    String basepath =
        in.query("basepath") == null ? "ignore" : in.query("basepath").toLowerCase(Locale.ROOT);
    if (!List.of("ignore", "prepend", "split").contains(basepath)) {
      throw ApiError.badRequest(
          "basepath must be ignore, prepend or split: " + in.query("basepath"));
    }
    Definition definition = Definition.of(document, basepath);
    if ("true".equalsIgnoreCase(in.query("failOnWarnings")) && !definition.warnings.isEmpty()) {
      throw ApiError.badRequest(
          "Warnings found during import:\n\t" + String.join("\n\t", definition.warnings));
    }
    return definition;
  }

  private static Map<String, Object> parse(String text) {
    String trimmed = text.trim();
    Object document;
    try (JsonParser parser =
        trimmed.startsWith("{") ? JSON.createParser(trimmed) : YAML.createParser(trimmed)) {
      document = JsonTree.parse(parser);
    } catch (IOException | RuntimeException e) {
      throw ApiError.badRequest("The OpenAPI document could not be parsed: " + e.getMessage());
    }
    if (!(document instanceof Map)) {
      throw ApiError.badRequest("The OpenAPI document must be an object");
    }
    return Maps.of(document);
  }

  Answer exportApi(CallInput in, Resource api) {
    if (!"OAS30".equals(in.label("specification"))) {
      throw ApiError.badRequest(
          "Unsupported specification " + in.label("specification") + ": only OAS30");
    }
    String outputType = in.query("outputType");
    if (!"JSON".equals(outputType) && !"YAML".equals(outputType)) {
      throw ApiError.badRequest("outputType must be JSON or YAML: " + outputType);
    }
    if (!"HTTP".equals(api.fields().get("protocolType"))) {
      throw ApiError.badRequest("Only HTTP APIs can be exported");
    }
    String stageName = in.query("stageName");
    if (stageName != null && api.child(ResourceKind.STAGE, stageName) == null) {
      throw ResourceKind.STAGE.notFound(stageName);
    }
    String exportVersion = in.query("exportVersion");
    if (exportVersion != null && !"1.0".equals(exportVersion)) {
      throw ApiError.badRequest("exportVersion must be 1.0: " + exportVersion);
    }
    boolean extensions = !"false".equalsIgnoreCase(in.query("includeExtensions"));
    Map<String, Object> document = document(api, stageName, extensions);
    boolean yaml = "YAML".equals(outputType);
    return Answer.raw(200, write(document, yaml), yaml ? "application/yaml" : "application/json");
  }

  private static Map<String, Object> document(
      Resource api, @Nullable String stageName, boolean extensions) {
    Map<String, Object> f = api.fields();
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("openapi", "3.0.1");
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("title", f.get("name"));
    if (f.get("description") != null) {
      info.put("description", f.get("description"));
    }
    info.put("version", f.getOrDefault("version", f.get("createdDate")));
    document.put("info", info);
    Map<String, Object> server = new LinkedHashMap<>();
    server.put(
        "url",
        f.get("apiEndpoint")
            + (stageName == null || stageName.equals("$default") ? "" : "/" + stageName));
    document.put("servers", List.of(server));
    Map<String, Object> paths = new LinkedHashMap<>();
    for (Resource route : api.children(ResourceKind.ROUTE)) {
      String routeKey = String.valueOf(route.fields().get("routeKey"));
      String method;
      String path;
      if (routeKey.equals("$default")) {
        method = ANY_METHOD;
        path = "/$default";
      } else {
        int space = routeKey.indexOf(' ');
        String verb = routeKey.substring(0, space);
        method = verb.equals("ANY") ? ANY_METHOD : verb.toLowerCase(Locale.ROOT);
        path = routeKey.substring(space + 1);
      }
      Map<String, Object> operation = new LinkedHashMap<>();
      if (route.fields().get("operationName") != null) {
        operation.put("operationId", route.fields().get("operationName"));
      }
      List<Object> parameters = new ArrayList<>();
      Matcher parameter = PATH_PARAMETER.matcher(path);
      while (parameter.find()) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", parameter.group(1));
        p.put("in", "path");
        p.put("required", true);
        p.put("schema", new LinkedHashMap<>(Map.of("type", "string")));
        parameters.add(p);
      }
      if (!parameters.isEmpty()) {
        operation.put("parameters", parameters);
      }
      operation.put(
          "responses",
          new LinkedHashMap<>(
              Map.of(
                  "default",
                  new LinkedHashMap<>(Map.of("description", "Default response for " + routeKey)))));
      Object target = route.fields().get("target");
      if (extensions && target != null && String.valueOf(target).startsWith("integrations/")) {
        Resource integration =
            api.child(ResourceKind.INTEGRATION, String.valueOf(target).substring(13));
        if (integration != null) {
          operation.put(INTEGRATION, integrationExtension(integration.fields()));
        }
      }
      Maps.of(paths.computeIfAbsent(path, p -> new LinkedHashMap<String, Object>()))
          .put(method, operation);
    }
    document.put("paths", paths);
    if (extensions) {
      if (f.get("corsConfiguration") != null) {
        document.put(CORS, JsonTree.copy(f.get("corsConfiguration")));
      }
      document.put("x-amazon-apigateway-importexport-version", "1.0");
    }
    return document;
  }

  private static Map<String, Object> integrationExtension(Map<String, Object> integration) {
    Map<String, Object> extension = new LinkedHashMap<>();
    extension.put(
        "type", String.valueOf(integration.get("integrationType")).toLowerCase(Locale.ROOT));
    for (String[] field : INTEGRATION_FIELDS) {
      copy(integration, field[0], extension, field[1]);
    }
    return extension;
  }

  private static void copy(
      Map<String, Object> from, String fromName, Map<String, Object> to, String toName) {
    if (from.get(fromName) != null) {
      to.put(toName, JsonTree.copy(from.get(fromName)));
    }
  }

  private static byte[] write(Map<String, Object> document, boolean yaml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator generator = yaml ? YAML.createGenerator(out) : JSON.createGenerator(out)) {
      if (!yaml) {
        generator.useDefaultPrettyPrinter();
      }
      JsonTree.write(generator, document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** What an OpenAPI document says about an HTTP API. */
  private static final class Definition {
    String title;
    @Nullable String version;
    @Nullable String description;
    @Nullable Map<String, Object> cors;
    final List<Operation> operations = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    static Definition of(Map<String, Object> document, String basepath) {
      Object openapi = document.get("openapi");
      if (openapi == null || !String.valueOf(openapi).startsWith("3.")) {
        throw ApiError.badRequest(
            "Only OpenAPI 3.0 documents can be imported: openapi is " + openapi);
      }
      Definition definition = new Definition();
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
                              Operation.of(
                                  method,
                                  path.equals("/$default") && method.equals("ANY")
                                      ? "$default"
                                      : method + " " + prefix + path,
                                  Maps.of(value),
                                  definition.warnings));
                        });
              });
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

  /** One operation of a path: its route key and the integration it names. */
  private static final class Operation {
    final String routeKey;
    final @Nullable String operationId;
    final @Nullable Map<String, Object> integration;

    private Operation(
        String routeKey, @Nullable String operationId, @Nullable Map<String, Object> integration) {
      this.routeKey = routeKey;
      this.operationId = operationId;
      this.integration = integration;
    }

    static Operation of(
        String method, String routeKey, Map<String, Object> operation, List<String> warnings) {
      if (!(operation.get("responses") instanceof Map)) {
        warnings.add("Operation " + routeKey + " has no responses");
      }
      Map<String, Object> integration = null;
      Object extension = operation.get(INTEGRATION);
      if (extension instanceof Map) {
        Map<String, Object> x = Maps.of(extension);
        String type = String.valueOf(x.getOrDefault("type", "")).toUpperCase(Locale.ROOT);
        if (!type.equals("AWS_PROXY") && !type.equals("HTTP_PROXY")) {
          warnings.add(
              "Unsupported integration type '"
                  + x.get("type")
                  + "' for "
                  + routeKey
                  + ": it is ignored");
        } else {
          integration = new LinkedHashMap<>();
          integration.put("integrationType", type);
          for (String[] field : INTEGRATION_FIELDS) {
            Object value = x.get(field[1]);
            if (value == null) {
              continue;
            }
            if (field[0].equals("timeoutInMillis")) {
              if (value instanceof Number) {
                integration.put(field[0], ((Number) value).longValue());
              } else {
                warnings.add("timeoutInMillis of " + routeKey + " is not a number: it is ignored");
              }
            } else if (value instanceof Map || value instanceof List) {
              warnings.add(field[1] + " of " + routeKey + " is not a single value: it is ignored");
            } else {
              integration.put(
                  field[0],
                  value instanceof java.math.BigDecimal
                      ? ((java.math.BigDecimal) value).toPlainString()
                      : String.valueOf(value));
            }
          }
        }
      }
      Object operationId = operation.get("operationId");
      return new Operation(
          routeKey, operationId == null ? null : String.valueOf(operationId), integration);
    }
  }
}
