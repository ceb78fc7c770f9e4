package dev.apigw.core.waiters.internal;

import dev.apigw.core.internal.Ticker;
import dev.apigw.core.waiters.WaiterAcceptor;
import dev.apigw.core.waiters.WaiterDefinition;
import dev.apigw.core.waiters.WaiterFailureException;
import dev.apigw.core.waiters.WaiterFailureException.Reason;
import dev.apigw.core.waiters.WaiterOverrides;
import dev.apigw.core.waiters.WaiterResult;
import dev.apigw.core.waiters.WaiterState;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * One wait's decisions, the same for both call styles: after each poll, whether it ended well,
 * ended badly (thrown), or goes on after how long a delay.
 */
final class WaitProgress<T> {
  private final WaiterDefinition<T> waiter;
  private final Ticker ticker;
  private final DoubleSupplier jitter;
  private final int maxAttempts;
  private final long delayNanos;
  private final long timeoutNanos;
  private final long startNanos;
  private int attempts;
  private @Nullable T lastResult;

  WaitProgress(
      WaiterDefinition<T> waiter, WaiterOverrides overrides, Ticker ticker, DoubleSupplier jitter) {
    this.waiter = waiter;
    this.ticker = ticker;
    this.jitter = jitter;
    this.maxAttempts = overrides.maxAttempts().orElse(waiter.maxAttempts());
    this.delayNanos = overrides.delay().orElse(waiter.delay()).toNanos();
    this.timeoutNanos = overrides.timeout().orElse(waiter.timeout()).toNanos();
    this.startNanos = ticker.nanoTime();
  }

  /**
   * Judges one poll's outcome: its result, or the error it failed with.
   *
   * @return the wait's result when it succeeded; null when it goes on after {@link
   *     #nextDelayNanos()}
   * @throws WaiterFailureException when it ended badly
   */
  @Nullable WaiterResult<T> judge(@Nullable T result, @Nullable Throwable error) {
    attempts++;
    WaiterState state = error == null ? stateOfResult(result) : stateOfError(error);
    if (error == null) {
      lastResult = result;
    }
    switch (state) {
      case SUCCESS:
        return new WaiterResult<>(lastResult, attempts, elapsed());
      case FAILURE:
        throw failure(error == null ? Reason.FAILURE_STATE : Reason.ERROR, error);
      default:
        return null;
    }
  }

  /**
   * The delay before the next poll: between half the delay and all of it, at random.
   *
   * @throws WaiterFailureException when no poll is left, or the next would start after the timeout
   */
  long nextDelayNanos() {
    if (attempts >= maxAttempts) {
      throw failure(Reason.MAX_ATTEMPTS, null);
    }
    long half = delayNanos / 2;
    long delay =
        half + (long) ((delayNanos - half) * Math.min(1.0, Math.max(0.0, jitter.getAsDouble())));
    if (ticker.nanoTime() - startNanos + delay > timeoutNanos) {
      throw failure(Reason.TIMEOUT, null);
    }
    return delay;
  }

  private WaiterState stateOfResult(@Nullable T result) {
    if (result == null) {
      return WaiterState.RETRY;
    }
    for (WaiterAcceptor<T> acceptor : waiter.acceptors()) {
      if (acceptor.matchesResult(result)) {
        return acceptor.state();
      }
    }
    return WaiterState.RETRY;
  }

  private WaiterState stateOfError(Throwable error) {
    for (WaiterAcceptor<T> acceptor : waiter.acceptors()) {
      if (acceptor.matchesError(error)) {
        return acceptor.state();
      }
    }
    return WaiterState.FAILURE;
  }

  private WaiterFailureException failure(Reason reason, @Nullable Throwable error) {
    String message = lastResult == null ? null : waiter.statusMessage(lastResult).orElse(null);
    return new WaiterFailureException(
        waiter.name(), reason, lastResult, message, attempts, elapsed(), error);
  }

  private Duration elapsed() {
    return Duration.ofNanos(ticker.nanoTime() - startNanos);
  }
}
