package dev.apigw.core.interceptor;

/**
 * What an interceptor made current on a thread for one exchange with the server (a tracing context,
 * say), undone by {@link #close()} on the same thread. See {@link
 * ExecutionInterceptor#exchangeScope}.
 */
@FunctionalInterface
public interface ExecutionScope extends AutoCloseable {
  /** A scope that made nothing current. */
  ExecutionScope NONE = () -> {};

  /** Undoes what the scope made current; must not throw. */
  @Override
  void close();
}
