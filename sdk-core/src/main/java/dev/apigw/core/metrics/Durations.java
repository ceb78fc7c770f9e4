package dev.apigw.core.metrics;

import dev.apigw.core.lang.Arguments;
import dev.apigw.core.lang.Nullable;
import java.time.Duration;

/** The check every duration of the metrics gets. */
final class Durations {
  private Durations() {}

  static Duration requireNotNegative(@Nullable Duration value, String name) {
    Arguments.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative: " + value);
    }
    return value;
  }
}
