package dev.apigw.core.exception;

import java.time.Duration;

/** Writes a timeout the way exception messages show it: {@code 250 ms}, {@code 30 s}. */
final class Timeouts {
  private Timeouts() {}

  static String describe(Duration timeout) {
    long millis = timeout.toMillis();
    return millis % 1000 == 0 && millis > 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
