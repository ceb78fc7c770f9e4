package dev.apigw.testkit.internal.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The faults waiting for each operation's next calls, in the order injected. Thread-safe. */
public final class Faults {
  private final Map<String, Deque<InjectedFault>> pending = new HashMap<>();

  public synchronized void inject(String operation, int times, InjectedFault fault) {
    Deque<InjectedFault> queue = pending.computeIfAbsent(operation, k -> new ArrayDeque<>());
    for (int i = 0; i < times; i++) {
      queue.add(fault);
    }
  }

  /** The fault for this call of {@code operation}, or null when none is waiting. */
  public synchronized @Nullable InjectedFault next(String operation) {
    Deque<InjectedFault> queue = pending.get(operation);
    return queue == null ? null : queue.poll();
  }

  public synchronized void clear() {
    pending.clear();
  }
}
