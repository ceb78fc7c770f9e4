package dev.apigw.core.internal;

import java.util.concurrent.TimeUnit;

/**
 * Waits a while on the calling thread; an interrupt ends the wait. Injectable so that tests need no
 * real sleeps.
 */
@FunctionalInterface
public interface Sleeper {
  Sleeper SYSTEM = TimeUnit.NANOSECONDS::sleep;

  /** Waits {@code nanos} nanoseconds (nothing when zero or less). */
  void sleep(long nanos) throws InterruptedException;
}
