package dev.apigw.core.service;

import dev.apigw.core.http.ErrorFactory;
import dev.apigw.core.lang.Arguments;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a client builder knows of its service: the model's service id (which names its
 * configured-endpoint settings, such as {@code AWS_ENDPOINT_URL_APIGATEWAYV2}), the name requests
 * are signed for, the first label of the service's host names, the resource holding its endpoint
 * rule set, the factory of its typed exceptions, and the client's name for messages. Immutable.
 */
public final class ServiceMetadata {
  private final String clientName;
  private final String serviceId;
  private final String signingName;
  private final String endpointPrefix;
  private final @Nullable String endpointRuleSet;
  private final ErrorFactory errorFactory;

  private ServiceMetadata(
      String clientName,
      String serviceId,
      String signingName,
      String endpointPrefix,
      @Nullable String endpointRuleSet,
      ErrorFactory errorFactory) {
    this.clientName = clientName;
    this.serviceId = serviceId;
    this.signingName = signingName;
    this.endpointPrefix = endpointPrefix;
    this.endpointRuleSet = endpointRuleSet;
    this.errorFactory = errorFactory;
  }

  /**
   * A service whose id is its endpoint prefix and whose endpoints follow the standard pattern
   * ({@code https://{endpointPrefix}.{region}.{dnsSuffix}}, with {@code -fips} and the dual-stack
   * suffix where asked for). Fails with {@link IllegalArgumentException} naming the argument when
   * one is null or blank.
   *
   * @param clientName the client class's simple name, such as {@code ApiGatewayV2Client}
   * @param signingName the SigV4 signing name, such as {@code apigateway}
   * @param endpointPrefix the first label of the default host name, such as {@code apigateway}
   * @param errorFactory makes the service's typed exceptions from error responses
   */
  public static ServiceMetadata of(
      String clientName, String signingName, String endpointPrefix, ErrorFactory errorFactory) {
    return new ServiceMetadata(
        Arguments.requireNonBlank(clientName, "clientName"),
        Arguments.requireNonBlank(endpointPrefix, "endpointPrefix"),
        Arguments.requireNonBlank(signingName, "signingName"),
        Arguments.requireNonBlank(endpointPrefix, "endpointPrefix"),
        null,
        Arguments.requireNonNull(errorFactory, "errorFactory"));
  }

  /** The same service with the model's service id, such as {@code ApiGatewayV2} or {@code STS}. */
  public ServiceMetadata withServiceId(String serviceId) {
    return new ServiceMetadata(
        clientName,
        Arguments.requireNonBlank(serviceId, "serviceId"),
        signingName,
        endpointPrefix,
        endpointRuleSet,
        errorFactory);
  }

  /**
   * The same service with its endpoints from the rule set in this class-path resource, such as
   * {@code dev/apigw/model/endpoint-rule-set.json}.
   */
  public ServiceMetadata withEndpointRuleSet(String resourceName) {
    return new ServiceMetadata(
        clientName,
        serviceId,
        signingName,
        endpointPrefix,
        Arguments.requireNonBlank(resourceName, "resourceName"),
        errorFactory);
  }

  public String clientName() {
    return clientName;
  }

  public String serviceId() {
    return serviceId;
  }

  /**
   * What follows {@code aws.endpointUrl} in the system property that configures this service's
   * endpoint: the client's name without {@code Client}, as the AWS SDK for Java v2 names it ({@code
   * ApiGatewayV2}, {@code Sts}).
   */
  public String endpointPropertySuffix() {
    return clientName.endsWith("Client") && clientName.length() > "Client".length()
        ? clientName.substring(0, clientName.length() - "Client".length())
        : clientName;
  }

  public String signingName() {
    return signingName;
  }

  public String endpointPrefix() {
    return endpointPrefix;
  }

  /** The class-path resource of the endpoint rule set; empty for the standard endpoint pattern. */
  public Optional<String> endpointRuleSet() {
    return Optional.ofNullable(endpointRuleSet);
  }

  public ErrorFactory errorFactory() {
    return errorFactory;
  }

  @Override
  public String toString() {
    return clientName
        + "{serviceId="
        + serviceId
        + ", signingName="
        + signingName
        + ", endpointPrefix="
        + endpointPrefix
        + (endpointRuleSet == null ? "" : ", endpointRuleSet=" + endpointRuleSet)
        + "}";
  }
}
