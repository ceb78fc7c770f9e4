package dev.apigw.core.exception;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** Writes a timeout the way exception messages show it: {@code 250 ms}, {@code 30 s}. */
final class Timeouts {
  private Timeouts() {}

  static String describe(@Nullable Duration timeout) {
    if (timeout == null) {
      return "(none)";
    }
    long millis;
    try {
      millis = timeout.toMillis();
    } catch (ArithmeticException e) {
      return timeout.toString();
    }
    return millis % 1000 == 0 && millis > 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
