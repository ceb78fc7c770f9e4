package dev.apigw.testkit.internal;

import dev.apigw.core.Nullable;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one emulated account in one region, and every operation on it. Most operations are the generic
 * create, get, list, update (as PATCH) and delete of a {@link ResourceKind}, named after it; the rest are handled by
 * name here or in {@link OpenApiDocuments}. Every method runs under the instance lock, so the state is thread-safe.
 */
public final class EmulatedService {
  public static final String ACCOUNT_ID = "123456789012";
  static final int DEFAULT_PAGE_SIZE = 100;
  private static final java.util.Set<String> MULTI_STEP = java.util.Set.of("CreateApi", "ImportApi", "ReimportApi");

  private final ModelIndex model;
  private final String region;
  private final Clock clock;
  private final IdGenerator ids;
  private final PageTokens tokens;
  private final ResourceRules rules;
  private final OpenApiDocuments openApi;
  private Resource root = Resource.root();

  public EmulatedService(ModelIndex model, String region, Clock clock, long seed) {
    this.model = model;
    this.region = region;
    this.clock = clock;
    this.ids = new IdGenerator(seed);
    this.tokens = new PageTokens(seed);
    this.rules = new ResourceRules(this);
    this.openApi = new OpenApiDocuments(this);
  }

  public String region() {
    return region;
  }

  /** Forgets every resource and starts the id sequence over. */
  public synchronized void reset() {
    root = Resource.root();
    ids.reset();
  }

  /**
   * Answers one call whose input has been checked against the model. A call that fails leaves the state as it
   * was, as the service's operations are atomic: a quick create or an import that fails half way creates nothing.
   */
  public synchronized Answer handle(CallInput in) {
    // Every other operation checks all it needs before it changes anything; these three create several resources.
    Resource before = MULTI_STEP.contains(in.operation().name()) ? root.copyUnder(null) : null;
    try {
      return dispatch(in);
    } catch (RuntimeException e) {
      if (before != null) {
        root = before;
      }
      throw e;
    }
  }

  /** A copy of the whole state, for {@link #restore(Object)}. */
  public synchronized Object snapshot() {
    return root.copyUnder(null);
  }

  /** Puts back a state taken by {@link #snapshot()}; the snapshot stays usable for later restores. */
  public synchronized void restore(Object snapshot) {
    root = ((Resource) snapshot).copyUnder(null);
  }

