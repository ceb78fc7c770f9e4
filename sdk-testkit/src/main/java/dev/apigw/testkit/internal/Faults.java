package dev.apigw.testkit.internal;

import dev.apigw.core.Nullable;
import dev.apigw.testkit.Fault;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** The faults waiting for the next calls of each operation, in the order they were injected. Thread-safe. */
public final class Faults {
  private final Map<String, Deque<Fault>> pending = new HashMap<>();

  public synchronized void inject(String operation, int times, Fault fault) {
    Deque<Fault> queue = pending.computeIfAbsent(operation, k -> new ArrayDeque<>());
    for (int i = 0; i < times; i++) {
      queue.add(fault);
    }
  }

  /** The fault for this call of {@code operation}, or null when none is waiting. */
  public synchronized @Nullable Fault next(String operation) {
    Deque<Fault> queue = pending.get(operation);
    return queue == null ? null : queue.poll();
  }

  public synchronized void clear() {
    pending.clear();
  }
}
