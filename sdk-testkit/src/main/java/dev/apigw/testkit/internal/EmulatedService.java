package dev.apigw.testkit.internal;

import dev.apigw.testkit.internal.openapi.OpenApiExport;
import dev.apigw.testkit.internal.openapi.OpenApiImport;
import dev.apigw.testkit.internal.rules.AutoDeployRule;
import dev.apigw.testkit.internal.rules.RuleTable;
import dev.apigw.testkit.internal.store.Arns;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ResourceKind;
import dev.apigw.testkit.internal.store.ResourceStore;
import dev.apigw.testkit.internal.store.ResourceViews;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every operation of one emulated account in one region. Most are the generic create, get, list,
 * update (as PATCH) and delete of a {@link ResourceKind}, named after it, on the {@link
 * ResourceStore}; the rest are handled by name here, in {@link ResourceRules} or in {@code
 * openapi}. Every method runs under the instance lock, so the state is thread-safe.
 */
public final class EmulatedService {
  private static final java.util.Set<String> MULTI_STEP =
      java.util.Set.of("CreateApi", "ImportApi", "ReimportApi");

  private final ResourceStore store;
  private final ResourceViews views;
  private final ResourceRules rules;
  private final OpenApiImport openApiImport;
  private final OpenApiExport openApiExport;

  public EmulatedService(ModelIndex model, String region, Clock clock, long seed) {
    this.store = new ResourceStore(region, clock, seed, new RuleTable());
    this.views = new ResourceViews(model, seed);
    this.rules = new ResourceRules(store);
    this.openApiImport = new OpenApiImport(store);
    this.openApiExport = new OpenApiExport();
    store.listen(new AutoDeployRule(store));
  }

  /** Forgets every resource and starts the id sequence over. */
  public synchronized void reset() {
    store.reset();
  }

  /**
   * Answers one call whose input has been checked against the model. A call that fails leaves the
   * state as it was, as the service's operations are atomic: a quick create or an import that fails
   * half way creates nothing.
   */
  public synchronized Answer handle(CallInput in) {
    // Every other operation checks all it needs before it changes anything; these three create
    // several resources.
    Resource before = MULTI_STEP.contains(in.operation().name()) ? store.copyOfRoot() : null;
    try {
      return dispatch(in);
    } catch (RuntimeException e) {
      if (before != null) {
        store.restoreRoot(before);
      }
      throw e;
    }
  }

  /** A copy of the whole state, for {@link #restore(Object)}. */
  public synchronized Object snapshot() {
    return store.copyOfRoot();
  }

  /**
   * Puts back a state taken by {@link #snapshot()}; the snapshot stays usable for later restores.
   */
  public synchronized void restore(Object snapshot) {
    store.restoreRoot((Resource) snapshot);
  }

  private Answer dispatch(CallInput in) {
    String name = in.operation().name();
    switch (name) {
      case "CreateApi":
        return created(in, rules.createApi(in));
      case "ImportApi":
        return created(in, openApiImport.importApi(in));
      case "ReimportApi":
        {
          Resource api = openApiImport.reimportApi(in, store.resolve(in));
          store.changed(api);
          return created(in, api);
        }
      case "ExportApi":
        return openApiExport.exportApi(in, store.resolve(in));
      case "CreateDeployment":
        return created(in, rules.createDeployment(in, store.resolve(in)));
      case "GetModelTemplate":
        {
          Map<String, Object> body = new LinkedHashMap<>();
          Object schema = store.resolve(in).fields().get("schema");
          if (schema != null) {
            body.put("value", schema);
          }
          return Answer.json(200, body);
        }
      case "DeleteCorsConfiguration":
        store.resolve(in).fields().remove("corsConfiguration");
        return Answer.empty(204);
      case "DeleteAccessLogSettings":
        store.resolve(in).fields().remove("accessLogSettings");
        return Answer.empty(204);
      case "DeleteRouteSettings":
        removeEntry(
            store.resolve(in),
            "routeSettings",
            in.label("routeKey"),
            "Invalid route settings key specified");
        return Answer.empty(204);
      case "DeleteRouteRequestParameter":
        removeEntry(
            store.resolve(in),
            "requestParameters",
            in.label("requestParameterKey"),
            "Invalid request parameter key specified");
        store.changed(store.resolve(in));
        return Answer.empty(204);
      case "ResetAuthorizersCache":
        store.resolve(in);
        return Answer.empty(204);
      case "GetTags":
        return Answer.json(200, Map.of("tags", JsonTree.copy(tagsOf(in))));
      case "TagResource":
        {
          Map<String, Object> tags = tagsOf(in);
          Object added = in.body().get("tags");
          if (added instanceof Map) {
            tags.putAll(Maps.of(added));
          }
          return Answer.json(201, new LinkedHashMap<>());
        }
      case "PublishPortal":
        {
          Resource portal = store.resolve(in);
          portal.fields().put("publishStatus", "PUBLISHED");
          portal.fields().put("lastPublished", store.now());
          Object description = in.body().get("description");
          if (description != null) {
            portal.fields().put("lastPublishedDescription", description);
          } else {
            portal.fields().remove("lastPublishedDescription");
          }
          return Answer.json(202, new LinkedHashMap<>());
        }
      case "DisablePortal":
        {
          Resource portal = store.resolve(in);
          if (!"PUBLISHED".equals(portal.fields().get("publishStatus"))) {
            throw ApiError.conflict("The portal " + portal.id() + " is not published");
          }
          portal.fields().put("publishStatus", "DISABLED");
          return Answer.empty(204);
        }
      case "PreviewPortal":
        {
          Resource portal = store.resolve(in);
          Map<String, Object> preview = new LinkedHashMap<>();
          preview.put("previewStatus", "PREVIEW_READY");
          preview.put(
              "previewUrl",
              "https://" + portal.id() + ".preview.portal." + store.region() + ".amazonaws.com");
          portal.fields().put("preview", preview);
          return Answer.json(202, new LinkedHashMap<>());
        }
      case "GetPortalProductSharingPolicy":
        {
          Resource product = store.resolve(in);
          Object policy = product.fields().get("policyDocument");
          if (policy == null) {
            throw ApiError.notFound(
                "The portal product " + product.id() + " has no sharing policy");
          }
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("policyDocument", policy);
          body.put("portalProductId", product.id());
          return Answer.json(200, body);
        }
      case "PutPortalProductSharingPolicy":
        store.resolve(in).fields().put("policyDocument", in.body().get("policyDocument"));
        return Answer.json(200, new LinkedHashMap<>());
      case "DeletePortalProductSharingPolicy":
        if (store.resolve(in).fields().remove("policyDocument") == null) {
          throw ApiError.notFound("The portal product has no sharing policy");
        }
        return Answer.empty(204);
      case "UntagResource":
        {
          Map<String, Object> tags = tagsOf(in);
          in.queryValues("tagKeys").forEach(tags::remove);
          return Answer.empty(204);
        }
      default:
        return generic(in);
    }
  }

