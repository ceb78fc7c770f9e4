package dev.apigw.core.metrics;

import dev.apigw.core.lang.Arguments;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

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
