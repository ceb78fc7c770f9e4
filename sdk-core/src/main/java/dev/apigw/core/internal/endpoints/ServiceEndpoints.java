package dev.apigw.core.internal.endpoints;

import dev.apigw.core.lang.Arguments;
import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * A service's endpoint for a region: from its rule set when it has one (the generated clients do),
 * else from the pattern the rule sets of the services the credentials chain calls (STS, SSO, SSO
 * OIDC) share: {@code https://{prefix}.{region}.{dnsSuffix}}, {@code {prefix}-fips} for FIPS (but
 * the plain regional host for FIPS alone in {@code aws-us-gov}), the partition's dual-stack suffix
 * for dual-stack, the errors the rule sets give for what a partition does not support, and a
 * configured endpoint taken as it is but not with FIPS or dual-stack. The region must be a valid
 * host label, the check the rule sets make. Failures are {@link EndpointResolutionException}s with
 * the rule set's message.
 */
public final class ServiceEndpoints {
  private ServiceEndpoints() {}

  /**
   * @param ruleSetResource the class-path resource of the service's rule set, or null for the
   *     standard pattern
   * @param endpointPrefix the first label of the service's host names, for the standard pattern
   * @param endpoint a configured endpoint (the builder's, or one set in the environment or
   *     profile), or null
   */
  public static URI resolve(
      @Nullable String ruleSetResource,
      String endpointPrefix,
      String region,
      boolean fips,
      boolean dualstack,
      @Nullable URI endpoint) {
    Arguments.requireNonBlank(endpointPrefix, "endpointPrefix");
    Arguments.requireNonNull(region, "region");
    if (!HostLabels.isValid(region, false)) {
      throw new EndpointResolutionException(
          "Invalid Configuration: the region '"
              + region
              + "' is not a valid host "
              + "label (letters, digits and hyphens, starting with a letter or digit, at most 63)");
    }
    if (endpoint != null && !fips && !dualstack) {
      // What the rule sets of this SDK's services answer for a configured endpoint without FIPS or
      // dual-stack (the endpoint itself; ServiceEndpointsTest holds the rule set to it), without
      // loading a rule set for it: the common case of a local server or the emulator builds faster.
      return endpoint;
    }
    if (ruleSetResource != null) {
      EndpointRuleSet rules = EndpointRuleSet.fromResource(classLoader(), ruleSetResource);
      return rules.resolve(
          EndpointParameters.builder()
              .region(region)
              .useFips(fips)
              .useDualStack(dualstack)
              .endpoint(endpoint == null ? null : endpoint.toString())
              .build());
    }
    return standard(endpointPrefix, region, fips, dualstack, endpoint);
  }

  private static URI standard(
      String prefix, String region, boolean fips, boolean dualstack, @Nullable URI endpoint) {
    if (endpoint != null) {
      if (fips) {
        throw new EndpointResolutionException(
            "Invalid Configuration: FIPS and custom endpoint are not supported");
      }
      if (dualstack) {
        throw new EndpointResolutionException(
            "Invalid Configuration: Dualstack and custom endpoint are not supported");
      }
      return endpoint;
    }
    Partition partition = Partitions.standard().partitionOf(region);
    if (fips && !partition.supportsFips()) {
      throw new EndpointResolutionException(
          "FIPS is enabled but this partition does not support FIPS");
    }
    if (dualstack && !partition.supportsDualStack()) {
      throw new EndpointResolutionException(
          "DualStack is enabled but this partition does not support DualStack");
    }
    // In GovCloud the regional endpoints of STS, SSO and SSO OIDC are FIPS endpoints already, and
    // their rule sets send FIPS (without dual-stack) there rather than to a -fips host.
    boolean fipsHost = fips && (dualstack || !partition.name().equals("aws-us-gov"));
    String host =
        prefix
            + (fipsHost ? "-fips." : ".")
            + region
            + "."
            + (dualstack ? partition.dualStackDnsSuffix() : partition.dnsSuffix());
    try {
      return new URI("https", host, null, null);
    } catch (URISyntaxException e) {
      throw new EndpointResolutionException(
          "The endpoint https://" + host + " is not a valid URI", e);
    }
  }

  private static ClassLoader classLoader() {
    ClassLoader own = ServiceEndpoints.class.getClassLoader();
    return own != null ? own : ClassLoader.getSystemClassLoader();
  }
}
