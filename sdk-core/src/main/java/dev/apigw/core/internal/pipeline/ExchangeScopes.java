package dev.apigw.core.internal.pipeline;

import dev.apigw.core.interceptor.ExecutionScope;

/**
 * The tag of an attempt's request that tells the HTTP client whose {@code exchangeScope} to open
 * around the exchange, on the thread that runs it: the call's interceptors, at this attempt.
 * Immutable.
 */
public final class ExchangeScopes {
  private final CallInterceptors interceptors;
  private final int attempt;

  ExchangeScopes(CallInterceptors interceptors, int attempt) {
    this.interceptors = interceptors;
    this.attempt = attempt;
  }

  /** Opens the interceptors' scopes on the calling thread; close it on the same thread. */
  public ExecutionScope open() {
    return interceptors.exchangeScope(attempt);
  }

  @Override
  public String toString() {
    return "ExchangeScopes{attempt " + attempt + "}";
  }
}
