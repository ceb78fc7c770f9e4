package dev.apigw.opentelemetry;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One call's span, the context it is current in, and what the hooks of later attempts need of the
 * earlier ones. The hooks of a call run one after the other, though maybe on several threads.
 */
final class CallTrace {
  private final Span span;
  private final Context context;
  private final AtomicBoolean ended = new AtomicBoolean();
  private volatile int lastStatusCode;

  CallTrace(Span span, Context parent) {
    this.span = span;
    this.context = parent.with(span);
  }

  Span span() {
    return span;
  }

  /** The caller's context with the call's span in it. */
  Context context() {
    return context;
  }

  /** The status of the last response, 0 before one came back. */
  int lastStatusCode() {
    return lastStatusCode;
  }

  void lastStatusCode(int statusCode) {
    this.lastStatusCode = statusCode;
  }

  /** Whether this call made the span end: true once, false for every call after. */
  boolean markEnded() {
    return ended.compareAndSet(false, true);
  }
}
