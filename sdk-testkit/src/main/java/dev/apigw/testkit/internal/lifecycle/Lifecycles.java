package dev.apigw.testkit.internal.lifecycle;

import dev.apigw.testkit.ProvisionedKind;
import dev.apigw.testkit.internal.Maps;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ResourceKind;
import dev.apigw.testkit.internal.store.ResourceStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import org.jspecify.annotations.Nullable;

/**
 * Applies the status tables: an operation that starts a change shows its in-progress status, and
 * the first call once the provisioning time has passed on the clock finds it settled (or failed,
 * when made to fail). What is still in progress is kept on the resource, out of the answers' sight,
 * so snapshots keep it. Guarded by the emulated service's lock.
 */
public final class Lifecycles {
  /** The field, never answered, that holds a resource's changes in progress by status slot. */
  private static final String IN_PROGRESS = "@inProgress";

  private final ResourceStore store;
  private final Clock clock;
  private final Duration provisioningTime;
  private final Map<ProvisionedKind, Queue<String>> failures = new EnumMap<>(ProvisionedKind.class);

  public Lifecycles(ResourceStore store, Clock clock, Duration provisioningTime) {
    this.store = store;
    this.clock = clock;
    this.provisioningTime = provisioningTime;
  }

  /** Makes the next change of {@code kind} settle in its failed status, with {@code message}. */
  public void failNext(ProvisionedKind kind, String message) {
    failures.computeIfAbsent(kind, k -> new ArrayDeque<>()).add(message);
  }

  /** Forgets the failures asked for and not yet met. */
  public void reset() {
    failures.clear();
  }

  /**
   * Starts the change that {@code operation} makes on {@code resource}, if its table has one: the
   * resource shows the in-progress status, or the settled one at once for an entry that waits only
   * with a provisioning time, unless it was made to fail.
   */
  public void start(String operation, Resource resource) {
    StatusTransition transition = LifecycleTables.startedBy(operation);
    if (transition == null) {
      return;
    }
    Queue<String> failing = transition.failsAs == null ? null : failures.get(transition.failsAs);
    String failure = failing == null ? null : failing.poll();
    if (transition.onlyWithProvisioningTime && provisioningTime.isZero() && failure == null) {
      transition.slot.show(resource, transition.settled, transition.settledMessage);
      return;
    }
    Map<String, Object> change = new LinkedHashMap<>();
    change.put("operation", operation);
    change.put("settlesAt", clock.millis() + provisioningTime.toMillis());
    if (failure != null) {
      change.put("failure", failure);
    }
    transition.slot.show(resource, transition.inProgress, transition.inProgressMessage);
    Maps.of(resource.fields().computeIfAbsent(IN_PROGRESS, k -> new LinkedHashMap<>()))
        .put(transition.slot.name(), change);
  }

  /** Settles every change whose provisioning time has passed; called before each call. */
  public void settleDue() {
    long now = clock.millis();
    for (StatusTransition transition : LifecycleTables.ALL) {
      for (Resource resource : all(transition.kind)) {
        settleIfDue(resource, transition, now);
      }
    }
  }

  /** Every resource of {@code kind}, wherever it hangs in the tree (a deployment under its API). */
  private List<Resource> all(ResourceKind kind) {
    ResourceKind owner = kind.parent();
    if (owner == null) {
      return store.root().children(kind);
    }
    List<Resource> all = new ArrayList<>();
    for (Resource parent : all(owner)) {
      all.addAll(parent.children(kind));
    }
    return all;
  }

  private void settleIfDue(Resource resource, StatusTransition transition, long now) {
    Object inProgress = resource.fields().get(IN_PROGRESS);
    if (!(inProgress instanceof Map)) {
      return;
    }
    Map<String, Object> changes = Maps.of(inProgress);
    Object change = changes.get(transition.slot.name());
    if (!(change instanceof Map)
        || !transition.operation.equals(Maps.of(change).get("operation"))
        || ((Number) Maps.of(change).get("settlesAt")).longValue() > now) {
      return;
    }
    changes.remove(transition.slot.name());
    if (changes.isEmpty()) {
      resource.fields().remove(IN_PROGRESS);
    }
    @Nullable Object failure = Maps.of(change).get("failure");
    if (failure != null && transition.failed != null) {
      transition.slot.show(resource, transition.failed, failure.toString());
    } else if (transition.settled == null) {
      store.remove(resource);
    } else {
      transition.slot.show(resource, transition.settled, transition.settledMessage);
    }
  }
}
