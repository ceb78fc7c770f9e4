package dev.apigw.core.internal.pipeline;

import dev.apigw.core.exception.ApiCallAttemptTimeoutException;
import dev.apigw.core.exception.ApiCallTimeoutException;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.exception.SdkException;
import dev.apigw.core.http.SdkHttpResponse;
import dev.apigw.core.internal.Ticker;
import dev.apigw.core.internal.http.InterruptWatchdog;
import dev.apigw.core.internal.http.ResponseReader;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
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
 * the attempt deadline an {@link ApiCallAttemptTimeoutException}; any other I/O failure (refused,
 * reset, cut short) a retryable {@link SdkClientException}.
 */
public final class TransmitStage implements CallStage {
  private final OkHttpClient client;
  private final InterruptWatchdog watchdog;
  private final Ticker ticker;
  private final long maxBodyBytes;

  public TransmitStage(
      OkHttpClient client, InterruptWatchdog watchdog, Ticker ticker, long maxBodyBytes) {
    this.client = client;
    this.watchdog = watchdog;
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
    long nanosLeft = context.attemptNanosLeft(ticker.nanoTime());
    if (nanosLeft <= 0) {
      throw timeout(context, new InterruptedIOException("no time was left to send"));
    }
    Call call = client.newCall(request);
    long clientTimeout = call.timeout().timeoutNanos();
    if (nanosLeft != Long.MAX_VALUE && (clientTimeout == 0 || nanosLeft < clientTimeout)) {
      call.timeout().timeout(nanosLeft, TimeUnit.NANOSECONDS);
    }
    InterruptWatchdog.Watch watch = watchdog.watch(call);
    try (Response response = call.execute()) {
      return ResponseReader.read(response, maxBodyBytes);
    } catch (ResponseReader.ResponseTooLargeException e) {
      throw new SdkClientException(operation + ": " + e.getMessage(), e, false);
    } catch (IOException e) {
      if (watch.interrupted() || Thread.currentThread().isInterrupted()) {
        InterruptedIOException interrupted =
            new InterruptedIOException("the calling thread was interrupted");
        interrupted.initCause(e);
        throw interrupted(operation, interrupted);
      }
      if (isTimeout(e)
          && context.attemptNanosLeft(ticker.nanoTime()) <= TimeUnit.MILLISECONDS.toNanos(5)) {
        throw timeout(context, e);
      }
      String what = isTimeout(e) ? ": the request timed out: " : ": the request failed: ";
      throw new SdkClientException(operation + what + describe(e), e, true);
    } catch (SdkException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new SdkClientException(
          operation + ": the request could not be sent: " + describe(e), e);
    } finally {
      watch.close();
    }
  }

  private static boolean isTimeout(IOException e) {
    return e instanceof InterruptedIOException;
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

  static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? e.getClass().getName()
        : e.getClass().getSimpleName() + ": " + message;
  }

  @Override
  public String toString() {
    return "transmit over OkHttp";
  }
}
