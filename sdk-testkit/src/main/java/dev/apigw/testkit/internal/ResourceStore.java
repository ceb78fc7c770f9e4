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
 * The resources of one emulated account in one region, as a tree, and the generic operations on
 * them: create, read, list a page, update as PATCH, find by URI labels or ARN. Checks and defaults
 * come from {@link ResourceDefaults}; whoever must react to a change (automatic deployments)
 * listens. Guarded by {@link EmulatedService}'s lock.
 */
final class ResourceStore implements ResourceDefaults.Facts {
  static final int DEFAULT_PAGE_SIZE = 100;

  /** Told after each resource is created or updated. */
  interface ChangeListener {
    void changed(Resource resource);
  }

  private final ModelIndex model;
  private final String region;
  private final Clock clock;
  private final IdGenerator ids;
  private final PageTokens tokens;
  private final ResourceDefaults defaults = new ResourceDefaults();
  private ChangeListener listener = resource -> {};
  private Resource root = Resource.root();

  ResourceStore(ModelIndex model, String region, Clock clock, long seed) {
    this.model = model;
    this.region = region;
    this.clock = clock;
    this.ids = new IdGenerator(seed);
    this.tokens = new PageTokens(seed);
  }

  void listen(ChangeListener changeListener) {
    this.listener = changeListener;
  }

  @Override
  public String region() {
    return region;
  }

  ModelIndex model() {
    return model;
  }

  Resource root() {
    return root;
  }

  /** Forgets every resource and starts the id sequence over. */
  void reset() {
    root = Resource.root();
    ids.reset();
  }

  Resource copyOfRoot() {
    return root.copyUnder(null);
  }

  void replaceRoot(Resource copy) {
    root = copy;
  }

  /**
   * The body members the operation's input declares; anything else a caller sends is ignored, as by
   * the service.
   */
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
  void removeMappingsTo(String apiId) {
    for (Resource domain : root.children(ResourceKind.DOMAIN_NAME)) {
      for (Resource mapping : domain.children(ResourceKind.API_MAPPING)) {
        if (apiId.equals(mapping.fields().get("apiId"))) {
          domain.removeChild(ResourceKind.API_MAPPING, mapping.id());
        }
      }
    }
  }

  /**
   * Creates a resource of {@code kind} under {@code parent} from body fields, with the service's
   * defaults.
   */
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
    defaults.checkFields(kind, parent, body, null, root);
    Resource resource = parent.addChild(kind, id);
    body.forEach(
        (field, value) -> {
          if (value != null) {
            resource.fields().put(field, JsonTree.copy(value));
          }
        });
    resource.fields().put(kind.idMember(), id);
    defaults.applyDefaults(kind, resource, this);
    listener.changed(resource);
    return resource;
  }

  /** PATCH: only the members sent change; an explicitly empty list or map clears the member. */
  void update(Resource resource, Map<String, Object> body) {
    ResourceKind kind = resource.kind();
    checkUnique(kind, resource.parent(), resource, body);
    defaults.checkFields(kind, resource.parent(), body, resource, root);
    body.forEach(
        (field, value) -> {
          if (value == null) {
            return;
          }
          boolean empty =
              value instanceof List && ((List<?>) value).isEmpty()
                  || value instanceof Map && ((Map<?, ?>) value).isEmpty();
          if (empty) {
            resource.fields().remove(field);
          } else {
            resource.fields().put(field, JsonTree.copy(value));
          }
        });
    defaults.afterUpdate(resource, this);
    listener.changed(resource);
  }

  /**
   * PUT: the members the input declares are replaced as a whole; the ones the service made stay.
   */
  void replace(Resource resource, Map<String, Object> body) {
    ResourceKind kind = resource.kind();
    checkUnique(kind, resource.parent(), resource, body);
    defaults.checkFields(kind, resource.parent(), body, resource, root);
    for (String wireName : model.bodyWireNames(operationInput(kind, "Put"))) {
      resource.fields().remove(wireName);
    }
    body.forEach((field, value) -> resource.fields().put(field, JsonTree.copy(value)));
    defaults.afterUpdate(resource, this);
    listener.changed(resource);
  }

  private String operationInput(ResourceKind kind, String verb) {
    return model.operation(verb + kind.singular()).input();
  }

  private void checkUnique(
      ResourceKind kind, Resource parent, @Nullable Resource self, Map<String, Object> body) {
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
        throw ApiError.conflict(
            "Unable to complete operation due to concurrent modification or a conflict: a "
                + kind.singular()
                + " with "
                + unique
                + " '"
                + value
                + "' already exists");
      }
    }
  }

  /** A page of the children of one kind, with the operation's paging members. */
  Map<String, Object> list(CallInput in, ResourceKind kind, Resource parent) {
    String collection = in.operation().name() + ":" + String.join("/", in.labels().values());
    List<Resource> all = parent.children(kind);
    int limit = pageSizeLimit(in.operation());
    int size = Math.min(DEFAULT_PAGE_SIZE, limit);
    String maxResults = in.query("maxResults");
    if (maxResults != null) {
      try {
        size = Integer.parseInt(maxResults.trim());
      } catch (NumberFormatException e) {
        size = -1;
      }
      if (size < 1 || size > limit) {
        throw ApiError.badRequest(
            "maxResults must be a number between 1 and " + limit + ": " + maxResults);
      }
    }
    String nextToken = in.query("nextToken");
    int from = nextToken == null || nextToken.isEmpty() ? 0 : tokens.offset(collection, nextToken);
    Map<String, Object> listMember = listMember(in.operation().output());
    String itemShape = (String) model.shape((String) listMember.get("target")).get("member");
    List<Object> items = new ArrayList<>();
    for (int i = from; i < Math.min(all.size(), from + size); i++) {
      items.add(view(all.get(i), itemShape));
    }
    Map<String, Object> page = new LinkedHashMap<>();
    page.put((String) listMember.get("wireName"), items);
    if (from + size < all.size()) {
      page.put("nextToken", tokens.token(collection, from + size));
    }
    return page;
  }

  /** The largest page an operation serves: its {@code MaxResults} shape's maximum, else 500. */
  private int pageSizeLimit(OperationBinding operation) {
    Map<String, Object> member = model.members(operation.input()).get("MaxResults");
    Object max = member == null ? null : model.shape((String) member.get("target")).get("max");
    return max instanceof Number ? ((Number) max).intValue() : 500;
  }

  /** The one list member of a list operation's output: {@code items}, or {@code routingRules}. */
  private Map<String, Object> listMember(@Nullable String listOutput) {
    for (Map<String, Object> member : model.members(listOutput).values()) {
      if ("list".equals(model.shape((String) member.get("target")).get("type"))) {
        return member;
      }
    }
    throw new IllegalStateException(listOutput + " has no list member");
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
        throw kind.notFound(label.getValue());
      }
      at = child;
    }
    return at;
  }

  /** The resource an ARN such as {@code arn:aws:apigateway:us-east-1::/apis/a1b2c3d4e5} names. */
  Resource byArn(String arn) {
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

  static Map<String, Object> tagsOf(Resource resource) {
    Object tags = resource.fields().get("tags");
    if (!(tags instanceof Map)) {
      tags = new LinkedHashMap<String, Object>();
      resource.fields().put("tags", tags);
    }
    return Maps.of(tags);
  }

  @Override
  public String now() {
    return DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
  }

  @Override
  public String newId(int length) {
    return ids.next(length);
  }
}
