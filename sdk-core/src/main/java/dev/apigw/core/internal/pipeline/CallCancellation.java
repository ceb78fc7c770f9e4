package dev.apigw.core.internal.pipeline;

import java.util.concurrent.Future;
import okhttp3.Call;
import org.jspecify.annotations.Nullable;

/**
 * What an asynchronous call has going at the moment, so that cancelling its future stops it: the
 * HTTP call in flight, or the retry waiting for its backoff. Once {@link #cancel()}ed, whatever is
 * registered later is cancelled at once. Thread-safe.
 */
public final class CallCancellation {
  /** For blocking calls, which an interrupt stops instead: never cancelled, keeps nothing. */
  public static final CallCancellation NONE = new CallCancellation();

  private volatile boolean cancelled;
  private @Nullable Call call;
  private @Nullable Future<?> pendingRetry;
  private @Nullable Runnable onRetryCancelled;

  /** A fresh one for one asynchronous call. */
  public static CallCancellation create() {
    return new CallCancellation();
  }

  /** Whether the call's future was cancelled. */
  public boolean isCancelled() {
    return cancelled;
  }

  /**
   * The HTTP call of the current attempt.
   *
   * @return false, with the call cancelled, when the call was already cancelled
   */
  public boolean register(Call inFlight) {
    if (this == NONE) {
      return true;
    }
    synchronized (this) {
      if (!cancelled) {
        this.call = inFlight;
        return true;
      }
    }
    inFlight.cancel();
    return false;
  }

  /**
   * The retry waiting for its backoff, and what to do when cancelling stops it before it starts
   * (give back what it was paid with).
   *
   * @return false, with the retry cancelled, when the call was already cancelled
   */
  public boolean register(Future<?> retry, Runnable whenCancelledBeforeStart) {
    if (this == NONE) {
      return true;
    }
    synchronized (this) {
      if (!cancelled) {
        this.pendingRetry = retry;
        this.onRetryCancelled = whenCancelledBeforeStart;
        return true;
      }
    }
    if (retry.cancel(false)) {
      whenCancelledBeforeStart.run();
    }
    return false;
  }

  /** Cancels the HTTP call in flight and the pending retry, and all that is registered later. */
  public void cancel() {
    Call inFlight;
    Future<?> retry;
    Runnable released;
    synchronized (this) {
      if (cancelled) {
        return;
      }
      cancelled = true;
      inFlight = call;
      retry = pendingRetry;
      released = onRetryCancelled;
      call = null;
      pendingRetry = null;
      onRetryCancelled = null;
    }
    if (retry != null && retry.cancel(false) && released != null) {
      released.run();
    }
    if (inFlight != null) {
      inFlight.cancel();
    }
  }

  @Override
  public String toString() {
    return cancelled ? "cancelled" : "not cancelled";
  }
}