  private Answer generic(CallInput in) {
    String name = in.operation().name();
    ResourceKind kind;
    if (name.startsWith("Create")
        && (kind = ResourceKind.ofNoun(name.substring(6), false)) != null) {
      Resource parent = store.resolve(in);
      return created(in, store.create(kind, parent, in.declaredBody()));
    }
    if ((name.startsWith("Get") && (kind = ResourceKind.ofNoun(name.substring(3), true)) != null)
        || (name.startsWith("List")
            && (kind = ResourceKind.ofNoun(name.substring(4), true)) != null)) {
      return Answer.json(200, views.page(in, kind, store.resolve(in)));
    }
    if (name.startsWith("Put") && ResourceKind.ofNoun(name.substring(3), false) != null) {
      Resource resource = store.resolve(in);
      store.replace(resource, in.declaredBody(), in.bodyMembers());
      return Answer.json(200, views.view(resource, in.operation().output()));
    }
    if (name.startsWith("Get") && ResourceKind.ofNoun(name.substring(3), false) != null) {
      return Answer.json(200, views.view(store.resolve(in), in.operation().output()));
    }
    if (name.startsWith("Update") && ResourceKind.ofNoun(name.substring(6), false) != null) {
      Resource resource = store.resolve(in);
      store.update(resource, in.declaredBody());
      return Answer.json(200, views.view(resource, in.operation().output()));
    }
    if (name.startsWith("Delete")
        && (kind = ResourceKind.ofNoun(name.substring(6), false)) != null) {
      Resource resource = store.resolve(in);
      Resource parent = resource.parent();
      store.remove(resource);
      if (kind == ResourceKind.API) {
        removeMappingsTo(resource.id());
      }
      store.changed(parent);
      int status = in.operation().successStatus();
      return status == 204 ? Answer.empty(status) : Answer.json(status, new LinkedHashMap<>());
    }
    throw new IllegalStateException("The emulator has no handler for " + name);
  }

  private Answer created(CallInput in, Resource resource) {
    return Answer.json(
        in.operation().successStatus(), views.view(resource, in.operation().output()));
  }

  private static void removeEntry(Resource resource, String field, String key, String message) {
    Object map = resource.fields().get(field);
    if (!(map instanceof Map) || ((Map<?, ?>) map).remove(key) == null) {
      throw ApiError.notFound(message + " " + key);
    }
  }

  private Map<String, Object> tagsOf(CallInput in) {
    Resource resource = Arns.find(store.root(), store.region(), in.label("resource-arn"));
    Object tags = resource.fields().get("tags");
    if (!(tags instanceof Map)) {
      tags = new LinkedHashMap<String, Object>();
      resource.fields().put("tags", tags);
    }
    return Maps.of(tags);
  }

  /** API mappings of every domain name that point at an API that is gone. */
  private void removeMappingsTo(String apiId) {
    for (Resource domain : store.root().children(ResourceKind.DOMAIN_NAME)) {
      for (Resource mapping : domain.children(ResourceKind.API_MAPPING)) {
        if (apiId.equals(mapping.fields().get("apiId"))) {
          store.remove(mapping);
        }
      }
    }
  }
}
