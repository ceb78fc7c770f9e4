package dev.apigw.client;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A UTC clock that moves on by one second every time it is read, so that each signature has its own
 * time.
 */
final class TickingClock extends Clock {
  private final Instant start;
  private final AtomicLong reads = new AtomicLong();

  TickingClock(Instant start) {
    this.start = start;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return zone.equals(ZoneOffset.UTC) ? this : Clock.fixed(instant(), zone);
  }

  @Override
  public Instant instant() {
    return start.plusSeconds(reads.getAndIncrement());
  }
}
