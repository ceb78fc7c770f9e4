package dev.apigw.core.internal.endpoints;

/**
 * Resolution gave no endpoint. When the rule set chose to fail (an error rule), the message is the
 * rule set's own, such as {@code Invalid Configuration: Missing Region}; otherwise it says what
 * went wrong (a required parameter without a value, an endpoint that is not a URL, a rule set that
 * breaks its own rules).
 */
public final class EndpointResolutionException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public EndpointResolutionException(String message) {
    super(message);
  }

  public EndpointResolutionException(String message, Throwable cause) {
    super(message, cause);
  }
}
