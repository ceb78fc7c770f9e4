package dev.apigw.core.exception;

import java.util.Objects;
import java.util.Optional;

/**
 * The service answered with an error. Carries the HTTP status, the service's error code and
 * message, the request id, and a short excerpt of the raw body for errors that were not in the
 * service's own format.
 */
public class ServiceException extends SdkException {
  private static final long serialVersionUID = 1L;

  private final ErrorDetails details;

  public ServiceException(ErrorDetails details) {
    super(Objects.requireNonNull(details, "details").describe());
    this.details = details;
  }

  /** Everything known about the error response. */
  public final ErrorDetails details() {
    return details;
  }

  public final int statusCode() {
    return details.statusCode();
  }

  /**
   * The service's error code, such as {@code NotFoundException}; empty when the response carried
   * none.
   */
  public final Optional<String> errorCode() {
    return Optional.ofNullable(details.errorCode());
  }

  /** The service's message; empty when the response carried none. */
  public final Optional<String> errorMessage() {
    return Optional.ofNullable(details.errorMessage());
  }

  /** The {@code x-amzn-RequestId} of the failed call; empty when the response carried none. */
  public final Optional<String> requestId() {
    return Optional.ofNullable(details.requestId());
  }

  /** The operation this error answered, such as {@code GetApi}; empty when it was not given. */
  public final Optional<String> operationName() {
    return Optional.ofNullable(details.operationName());
  }

  /**
   * The start of the raw response body, at most {@link ErrorDetails#MAX_EXCERPT_CHARS} characters.
   */
  public final String rawBodyExcerpt() {
    return details.rawBodyExcerpt();
  }
}
