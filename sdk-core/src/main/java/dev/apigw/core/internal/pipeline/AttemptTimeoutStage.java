package dev.apigw.core.internal.pipeline;

import dev.apigw.core.internal.Ticker;
import java.time.Duration;

/**
 * Gives each attempt its deadline: {@code apiCallAttemptTimeout} (the call's own when its overrides
 * set one, else the client's) from its start, or the call's, whichever is first.
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
    Duration own = context.options().apiCallAttemptTimeout();
    return context.withAttemptTimeout(ticker.nanoTime(), own != null ? own : timeout);
  }

  @Override
  public String toString() {
    return "attempt timeout " + timeout.toMillis() + " ms";
  }
}
