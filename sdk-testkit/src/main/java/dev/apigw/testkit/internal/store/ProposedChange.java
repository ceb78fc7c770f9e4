package dev.apigw.testkit.internal.store;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A create or an update that the store is about to make, as the rules see it: the kind, where the
 * resource hangs, the members sent and, for an update, the resource as it is.
 */
public final class ProposedChange {
  private final ResourceKind kind;
  private final Resource parent;
  private final Map<String, Object> body;
  private final @Nullable Resource existing;
  private final Resource root;

  ProposedChange(
      ResourceKind kind,
      Resource parent,
      Map<String, Object> body,
      @Nullable Resource existing,
      Resource root) {
    this.kind = kind;
    this.parent = parent;
    this.body = body;
    this.existing = existing;
    this.root = root;
  }

  public ResourceKind kind() {
    return kind;
  }

  /** The resource the changed one hangs under, such as the API of a route. */
  public Resource parent() {
    return parent;
  }

  /** The members sent, by wire name. */
  public Map<String, Object> body() {
    return body;
  }

  /** The resource being updated; null on create. */
  public @Nullable Resource existing() {
    return existing;
  }

  public boolean isCreate() {
    return existing == null;
  }

  /** The top of the tree, which holds the APIs, domain names, VPC links and portals. */
  public Resource root() {
    return root;
  }

  /** A member's value once the change is made: the one sent, else the one the resource has. */
  public @Nullable Object valueAfter(String member) {
    if (body.containsKey(member)) {
      return body.get(member);
    }
    return existing == null ? null : existing.fields().get(member);
  }
}
