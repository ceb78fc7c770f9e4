package dev.apigw.testkit.internal.lifecycle;

import dev.apigw.testkit.internal.store.Resource;
import org.jspecify.annotations.Nullable;

/** Where a resource shows one of its statuses, and the message that goes with it. */
final class StatusSlot {
  /** Puts a status and its message, or none, where the model has them. */
  interface Shower {
    void show(Resource resource, String status, @Nullable String message);
  }

  private final String name;
  private final Shower shower;

  StatusSlot(String name, Shower shower) {
    this.name = name;
    this.shower = shower;
  }

  /** The name this status is kept under while it is in progress; one per resource and slot. */
  String name() {
    return name;
  }

  /** Shows {@code status} on {@code resource}, with {@code message} or without any. */
  void show(Resource resource, String status, @Nullable String message) {
    shower.show(resource, status, message);
  }
}
