package dev.apigw.core.client;

import dev.apigw.core.http.ErrorFactory;
import dev.apigw.core.Arguments;

/**
 * What a client builder knows of its service: the name requests are signed for, the first label of the service's
 * host names, the factory of its typed exceptions, and the client's name for messages. Immutable.
 */
public final class ServiceMetadata {
  private final String clientName;
  private final String signingName;
  private final String endpointPrefix;
  private final ErrorFactory errorFactory;

  private ServiceMetadata(String clientName, String signingName, String endpointPrefix, ErrorFactory errorFactory) {
    this.clientName = clientName;
    this.signingName = signingName;
    this.endpointPrefix = endpointPrefix;
    this.errorFactory = errorFactory;
  }

  /**
   * Fails with {@link IllegalArgumentException} naming the argument when one is null or blank.
   *
   * @param clientName the client class's simple name, such as {@code ApiGatewayV2Client}
   * @param signingName the SigV4 signing name, such as {@code apigateway}
   * @param endpointPrefix the first label of the default host name, such as {@code apigateway}
   * @param errorFactory makes the service's typed exceptions from error responses
   */
  public static ServiceMetadata of(String clientName, String signingName, String endpointPrefix,
      ErrorFactory errorFactory) {
    return new ServiceMetadata(Arguments.requireNonBlank(clientName, "clientName"),
        Arguments.requireNonBlank(signingName, "signingName"),
        Arguments.requireNonBlank(endpointPrefix, "endpointPrefix"),
        Arguments.requireNonNull(errorFactory, "errorFactory"));
  }

  public String clientName() {
    return clientName;
  }

  public String signingName() {
    return signingName;
  }

  public String endpointPrefix() {
    return endpointPrefix;
  }

  public ErrorFactory errorFactory() {
    return errorFactory;
  }

  @Override
  public String toString() {
    return clientName + "{signingName=" + signingName + ", endpointPrefix=" + endpointPrefix + "}";
  }
}
