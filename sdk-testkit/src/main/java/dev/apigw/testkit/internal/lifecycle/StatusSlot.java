package dev.apigw.testkit.internal.lifecycle;

import dev.apigw.core.lang.Nullable;
import dev.apigw.testkit.internal.store.Resource;

/** Where a resource shows one of its statuses, and the message that goes with it. */
interface StatusSlot {
  /** The name this status is kept under while it is in progress; one per resource and slot. */
  String name();

  /** Shows {@code status} on {@code resource}, with {@code message} or without any. */
  void show(Resource resource, String status, @Nullable String message);
}