  private Answer dispatch(CallInput in) {
    String name = in.operation().name();
    switch (name) {
      case "CreateApi":
        return created(in, rules.createApi(in));
      case "ImportApi":
        return created(in, openApi.importApi(in));
      case "ReimportApi": {
        Resource api = openApi.reimportApi(in, resolve(in));
        rules.afterChange(api);
        return created(in, api);
      }
      case "ExportApi":
        return openApi.exportApi(in, resolve(in));
      case "CreateDeployment":
        return created(in, rules.createDeployment(in, resolve(in)));
      case "GetModelTemplate": {
        Map<String, Object> body = new LinkedHashMap<>();
        Object schema = resolve(in).fields().get("schema");
        if (schema != null) {
          body.put("value", schema);
        }
        return Answer.json(200, body);
      }
      case "DeleteCorsConfiguration":
        resolve(in).fields().remove("corsConfiguration");
        return Answer.empty(204);
      case "DeleteAccessLogSettings":
        resolve(in).fields().remove("accessLogSettings");
        return Answer.empty(204);
      case "DeleteRouteSettings":
        removeEntry(resolve(in), "routeSettings", in.label("routeKey"), "Invalid route settings key specified");
        return Answer.empty(204);
      case "DeleteRouteRequestParameter":
        removeEntry(resolve(in), "requestParameters", in.label("requestParameterKey"),
            "Invalid request parameter key specified");
        rules.afterChange(resolve(in));
        return Answer.empty(204);
      case "ResetAuthorizersCache":
        resolve(in);
        return Answer.empty(204);
      case "GetTags":
        return Answer.json(200, Map.of("tags", JsonTree.copy(tagsOf(byArn(in.label("resource-arn"))))));
      case "TagResource": {
        Map<String, Object> tags = tagsOf(byArn(in.label("resource-arn")));
        Object added = in.body().get("tags");
        if (added instanceof Map) {
          tags.putAll(Maps.of(added));
        }
        return Answer.json(201, new LinkedHashMap<>());
      }
      case "UntagResource": {
        Map<String, Object> tags = tagsOf(byArn(in.label("resource-arn")));
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
    if (name.startsWith("Create") && (kind = ResourceKind.ofNoun(name.substring(6), false)) != null) {
      Resource parent = resolve(in);
      return created(in, create(kind, parent, declaredBody(in)));
    }
    if (name.startsWith("Get") && (kind = ResourceKind.ofNoun(name.substring(3), true)) != null) {
      return Answer.json(200, list(in, kind, resolve(in)));
    }
    if (name.startsWith("Get") && ResourceKind.ofNoun(name.substring(3), false) != null) {
      return Answer.json(200, view(resolve(in), in.operation().output()));
    }
    if (name.startsWith("Update") && ResourceKind.ofNoun(name.substring(6), false) != null) {
      Resource resource = resolve(in);
      update(resource, declaredBody(in));
      return Answer.json(200, view(resource, in.operation().output()));
    }
    if (name.startsWith("Delete") && (kind = ResourceKind.ofNoun(name.substring(6), false)) != null) {
      Resource resource = resolve(in);
      Resource parent = resource.parent();
      parent.removeChild(kind, resource.id());
      if (kind == ResourceKind.API) {
        removeMappingsTo(resource.id());
      }
      rules.afterChange(parent);
      int status = in.operation().successStatus();
      return status == 204 ? Answer.empty(status) : Answer.json(status, new LinkedHashMap<>());
    }
    throw new IllegalStateException("The emulator has no handler for " + name);
  }

  /** The body members the operation's input declares; anything else a caller sends is ignored, as by the service. */
  Map<String, Object> declaredBody(CallInput in) {
    Map<String, Object> declared = new LinkedHashMap<>();
    for (String wireName : model.bodyWireNames(in.operation().input())) {
      if (in.body().get(wireName) != null) {
        declared.put(wireName, in.body().get(wireName));
      }
    }
    return declared;
  }

  /** API mappings of every domain name that point at an API that is gone. */
  private void removeMappingsTo(String apiId) {
    for (Resource domain : root.children(ResourceKind.DOMAIN_NAME)) {
      for (Resource mapping : domain.children(ResourceKind.API_MAPPING)) {
        if (apiId.equals(mapping.fields().get("apiId"))) {
          domain.removeChild(ResourceKind.API_MAPPING, mapping.id());
        }
      }
    }
  }

  private Answer created(CallInput in, Resource resource) {
    return Answer.json(in.operation().successStatus(), view(resource, in.operation().output()));
  }

  /** Creates a resource of {@code kind} under {@code parent} from body fields, with the service's defaults. */
  Resource create(ResourceKind kind, Resource parent, Map<String, Object> body) {
    String id;
    if (kind.idLength() > 0) {
      do {
        id = ids.next(kind.idLength());
      } while (parent.child(kind, id) != null);
    } else {
      id = String.valueOf(body.get(kind.idMember()));
    }
    checkUnique(kind, parent, null, body);
    rules.checkFields(kind, parent, body, null);
    Resource resource = parent.addChild(kind, id);
    body.forEach((field, value) -> {
      if (value != null) {
        resource.fields().put(field, JsonTree.copy(value));
      }
    });
    resource.fields().put(kind.idMember(), id);
    rules.applyDefaults(kind, resource);
    rules.afterChange(resource);
    return resource;
  }

  /** PATCH: only the members sent change; an explicitly empty list or map clears the member. */
  void update(Resource resource, Map<String, Object> body) {
    ResourceKind kind = resource.kind();
    checkUnique(kind, resource.parent(), resource, body);
    rules.checkFields(kind, resource.parent(), body, resource);
    body.forEach((field, value) -> {
      if (value == null) {
        return;
      }
      boolean empty = value instanceof List && ((List<?>) value).isEmpty()
          || value instanceof Map && ((Map<?, ?>) value).isEmpty();
      if (empty) {
        resource.fields().remove(field);
      } else {
        resource.fields().put(field, JsonTree.copy(value));
      }
    });
    rules.afterUpdate(resource);
    rules.afterChange(resource);
  }

  private void checkUnique(ResourceKind kind, Resource parent, @Nullable Resource self, Map<String, Object> body) {
    String unique = kind.uniqueMember();
    if (unique == null) {
      return;
    }
    Object value = body.get(unique);
    if (value == null && self == null && kind == ResourceKind.API_MAPPING) {
      value = "";
    }
    if (value == null) {
      return;
    }
    for (Resource sibling : parent.children(kind)) {
      if (sibling != self && value.equals(sibling.fields().get(unique))) {
        throw ApiError.conflict("Unable to complete operation due to concurrent modification or a conflict: a "
            + kind.singular() + " with " + unique + " '" + value + "' already exists");
      }
    }
  }

  /** A page of the children of one kind, with the operation's paging members. */
  private Map<String, Object> list(CallInput in, ResourceKind kind, Resource parent) {
    String collection = in.operation().name() + ":" + String.join("/", in.labels().values());
    List<Resource> all = parent.children(kind);
    int size = DEFAULT_PAGE_SIZE;
    String maxResults = in.query("maxResults");
    if (maxResults != null) {
      try {
        size = Integer.parseInt(maxResults.trim());
      } catch (NumberFormatException e) {
        throw ApiError.badRequest("maxResults must be a number between 1 and 500: " + maxResults);
      }
      if (size < 1 || size > 500) {
        throw ApiError.badRequest("maxResults must be a number between 1 and 500: " + maxResults);
      }
    }
    String nextToken = in.query("nextToken");
    int from = nextToken == null || nextToken.isEmpty() ? 0 : tokens.offset(collection, nextToken);
    String itemShape = itemShape(in.operation().output());
    List<Object> items = new ArrayList<>();
    for (int i = from; i < Math.min(all.size(), from + size); i++) {
      items.add(view(all.get(i), itemShape));
    }
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("items", items);
    if (from + size < all.size()) {
      page.put("nextToken", tokens.token(collection, from + size));
    }
    return page;
  }

  private String itemShape(@Nullable String listOutput) {
    Map<String, Object> items = model.members(listOutput).get("Items");
    String listShape = (String) items.get("target");
    return (String) model.shape(listShape).get("member");
  }

  /** The members of {@code shape} that the resource has, as the service returns them. */
  Map<String, Object> view(Resource resource, @Nullable String shape) {
    Map<String, Object> view = new LinkedHashMap<>();
    if (shape == null) {
      return view;
    }
    for (String wireName : model.bodyWireNames(shape)) {
      Object value = resource.fields().get(wireName);
      if (value != null) {
        view.put(wireName, JsonTree.copy(value));
      }
    }
    return view;
  }

  /** The resource the call's URI labels name: each label one step down the tree. */
  Resource resolve(CallInput in) {
    Resource at = root;
    for (Map.Entry<String, String> label : in.labels().entrySet()) {
      ResourceKind kind = ResourceKind.ofLabel(label.getKey());
      if (kind == null) {
        continue;
      }
      Resource child = at.child(kind, label.getValue());
      if (child == null) {
        throw notFound(kind, label.getValue());
      }
      at = child;
    }
    return at;
  }

  Resource root() {
    return root;
  }

  static ApiError notFound(ResourceKind kind, String id) {
    return ApiError.notFound(kind.notFoundMessage() + " " + (kind == ResourceKind.DOMAIN_NAME ? "" : ACCOUNT_ID + ":")
        + id);
  }

  private static void removeEntry(Resource resource, String field, String key, String message) {
    Object map = resource.fields().get(field);
    if (!(map instanceof Map) || ((Map<?, ?>) map).remove(key) == null) {
      throw ApiError.notFound(message + " " + key);
    }
  }

  /** The resource an ARN such as {@code arn:aws:apigateway:us-east-1::/apis/a1b2c3d4e5} names. */
  private Resource byArn(String arn) {
    String prefix = "arn:aws:apigateway:" + region + "::/";
    if (!arn.startsWith(prefix)) {
      throw ApiError.badRequest("Invalid resource ARN: " + arn);
    }
    String[] parts = arn.substring(prefix.length()).split("/");
    if (parts.length % 2 != 0) {
      throw ApiError.badRequest("Invalid resource ARN: " + arn);
    }
    Resource at = root;
    for (int i = 0; i < parts.length; i += 2) {
      ResourceKind kind = kindOfCollection(parts[i]);
      if (kind == null) {
        throw ApiError.badRequest("Invalid resource ARN: " + arn);
      }
      Resource child = at.child(kind, parts[i + 1]);
      if (child == null) {
        throw ApiError.notFound("Unable to find the resource " + arn);
      }
      at = child;
    }
    return at;
  }

  private static @Nullable ResourceKind kindOfCollection(String collection) {
    for (ResourceKind kind : ResourceKind.values()) {
      if (kind.plural().toLowerCase(java.util.Locale.ROOT).equals(collection)) {
        return kind;
      }
    }
    return null;
  }

  private static Map<String, Object> tagsOf(Resource resource) {
    Object tags = resource.fields().get("tags");
    if (!(tags instanceof Map)) {
      tags = new LinkedHashMap<String, Object>();
      resource.fields().put("tags", tags);
    }
    return Maps.of(tags);
  }

  String now() {
    return DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
  }

  String newId(int length) {
    return ids.next(length);
  }

  ModelIndex model() {
    return model;
  }
}
