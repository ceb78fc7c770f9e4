package dev.apigw.core.internal.pipeline;

import dev.apigw.core.internal.Ticker;
import java.time.Duration;

/**
 * Gives each attempt its deadline: {@code apiCallAttemptTimeout} from its start, or the call's,
 * whichever is first.
 */
public final class AttemptTimeoutStage extends PreparingStage {
  private final Duration timeout;
  private final Ticker ticker;

  public AttemptTimeoutStage(Duration timeout, Ticker ticker) {
    this.timeout = timeout;
    this.ticker = ticker;
  }

  @Override
  protected CallContext prepare(CallContext context) {
    return context.withAttemptTimeout(ticker.nanoTime(), timeout);
  }

  @Override
  public String toString() {
    return "attempt timeout " + timeout.toMillis() + " ms";
  }
}
