package dev.apigw.core.internal.http;

import dev.apigw.core.exception.ApiCallAttemptTimeoutException;
import dev.apigw.core.exception.ApiCallTimeoutException;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.SdkException;
import dev.apigw.core.http.SdkHttpResponse;
import dev.apigw.core.internal.Scheduler;
import dev.apigw.core.internal.Ticker;
import dev.apigw.core.internal.pipeline.CallContext;
import dev.apigw.core.internal.pipeline.CallFailures;
import dev.apigw.core.internal.pipeline.CallStage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends one attempt over OkHttp and reads the whole response, within the attempt's deadline and
 * ending at once when the calling thread is interrupted. The last stage of every pipeline.
 *
 * <p>The deadline is set on the OkHttp call itself ({@link Call#timeout()}), so it bounds
 * connecting, sending, waiting and reading the body, also on an OkHttp client the caller handed in
 * (whose own {@code callTimeout} still applies when it is shorter). Failures: an interrupt is a
 * non-retryable {@link SdkClientException} whose cause is an {@link InterruptedIOException}, with
 * the thread's interrupt flag left set; the call deadline is an {@link ApiCallTimeoutException};
 * the attempt deadline an {@link ApiCallAttemptTimeoutException}; a proxy that will not let the
 * request through a non-retryable {@link SdkClientException}; any other I/O failure (refused,
 * reset, cut short) a retryable one.
 */
public final class TransmitStage implements CallStage {
  private final CallClients clients;
  private final InterruptWatchdog watchdog;
  private final Scheduler scheduler;
  private final Ticker ticker;
  private final long maxBodyBytes;

  public TransmitStage(
      CallClients clients,
      InterruptWatchdog watchdog,
      Scheduler scheduler,
      Ticker ticker,
      long maxBodyBytes) {
    this.clients = clients;
    this.watchdog = watchdog;
    this.scheduler = scheduler;
    this.ticker = ticker;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public SdkHttpResponse execute(Request request, CallContext context, Next next) {
    String operation = context.operationName();
    if (Thread.currentThread().isInterrupted()) {
      throw interrupted(
          operation, new InterruptedIOException("the thread was interrupted before sending"));
    }
    Call call = newCall(request, context);
    InterruptWatchdog.Watch watch = watchdog.watch(call);
    try (Response response = call.execute()) {
      return read(response, context);
    } catch (IOException e) {
      if (watch.interrupted() || Thread.currentThread().isInterrupted()) {
        InterruptedIOException interrupted =
            new InterruptedIOException("the calling thread was interrupted");
        interrupted.initCause(e);
        throw interrupted(operation, interrupted);
      }
      throw failure(context, e);
    } catch (SdkException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new SdkClientException(
          operation + ": the request could not be sent: " + CallFailures.describe(e), e);
    } finally {
      watch.close();
    }
  }

  /**
   * Sends with {@link Call#enqueue}: OkHttp's dispatcher runs the exchange and reads the response
   * on one of its threads; the caller's thread only starts it. The attempt's deadline counts from
   * now, also while the call waits in the dispatcher's queue (where OkHttp's own call timeout has
   * not started): a task on the scheduler cancels the call when it passes. A cancelled call's
   * future fails with a non-retryable {@link SdkClientException}.
   */
  @Override
  public CompletableFuture<SdkHttpResponse> executeAsync(
      Request request, CallContext context, AsyncNext next) {
    Call call = newCall(request, context);
    if (!context.cancellation().register(call)) {
      return CompletableFuture.failedFuture(CallFailures.cancelled(context.operationName()));
    }
    CompletableFuture<SdkHttpResponse> result = new CompletableFuture<>();
    AtomicBoolean deadlinePassed = new AtomicBoolean();
    Future<?> deadline = deadline(call, context, deadlinePassed);
    call.enqueue(
        new Callback() {
          @Override
          public void onFailure(Call failed, IOException e) {
            deadline.cancel(false);
            result.completeExceptionally(asyncFailure(context, e, deadlinePassed.get()));
          }

          @Override
          public void onResponse(Call done, Response response) {
            deadline.cancel(false);
            try (response) {
              result.complete(read(response, context));
            } catch (IOException e) {
              result.completeExceptionally(asyncFailure(context, e, deadlinePassed.get()));
            } catch (SdkException e) {
              result.completeExceptionally(e);
            } catch (RuntimeException e) {
              result.completeExceptionally(
                  new SdkClientException(
                      context.operationName()
                          + ": the response could not be read: "
                          + CallFailures.describe(e),
                      e));
            }
          }
        });
    return result;
  }

  /** Cancels {@code call} when the attempt's deadline passes, marking why. */
  private Future<?> deadline(Call call, CallContext context, AtomicBoolean passed) {
    long nanosLeft = context.attemptNanosLeft(ticker.nanoTime());
    if (nanosLeft == Long.MAX_VALUE) {
      return CompletableFuture.completedFuture(null);
    }
    try {
      return scheduler.schedule(
          () -> {
            passed.set(true);
            call.cancel();
          },
          nanosLeft);
    } catch (RejectedExecutionException e) {
      // The client is closing; OkHttp's own call timeout still bounds the exchange.
      return CompletableFuture.completedFuture(null);
    }
  }

  /** What an asynchronous attempt's I/O failure is, told apart by what OkHttp knows of it. */
  private SdkClientException asyncFailure(
      CallContext context, IOException e, boolean deadlinePassed) {
    String operation = context.operationName();
    if (context.cancellation().isCancelled()) {
      return CallFailures.cancelled(operation);
    }
    if (deadlinePassed) {
      return timeout(context, e);
    }
    for (Throwable suppressed : e.getSuppressed()) {
      // OkHttp reports an interceptor's exception this way: the blocking call would have thrown
      // it.
      if (suppressed instanceof RuntimeException) {
        return new SdkClientException(
            operation + ": the request could not be sent: " + CallFailures.describe(suppressed),
            suppressed);
      }
    }
    if (clients.plain().dispatcher().executorService().isShutdown()) {
      return new SdkClientException(
          operation + ": the client was closed before the request was sent", e, false);
    }
    return failure(context, e);
  }

  /** The OkHttp call for one attempt, bounded by what is left of the attempt's deadline. */
  private Call newCall(Request request, CallContext context) {
    long nanosLeft = context.attemptNanosLeft(ticker.nanoTime());
    if (nanosLeft <= 0) {
      throw timeout(context, new InterruptedIOException("no time was left to send"));
    }
    Call call;
    try {
      call = clients.forRequest(request).newCall(request);
    } catch (RuntimeException e) {
      throw new SdkClientException(
          context.operationName() + ": the request could not be sent: " + CallFailures.describe(e),
          e);
    }
    long clientTimeout = call.timeout().timeoutNanos();
    if (nanosLeft != Long.MAX_VALUE && (clientTimeout == 0 || nanosLeft < clientTimeout)) {
      call.timeout().timeout(nanosLeft, TimeUnit.NANOSECONDS);
    }
    return call;
  }

  private SdkHttpResponse read(Response response, CallContext context) throws IOException {
    try {
      SdkHttpResponse read = ResponseReader.read(response, maxBodyBytes);
      context.record().meter().exchanged(response.request(), read);
      return read;
    } catch (ResponseReader.ResponseTooLargeException e) {
      throw new SdkClientException(context.operationName() + ": " + e.getMessage(), e, false);
    }
  }

  /**
   * What an I/O failure of an attempt is: its deadline when it timed out at the deadline, else a
   * retryable client failure.
   */
  private SdkClientException failure(CallContext context, IOException e) {
    ProxyAuthentication.Refused refused = ProxyAuthentication.refusal(e);
    if (refused != null) {
      return new SdkClientException(
          context.operationName() + ": " + refused.getMessage(), e, false);
    }
    boolean timedOut = e instanceof InterruptedIOException;
    if (timedOut
        && context.attemptNanosLeft(ticker.nanoTime()) <= TimeUnit.MILLISECONDS.toNanos(5)) {
      return timeout(context, e);
    }
    String what = timedOut ? ": the request timed out: " : ": the request failed: ";
    return new SdkClientException(
        context.operationName() + what + CallFailures.describe(e), e, true);
  }

  private static SdkClientException interrupted(String operation, InterruptedIOException cause) {
    Thread.currentThread().interrupt();
    return new SdkClientException(operation + ": the call was interrupted", cause, false);
  }

  private static SdkClientException timeout(CallContext context, IOException cause) {
    if (context.apiCallAttemptTimeout() != null) {
      return new ApiCallAttemptTimeoutException(
          context.operationName(), context.apiCallAttemptTimeout(), cause);
    }
    return new ApiCallTimeoutException(context.operationName(), context.apiCallTimeout(), cause);
  }

  @Override
  public String toString() {
    return "transmit over OkHttp";
  }
}
