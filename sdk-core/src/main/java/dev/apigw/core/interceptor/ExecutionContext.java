package dev.apigw.core.interceptor;

import dev.apigw.core.lang.Arguments;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link ExecutionInterceptor} is told of the call it runs in: the service, the operation,
 * the region, the request as the caller gave it, the attempt, and the attributes the interceptors
 * keep for the call. Immutable but for those attributes, which every hook of the call shares; the
 * runtime hands each hook its own context.
 */
public final class ExecutionContext {
  private final String serviceId;
  private final String operationName;
  private final @Nullable String region;
  private final Object request;
  private final int attempt;
  private final ExecutionAttributes attributes;

  private ExecutionContext(
      String serviceId,
      String operationName,
      @Nullable String region,
      Object request,
      int attempt,
      ExecutionAttributes attributes) {
    this.serviceId = serviceId;
    this.operationName = operationName;
    this.region = region;
    this.request = request;
    this.attempt = attempt;
    this.attributes = attributes;
  }

  /**
   * The context of a call before its first attempt, as {@link ExecutionInterceptor#beforeExecution}
   * sees it, with no region and no attributes yet; also for testing an interceptor. Fails with
   * {@link IllegalArgumentException} naming the argument when one is null or a name is blank.
   */
  public static ExecutionContext of(String serviceId, String operationName, Object request) {
    return new ExecutionContext(
        Arguments.requireNonBlank(serviceId, "serviceId"),
        Arguments.requireNonBlank(operationName, "operationName"),
        null,
        Arguments.requireNonNull(request, "request"),
        0,
        ExecutionAttributes.create());
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
        : new ExecutionContext(serviceId, operationName, region, request, attempt, attributes);
  }

  /**
   * This context in {@code region}, the same call (its attributes shared). Fails with {@link
   * IllegalArgumentException} when the region is null or blank.
   */
  public ExecutionContext withRegion(String region) {
    return new ExecutionContext(
        serviceId,
        operationName,
        Arguments.requireNonBlank(region, "region"),
        request,
        attempt,
        attributes);
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
   * The region the call is made in, such as {@code eu-west-1}; empty only when it could not be
   * resolved (the call then fails before any attempt).
   */
  public Optional<String> region() {
    return Optional.ofNullable(region);
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

  /** What the interceptors keep for this call, the same in each of its hooks. */
  public ExecutionAttributes attributes() {
    return attributes;
  }

  /** The service, the operation, the region and the attempt; never the request. */
  @Override
  public String toString() {
    return "ExecutionContext{"
        + serviceId
        + " "
        + operationName
        + (region == null ? "" : " in " + region)
        + ", attempt "
        + attempt
        + "}";
  }
}
