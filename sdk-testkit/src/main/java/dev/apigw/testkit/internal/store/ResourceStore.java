package dev.apigw.testkit.internal.store;

import dev.apigw.testkit.internal.CallInput;
import dev.apigw.testkit.internal.JsonTree;
import dev.apigw.testkit.internal.constraints.Quotas;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The resources of one emulated account in one region, as a tree, and the generic changes to them:
 * create, update as PATCH, replace as PUT, remove, find by URI labels. Each change is checked, and
 * filled in, by the {@link StoreRules} of its kind; whoever must react to a change (automatic
 * deployments) listens. Guarded by the emulated service's lock.
 */
public final class ResourceStore implements ServiceFacts {
  /** Told after each resource is created or updated, and after a change below a resource. */
  public interface ChangeListener {
    void changed(Resource resource);
  }

  private final String region;
  private final Clock clock;
  private final IdGenerator ids;
  private final StoreRules rules;
  private final Quotas quotas;
  private ChangeListener listener = resource -> {};
  private Resource root = Resource.root();

  public ResourceStore(String region, Clock clock, long seed, StoreRules rules, Quotas quotas) {
    this.region = region;
    this.quotas = quotas;
    this.clock = clock;
    this.ids = new IdGenerator(seed);
    this.rules = rules;
  }

  public void listen(ChangeListener changeListener) {
    this.listener = changeListener;
  }

  @Override
  public String region() {
    return region;
  }

  /** The quotas every create is held to. */
  public Quotas quotas() {
    return quotas;
  }

  public Resource root() {
    return root;
  }

  /** Forgets every resource and starts the id sequence over. */
  public void reset() {
    root = Resource.root();
    ids.reset();
  }

  public Resource copyOfRoot() {
    return root.copyUnder(null);
  }

  /** Puts back a copy of {@code snapshot} (from {@link #copyOfRoot()}), which stays usable. */
  public void restoreRoot(Resource snapshot) {
    root = snapshot.copyUnder(null);
  }

  /**
   * Creates a resource of {@code kind} under {@code parent}, held to its quota, checked and filled
   * in by rules.
   */
  public Resource create(ResourceKind kind, Resource parent, Map<String, Object> body) {
    quotas.requireRoomFor(kind, parent, body);
    String id;
    if (kind.idLength() > 0) {
      do {
        id = ids.next(kind.idLength());
      } while (parent.child(kind, id) != null);
    } else {
      id = String.valueOf(body.get(kind.idMember()));
    }
    rules.check(new ProposedChange(kind, parent, body, null, root));
    Resource resource = parent.addChild(kind, id);
    body.forEach(
        (field, value) -> {
          if (value != null) {
            resource.fields().put(field, JsonTree.copy(value));
          }
        });
    resource.fields().put(kind.idMember(), id);
    rules.onCreate(resource, this);
    listener.changed(resource);
    return resource;
  }

  /** PATCH: only the members sent change; an explicitly empty list or map clears the member. */
  public void update(Resource resource, Map<String, Object> body) {
    rules.check(new ProposedChange(resource.kind(), resource.parent(), body, resource, root));
    rules
        .membersToStore(resource, body)
        .forEach(
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
    rules.onUpdate(resource, this);
    listener.changed(resource);
  }

  /**
   * PUT: the members the input declares ({@code replaced}) are replaced as a whole; the ones the
   * service made stay.
   */
  public void replace(Resource resource, Map<String, Object> body, List<String> replaced) {
    rules.check(new ProposedChange(resource.kind(), resource.parent(), body, resource, root));
    for (String wireName : replaced) {
      resource.fields().remove(wireName);
    }
    body.forEach((field, value) -> resource.fields().put(field, JsonTree.copy(value)));
    rules.onUpdate(resource, this);
    listener.changed(resource);
  }

  /** Removes a resource, and with it everything below it. */
  public void remove(Resource resource) {
    resource.parent().removeChild(resource.kind(), resource.id());
  }

  /** Tells the listener that {@code resource}, or something below it, changed. */
  public void changed(Resource resource) {
    listener.changed(resource);
  }

  /** The resource the call's URI labels name: each label one step down the tree. */
  public Resource resolve(CallInput in) {
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

  @Override
  public String now() {
    return DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS));
  }

  @Override
  public String newId(int length) {
    return ids.next(length);
  }
}
