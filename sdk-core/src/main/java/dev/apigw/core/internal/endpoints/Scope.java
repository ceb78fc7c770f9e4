package dev.apigw.core.internal.endpoints;

import org.jspecify.annotations.Nullable;

/**
 * The state of one resolution: a slot per parameter and per assigned variable (numbered by the
 * parser, so a reference is an array index), and the partitions {@code aws.partition} reads.
 * Confined to one thread.
 */
final class Scope {
  private final @Nullable Object[] slots;
  private final @Nullable Partitions partitions;

  Scope(int slotCount, @Nullable Partitions partitions) {
    this.slots = new Object[slotCount];
    this.partitions = partitions;
  }

  @Nullable Object get(int slot) {
    return slots[slot];
  }

  void set(int slot, Object value) {
    slots[slot] = value;
  }

  Partitions partitions() {
    return partitions != null ? partitions : Partitions.standard();
  }
}
