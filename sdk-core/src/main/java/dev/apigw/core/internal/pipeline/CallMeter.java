package dev.apigw.core.internal.pipeline;

import dev.apigw.core.exception.SdkException;
import dev.apigw.core.exception.ServiceException;
import dev.apigw.core.http.SdkHttpResponse;
import dev.apigw.core.internal.Ticker;
import dev.apigw.core.metrics.AttemptMetrics;
import dev.apigw.core.metrics.CallMetrics;
import dev.apigw.core.metrics.Outcome;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/**
 * What the stages of one call measure for its metric publishers: each attempt, the wait before it,
 * the time spent on credentials, signing and decoding, the bytes sent and read. A call without
 * publishers gets {@link #NONE}, which measures nothing and reads no clock. The stages of a call
 * use it one after another (an asynchronous call's stages hand it on through their futures), never
 * at once.
 */
public final class CallMeter {
  /** Measures nothing: for calls no publisher is told of. */
  public static final CallMeter NONE = new CallMeter(null);

  private final @Nullable Ticker ticker;
  private final List<AttemptMetrics> attempts = new ArrayList<>(2);
  private long lastEndNanos;
  private long credentialsNanos;
  private long signingNanos;
  private long decodeNanos;
  private long requestBytes;
  private long responseBytes;
  private Duration clockOffset = Duration.ZERO;

  private CallMeter(@Nullable Ticker ticker) {
    this.ticker = ticker;
  }

  /** A meter that reads {@code ticker}. */
  public static CallMeter on(Ticker ticker) {
    return new CallMeter(ticker);
  }

  /** Whether this meter measures anything. */
  public boolean active() {
    return ticker != null;
  }

  /** The ticker's time, for a step's start; 0 when inactive. */
  public long now() {
    return ticker == null ? 0 : ticker.nanoTime();
  }

  /** The next attempts are signed with {@code offset} added to the client's clock. */
  public void clockOffset(Duration offset) {
    clockOffset = offset;
  }

  /** The attempt that started at {@code startNanos} on {@code clock} got a 2xx response. */
  public void attemptSucceeded(SdkHttpResponse response, long startNanos, Ticker clock) {
    if (ticker != null) {
      attemptEnded(
          AttemptMetrics.builder()
              .statusCode(response.statusCode())
              .requestId(response.requestId().orElse(null))
              .outcome(Outcome.SUCCESS),
          startNanos,
          clock);
    }
  }

  /**
   * The attempt that started at {@code startNanos} on {@code clock} failed; {@code throttled} when
   * the service asked the client to slow down.
   */
  public void attemptFailed(
      SdkException failure, boolean throttled, long startNanos, Ticker clock) {
    if (ticker == null) {
      return;
    }
    AttemptMetrics.Builder attempt = AttemptMetrics.builder().failure(failure);
    if (failure instanceof ServiceException) {
      ServiceException service = (ServiceException) failure;
      attempt
          .statusCode(service.statusCode())
          .errorCode(service.errorCode().orElse(null))
          .requestId(service.requestId().orElse(null));
    }
    if (throttled) {
      attempt.outcome(Outcome.THROTTLED);
    }
    attemptEnded(attempt, startNanos, clock);
  }

  private void attemptEnded(AttemptMetrics.Builder attempt, long startNanos, Ticker clock) {
    long end = clock.nanoTime();
    attempts.add(
        attempt
            .duration(Duration.ofNanos(Math.max(0, end - startNanos)))
            .backoffBeforeAttempt(
                Duration.ofNanos(attempts.isEmpty() ? 0 : Math.max(0, startNanos - lastEndNanos)))
            .build());
    lastEndNanos = end;
  }

  /** Credentials were resolved for signing, from {@code startNanos} until now. */
  public void credentialsResolved(long startNanos) {
    credentialsNanos += since(startNanos);
  }

  /** The attempt was signed, from {@code startNanos} until now. */
  public void signed(long startNanos) {
    signingNanos += since(startNanos);
  }

  /** The result was decoded, from {@code startNanos} until now. */
  public void decoded(long startNanos) {
    decodeNanos += since(startNanos);
  }

  /** {@code request} was sent and {@code response} read in full. */
  public void exchanged(Request request, SdkHttpResponse response) {
    if (ticker == null) {
      return;
    }
    RequestBody body = request.body();
    try {
      requestBytes += body == null ? 0 : Math.max(0, body.contentLength());
    } catch (IOException e) {
      // A body of unknown length counts as none.
    }
    responseBytes += response.bodyLength();
  }

  private long since(long startNanos) {
    return ticker == null ? 0 : Math.max(0, ticker.nanoTime() - startNanos);
  }

  /** The metrics of the call, which ended at {@code endNanos} with {@code failure} (or none). */
  public CallMetrics.Builder metrics(long callStartNanos, long endNanos) {
    CallMetrics.Builder metrics =
        CallMetrics.builder()
            .apiCallDuration(Duration.ofNanos(Math.max(0, endNanos - callStartNanos)))
            .credentialsFetchDuration(Duration.ofNanos(credentialsNanos))
            .signingDuration(Duration.ofNanos(signingNanos))
            .decodeDuration(Duration.ofNanos(decodeNanos))
            .requestBytes(requestBytes)
            .responseBytes(responseBytes)
            .clockOffset(clockOffset);
    attempts.forEach(metrics::addAttempt);
    return metrics;
  }
}
