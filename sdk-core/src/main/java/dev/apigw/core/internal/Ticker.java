package dev.apigw.core.internal;

/**
 * A monotonic clock in nanoseconds, as {@link System#nanoTime()}; injectable so that tests need no
 * real waiting.
 */
@FunctionalInterface
public interface Ticker {
  Ticker SYSTEM = System::nanoTime;

  long nanoTime();
}
