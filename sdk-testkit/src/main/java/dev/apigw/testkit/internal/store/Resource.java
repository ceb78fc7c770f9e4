package dev.apigw.testkit.internal.store;

import dev.apigw.testkit.internal.JsonTree;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One stored resource: its wire fields, and its children by kind in creation order. The root of the
 * tree holds the top-level kinds. Guarded by the emulator's lock.
 */
public final class Resource {
  private final @Nullable ResourceKind kind;
  private final String id;
  private final @Nullable Resource parent;
  private final Map<String, Object> fields = new LinkedHashMap<>();
  private final Map<ResourceKind, LinkedHashMap<String, Resource>> children =
      new EnumMap<>(ResourceKind.class);

  Resource(@Nullable ResourceKind kind, String id, @Nullable Resource parent) {
    this.kind = kind;
    this.id = id;
    this.parent = parent;
  }

  static Resource root() {
    return new Resource(null, "", null);
  }

  public @Nullable ResourceKind kind() {
    return kind;
  }

  public String id() {
    return id;
  }

  public @Nullable Resource parent() {
    return parent;
  }

  /** The wire fields, mutable. */
  public Map<String, Object> fields() {
    return fields;
  }

  public @Nullable Resource child(ResourceKind childKind, String childId) {
    LinkedHashMap<String, Resource> ofKind = children.get(childKind);
    return ofKind == null ? null : ofKind.get(childId);
  }

  /** The children of one kind, in creation order. */
  public List<Resource> children(ResourceKind childKind) {
    LinkedHashMap<String, Resource> ofKind = children.get(childKind);
    return ofKind == null ? List.of() : new ArrayList<>(ofKind.values());
  }

  Resource addChild(ResourceKind childKind, String childId) {
    Resource child = new Resource(childKind, childId, this);
    children.computeIfAbsent(childKind, k -> new LinkedHashMap<>()).put(childId, child);
    return child;
  }

  /** Removes a child, and with it everything below it. */
  void removeChild(ResourceKind childKind, String childId) {
    LinkedHashMap<String, Resource> ofKind = children.get(childKind);
    if (ofKind != null) {
      ofKind.remove(childId);
    }
  }

  /** A deep copy of this resource and everything below it, with {@code parent} as its parent. */
  Resource copyUnder(@Nullable Resource newParent) {
    Resource copy = new Resource(kind, id, newParent);
    fields.forEach((name, value) -> copy.fields.put(name, JsonTree.copy(value)));
    children.forEach(
        (childKind, ofKind) -> {
          LinkedHashMap<String, Resource> copies = new LinkedHashMap<>();
          ofKind.forEach((childId, child) -> copies.put(childId, child.copyUnder(copy)));
          copy.children.put(childKind, copies);
        });
    return copy;
  }

  /** Removes {@code key} from the map member {@code field}; false when it had no such entry. */
  public boolean removeEntry(String field, String key) {
    Object map = fields.get(field);
    return map instanceof Map && ((Map<?, ?>) map).remove(key) != null;
  }

  /** The nearest resource of {@code wanted} kind at or above this one. */
  public @Nullable Resource ancestor(ResourceKind wanted) {
    Resource at = this;
    while (at != null && at.kind != wanted) {
      at = at.parent;
    }
    return at;
  }
}
