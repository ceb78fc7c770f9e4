package dev.apigw.core.internal.pipeline;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What the stages of one call know about it: the operation, the call's deadline, the current
 * attempt with its own deadline and the clock offset it is signed with, and the call's own options.
 * Immutable: a stage that learns something hands a derived context on.
 */
public final class CallContext {
  /** No deadline. */
  public static final long NO_DEADLINE = Long.MAX_VALUE;

  private final String operationName;
  private final long callDeadlineNanos;
  private final @Nullable Duration apiCallTimeout;
  private final int attempt;
  private final int maxAttempts;
  private final long attemptDeadlineNanos;
  private final @Nullable Duration apiCallAttemptTimeout;
  private final CallRecord record;
  private final CallCancellation cancellation;
  private final Duration clockOffset;
  private final CallOptions options;

  private CallContext(
      String operationName,
      long callDeadlineNanos,
      @Nullable Duration apiCallTimeout,
      int attempt,
      int maxAttempts,
      long attemptDeadlineNanos,
      @Nullable Duration apiCallAttemptTimeout,
      CallRecord record,
      CallCancellation cancellation,
      Duration clockOffset,
      CallOptions options) {
    this.operationName = operationName;
    this.callDeadlineNanos = callDeadlineNanos;
    this.apiCallTimeout = apiCallTimeout;
    this.attempt = attempt;
    this.maxAttempts = maxAttempts;
    this.attemptDeadlineNanos = attemptDeadlineNanos;
    this.apiCallAttemptTimeout = apiCallAttemptTimeout;
    this.record = record;
    this.cancellation = cancellation;
    this.clockOffset = clockOffset;
    this.options = options;
  }

  /**
   * The context of a call that starts at {@code startNanos} and may last {@code apiCallTimeout}
   * (null for no limit).
   */
  public static CallContext start(
      String operationName, long startNanos, @Nullable Duration apiCallTimeout) {
    return start(operationName, startNanos, apiCallTimeout, CallCancellation.NONE, CallMeter.NONE);
  }

  /**
   * The context of a call that {@code cancellation} stops when its future is cancelled ({@link
   * CallCancellation#NONE} for a blocking one), measured by {@code meter}.
   */
  public static CallContext start(
      String operationName,
      long startNanos,
      @Nullable Duration apiCallTimeout,
      CallCancellation cancellation,
      CallMeter meter) {
    long deadline =
        apiCallTimeout == null ? NO_DEADLINE : saturatedAdd(startNanos, nanos(apiCallTimeout));
    return new CallContext(
        operationName,
        deadline,
        apiCallTimeout,
        0,
        1,
        deadline,
        null,
        new CallRecord(meter),
        cancellation,
        Duration.ZERO,
        CallOptions.NONE);
  }

  /**
   * This context for attempt {@code attempt} of {@code maxAttempts}, which until limited runs to
   * the call deadline.
   */
  public CallContext forAttempt(int attempt, int maxAttempts) {
    return withAttempt(attempt, maxAttempts, callDeadlineNanos, null);
  }

  /**
   * This context with the attempt limited to {@code timeout} from {@code nowNanos}; the call
   * deadline still wins when it comes first.
   */
  public CallContext withAttemptTimeout(long nowNanos, Duration timeout) {
    long attemptDeadline = saturatedAdd(nowNanos, nanos(timeout));
    return attemptDeadline >= callDeadlineNanos
        ? withAttempt(attempt, maxAttempts, callDeadlineNanos, null)
        : withAttempt(attempt, maxAttempts, attemptDeadline, timeout);
  }

  /** This call's context for one attempt, with the deadline and the limit that bounds it. */
  private CallContext withAttempt(
      int attemptNumber, int attempts, long attemptDeadline, @Nullable Duration attemptTimeout) {
    return new CallContext(
        operationName,
        callDeadlineNanos,
        apiCallTimeout,
        attemptNumber,
        attempts,
        attemptDeadline,
        attemptTimeout,
        record,
        cancellation,
        clockOffset,
        options);
  }

  /**
   * This context with the attempt signed at the client's clock plus {@code offset}: the difference
   * the client learned from a clock-skew error (zero until then).
   */
  public CallContext withClockOffset(Duration offset) {
    return offset.equals(clockOffset) ? this : with(offset, options);
  }

  /** This context with the call's own options. */
  public CallContext withOptions(CallOptions callOptions) {
    return with(clockOffset, callOptions);
  }

  /** This context with {@code offset} and {@code callOptions}, the attempt unchanged. */
  private CallContext with(Duration offset, CallOptions callOptions) {
    return new CallContext(
        operationName,
        callDeadlineNanos,
        apiCallTimeout,
        attempt,
        maxAttempts,
        attemptDeadlineNanos,
        apiCallAttemptTimeout,
        record,
        cancellation,
        offset,
        callOptions);
  }

  /** What the signing stage adds to the client's clock; zero unless the client learned a skew. */
  public Duration clockOffset() {
    return clockOffset;
  }

  /** The call's record, shared by every context derived from its first one. */
  public CallRecord record() {
    return record;
  }

  /** What stops an asynchronous call when its future is cancelled; never cancelled for others. */
  public CallCancellation cancellation() {
    return cancellation;
  }

  /** What the call runs with besides its client's settings; {@link CallOptions#NONE} at first. */
  public CallOptions options() {
    return options;
  }

  public String operationName() {
    return operationName;
  }

  /** When the whole call must be done, on the runtime's ticker; {@link #NO_DEADLINE} for never. */
  public long callDeadlineNanos() {
    return callDeadlineNanos;
  }

  /** The call's limit, null when it has none. */
  public @Nullable Duration apiCallTimeout() {
    return apiCallTimeout;
  }

  /** The attempt this context is for, from 1; 0 before the first. */
  public int attempt() {
    return attempt;
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  /** When the current attempt must be done; never after the call deadline. */
  public long attemptDeadlineNanos() {
    return attemptDeadlineNanos;
  }

  /**
   * The attempt's own limit when it ends before the call deadline; null when the call deadline is
   * what bounds the attempt (or there is none).
   */
  public @Nullable Duration apiCallAttemptTimeout() {
    return apiCallAttemptTimeout;
  }

  /** Nanoseconds from {@code nowNanos} to the attempt's deadline (zero or less when passed). */
  public long attemptNanosLeft(long nowNanos) {
    return attemptDeadlineNanos == NO_DEADLINE ? Long.MAX_VALUE : attemptDeadlineNanos - nowNanos;
  }

  /** Nanoseconds from {@code nowNanos} to the call's deadline (zero or less when passed). */
  public long callNanosLeft(long nowNanos) {
    return callDeadlineNanos == NO_DEADLINE ? Long.MAX_VALUE : callDeadlineNanos - nowNanos;
  }

  /**
   * The duration in nanoseconds; a limit too long to count in nanoseconds (some 292 years) is no
   * limit.
   */
  private static long nanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? NO_DEADLINE : sum;
  }

  @Override
  public String toString() {
    return "CallContext{" + operationName + ", attempt " + attempt + " of " + maxAttempts + "}";
  }
}
