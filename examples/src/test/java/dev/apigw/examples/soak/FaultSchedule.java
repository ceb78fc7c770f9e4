package dev.apigw.examples.soak;

import dev.apigw.testkit.Fault;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Which calls of one lane meet a fault, and which: exactly one call in each ten, at a position and
 * of a kind drawn from a seeded {@link Random}, so that a seed always gives the same faults. Not
 * thread-safe: one lane, one schedule.
 */
final class FaultSchedule {
  static final int ONE_IN = 10;

  /**
   * What the service and its front ends do to a call now and then; a slow answer still succeeds.
   */
  static final List<Fault> KINDS =
      List.of(
          Fault.serviceUnavailable(),
          Fault.error(500, "InternalServerErrorException", "Internal server error"),
          Fault.throttling(),
          Fault.delay(Duration.ofMillis(200)));

  private final Random random;
  private final int[] injected = new int[KINDS.size()];
  private int call;
  private int faultyCallInBlock;

  FaultSchedule(long seed) {
    this.random = new Random(seed);
  }

  /** The fault the next call meets, or null for none. */
  @Nullable Fault next() {
    int positionInBlock = call++ % ONE_IN;
    if (positionInBlock == 0) {
      faultyCallInBlock = random.nextInt(ONE_IN);
    }
    if (positionInBlock != faultyCallInBlock) {
      return null;
    }
    int kind = random.nextInt(KINDS.size());
    injected[kind]++;
    return KINDS.get(kind);
  }

  /** How many faults of {@code KINDS.get(kind)} this schedule has handed out. */
  int injected(int kind) {
    return injected[kind];
  }

  /**
   * How many of the faults handed out fail an attempt (an error answer or a dropped connection),
   * each costing one more.
   */
  int failedAttemptsInjected() {
    int failed = 0;
    for (int kind = 0; kind < KINDS.size(); kind++) {
      if (KINDS.get(kind).isError() || KINDS.get(kind).dropsConnection()) {
        failed += injected[kind];
      }
    }
    return failed;
  }
}
