package dev.apigw.codegen.model;

import java.util.List;

/**
 * Service-wide metadata. {@code auth} lists the auth schemes the service accepts, in order of
 * preference (such as {@code aws.auth#sigv4}); empty when the model does not say, which for this
 * protocol means SigV4.
 */
public record ServiceInfo(
    String id,
    String fullName,
    String apiVersion,
    String signingName,
    String endpointPrefix,
    String protocol,
    String signatureVersion,
    List<String> auth) {
  public ServiceInfo {
    auth = List.copyOf(auth);
  }
}
