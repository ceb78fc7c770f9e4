package dev.apigw.core.interceptor;

import dev.apigw.core.lang.Arguments;

/**
 * What an {@link ExecutionInterceptor} is told of the call it runs in: the service, the operation,
 * the request as the caller gave it, and the attempt. Immutable; the runtime hands each hook its
 * own.
 */
public final class ExecutionContext {
  private final String serviceId;
  private final String operationName;
  private final Object request;
  private final int attempt;

  private ExecutionContext(String serviceId, String operationName, Object request, int attempt) {
    this.serviceId = serviceId;
    this.operationName = operationName;
    this.request = request;
    this.attempt = attempt;
  }

  /**
   * The context of a call before its first attempt, as {@link ExecutionInterceptor#beforeExecution}
   * sees it; also for testing an interceptor. Fails with {@link IllegalArgumentException} naming
   * the argument when one is null or a name is blank.
   */
  public static ExecutionContext of(String serviceId, String operationName, Object request) {
    return new ExecutionContext(
        Arguments.requireNonBlank(serviceId, "serviceId"),
        Arguments.requireNonBlank(operationName, "operationName"),
        Arguments.requireNonNull(request, "request"),
        0);
  }

  /**
   * This context at attempt {@code attempt}. Fails with {@link IllegalArgumentException} when it is
   * negative.
   */
  public ExecutionContext withAttempt(int attempt) {
    if (attempt < 0) {
      throw new IllegalArgumentException("attempt must not be negative: " + attempt);
    }
    return attempt == this.attempt
        ? this
        : new ExecutionContext(serviceId, operationName, request, attempt);
  }

  /** The service's id in the model, such as {@code ApiGatewayV2}. */
  public String serviceId() {
    return serviceId;
  }

  /** The operation's name in the model, such as {@code GetRoutes}. */
  public String operationName() {
    return operationName;
  }

  /**
   * The request the call was made with, such as a {@code GetRoutesRequest}, overrides included.
   * Calls made through {@code ClientRuntime}'s untyped {@code invoke} give their {@code
   * HttpRequestSpec}.
   */
  public Object request() {
    return request;
  }

  /**
   * The attempt, from 1: in the hooks of an attempt, the one under way; in {@link
   * ExecutionInterceptor#afterExecution} and {@link ExecutionInterceptor#onExecutionFailure}, how
   * many were made (0 when the call failed before one was sent); 0 in {@link
   * ExecutionInterceptor#beforeExecution}.
   */
  public int attempt() {
    return attempt;
  }

  /** The service, the operation and the attempt; never the request. */
  @Override
  public String toString() {
    return "ExecutionContext{" + serviceId + " " + operationName + ", attempt " + attempt + "}";
  }
}
