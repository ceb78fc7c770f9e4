package dev.apigw.core.interceptor;

import dev.apigw.core.lang.Arguments;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * Values the interceptors keep for the length of one call: every hook of a call sees the same
 * attributes, whatever thread it runs on, and each call starts with none. Thread-safe. {@link
 * #toString()} shows the keys, never the values.
 */
public final class ExecutionAttributes {
  private final ConcurrentMap<ExecutionAttribute<?>, Object> values = new ConcurrentHashMap<>(4);

  /** Empty attributes, for a new call or for testing an interceptor. */
  public static ExecutionAttributes create() {
    return new ExecutionAttributes();
  }

  private ExecutionAttributes() {}

  /** The value kept under {@code key}; null when there is none. */
  public <T> @Nullable T getAttribute(ExecutionAttribute<T> key) {
    @SuppressWarnings("unchecked")
    T value = (T) values.get(Arguments.requireNonNull(key, "key"));
    return value;
  }

  /** The value kept under {@code key}, if any. */
  public <T> Optional<T> getOptionalAttribute(ExecutionAttribute<T> key) {
    return Optional.ofNullable(getAttribute(key));
  }

  /** Keeps {@code value} under {@code key}, replacing what was there; null removes it. */
  public <T> ExecutionAttributes putAttribute(ExecutionAttribute<T> key, @Nullable T value) {
    Arguments.requireNonNull(key, "key");
    if (value == null) {
      values.remove(key);
    } else {
      values.put(key, value);
    }
    return this;
  }

  @Override
  public String toString() {
    return "ExecutionAttributes" + values.keySet();
  }
}
