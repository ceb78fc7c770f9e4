package dev.apigw.testkit.internal.openapi;

import static dev.apigw.testkit.internal.openapi.OpenApiFormat.JSON;
import static dev.apigw.testkit.internal.openapi.OpenApiFormat.YAML;

import com.fasterxml.jackson.core.JsonParser;
import dev.apigw.testkit.Quota;
import dev.apigw.testkit.internal.ApiError;
import dev.apigw.testkit.internal.CallInput;
import dev.apigw.testkit.internal.JsonTree;
import dev.apigw.testkit.internal.Maps;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ResourceKind;
import dev.apigw.testkit.internal.store.ResourceStore;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ImportApi} and {@code ReimportApi} for HTTP APIs from OpenAPI 3.0 documents in JSON or
 * YAML: routes come from paths and their operations, integrations from {@code
 * x-amazon-apigateway-integration}, CORS from {@code x-amazon-apigateway-cors}.
 *
 * <p>{@code basepath}: {@code ignore} (the default) drops the base path of the first server; {@code
 * prepend} puts it before every route path; {@code split} drops its first segment and puts the rest
 * before every route path. {@code failOnWarnings=true} turns warnings (an operation without
 * responses, an integration type HTTP APIs do not have) into a {@code BadRequestException};
 * otherwise they come back in {@code warnings}. A document with more routes or integrations than
 * the API's quotas allow is refused before anything is created.
 */
public final class OpenApiImport {
  private final ResourceStore store;

  public OpenApiImport(ResourceStore store) {
    this.store = store;
  }

  /** {@code ImportApi}: a new HTTP API from the document. */
  public Resource importApi(CallInput in) {
    OpenApiDefinition definition = read(in);
    requireRoom(definition);
    Map<String, Object> api = new LinkedHashMap<>();
    api.put("name", definition.title);
    api.put("protocolType", "HTTP");
    definition.describeInto(api);
    Resource created = store.create(ResourceKind.API, store.root(), api);
    build(created, definition);
    return created;
  }

  /** {@code ReimportApi}: the API's routes, integrations and CORS as the document says. */
  public Resource reimportApi(CallInput in, Resource api) {
    if (!"HTTP".equals(api.fields().get("protocolType"))) {
      throw ApiError.badRequest("Only HTTP APIs can be reimported from an OpenAPI document");
    }
    OpenApiDefinition definition = read(in);
    requireRoom(definition);
    for (Resource route : api.children(ResourceKind.ROUTE)) {
      store.remove(route);
    }
    for (Resource integration : api.children(ResourceKind.INTEGRATION)) {
      store.remove(integration);
    }
    api.fields().put("name", definition.title);
    api.fields().remove("corsConfiguration");
    definition.describeInto(api.fields());
    build(api, definition);
    return api;
  }

  /**
   * Refuses, before anything is created, a document with more routes or integrations than the API's
   * quotas allow: an import replaces them all, so none of the API's count.
   */
  private void requireRoom(OpenApiDefinition definition) {
    long integrations =
        definition.operations.stream().filter(operation -> operation.integration != null).count();
    store.quotas().requireRoom(Quota.ROUTES_PER_API, 0, definition.operations.size());
    store.quotas().requireRoom(Quota.INTEGRATIONS_PER_API, 0, integrations);
  }

  private void build(Resource api, OpenApiDefinition definition) {
    if (definition.cors != null) {
      api.fields().put("corsConfiguration", definition.cors);
    }
    for (PathOperation operation : definition.operations) {
      Map<String, Object> route = new LinkedHashMap<>();
      route.put("routeKey", operation.routeKey);
      if (operation.operationId != null) {
        route.put("operationName", operation.operationId);
      }
      if (operation.integration != null) {
        Resource integration = store.create(ResourceKind.INTEGRATION, api, operation.integration);
        route.put("target", "integrations/" + integration.id());
      }
      store.create(ResourceKind.ROUTE, api, route);
    }
    if (!definition.warnings.isEmpty()) {
      api.fields().put("warnings", new ArrayList<>(definition.warnings));
    } else {
      api.fields().remove("warnings");
    }
  }

  private OpenApiDefinition read(CallInput in) {
    Object text = in.body().get("body");
    Map<String, Object> document = parse(String.valueOf(text));
    String basepath =
        in.query("basepath") == null ? "ignore" : in.query("basepath").toLowerCase(Locale.ROOT);
    if (!List.of("ignore", "prepend", "split").contains(basepath)) {
      throw ApiError.badRequest(
          "basepath must be ignore, prepend or split: " + in.query("basepath"));
    }
    OpenApiDefinition definition = OpenApiDefinition.of(document, basepath);
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
}
