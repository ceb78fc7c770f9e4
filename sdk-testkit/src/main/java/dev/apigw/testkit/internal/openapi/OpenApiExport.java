package dev.apigw.testkit.internal.openapi;

import static dev.apigw.testkit.internal.openapi.OpenApiFormat.ANY_METHOD;
import static dev.apigw.testkit.internal.openapi.OpenApiFormat.CORS;
import static dev.apigw.testkit.internal.openapi.OpenApiFormat.INTEGRATION;
import static dev.apigw.testkit.internal.openapi.OpenApiFormat.INTEGRATION_FIELDS;
import static dev.apigw.testkit.internal.openapi.OpenApiFormat.JSON;
import static dev.apigw.testkit.internal.openapi.OpenApiFormat.YAML;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.apigw.testkit.internal.Answer;
import dev.apigw.testkit.internal.ApiError;
import dev.apigw.testkit.internal.CallInput;
import dev.apigw.testkit.internal.JsonTree;
import dev.apigw.testkit.internal.Maps;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ResourceKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code ExportApi} for HTTP APIs, as an OpenAPI 3.0 document in JSON or YAML: a path operation for
 * each route, with its integration as {@code x-amazon-apigateway-integration} and the CORS
 * configuration as {@code x-amazon-apigateway-cors} unless extensions are left out.
 */
public final class OpenApiExport {
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}+]+)\\+?}");

  /** {@code ExportApi}: the API as an OpenAPI 3.0 document. */
  public Answer exportApi(CallInput in, Resource api) {
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
      Maps.of(paths.computeIfAbsent(path, p -> new LinkedHashMap<String, Object>()))
          .put(method, pathOperation(api, route, routeKey, path, extensions));
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

  /** The operation a route is exported as, under its path and method. */
  private static Map<String, Object> pathOperation(
      Resource api, Resource route, String routeKey, String path, boolean extensions) {
    Map<String, Object> operation = new LinkedHashMap<>();
    if (route.fields().get("operationName") != null) {
      operation.put("operationId", route.fields().get("operationName"));
    }
    List<Object> parameters = pathParameters(path);
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
    return operation;
  }

  /** A required string parameter for each {@code {name}} or {@code {name+}} in the path. */
  private static List<Object> pathParameters(String path) {
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
    return parameters;
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
}
