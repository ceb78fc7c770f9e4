package dev.apigw.core.region;

import dev.apigw.core.Nullable;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Regions and default endpoints.
 *
 * <p>The default endpoint follows the service's endpoint rule set ({@code https://{prefix}.{Region}.{dnsSuffix}} for
 * the region's partition, without FIPS or dual stack). The partitions, their region patterns and DNS suffixes are
 * those of AWS's partition metadata ({@code partitions.json}, version 1.1), which the rule set's
 * {@code aws.partition} function refers to:
 *
 * <table>
 *   <caption>Partitions</caption>
 *   <tr><th>partition</th><th>regions</th><th>DNS suffix</th></tr>
 *   <tr><td>aws</td><td>us-, eu-, ap-, sa-, ca-, me-, af-, il-, mx-…; and any region no other partition claims</td>
 *       <td>amazonaws.com</td></tr>
 *   <tr><td>aws-cn</td><td>cn-…</td><td>amazonaws.com.cn</td></tr>
 *   <tr><td>aws-eusc</td><td>eusc-de-…</td><td>amazonaws.eu</td></tr>
 *   <tr><td>aws-iso</td><td>us-iso-…</td><td>c2s.ic.gov</td></tr>
 *   <tr><td>aws-iso-b</td><td>us-isob-…</td><td>sc2s.sgov.gov</td></tr>
 *   <tr><td>aws-iso-e</td><td>eu-isoe-…</td><td>cloud.adc-e.uk</td></tr>
 *   <tr><td>aws-iso-f</td><td>us-isof-…</td><td>csp.hci.ic.gov</td></tr>
 *   <tr><td>aws-us-gov</td><td>us-gov-…</td><td>amazonaws.com</td></tr>
 * </table>
 */
public final class Regions {
  /** The environment variable read first for the region. */
  public static final String AWS_REGION = "AWS_REGION";
  /** The environment variable read when {@value #AWS_REGION} is unset. */
  public static final String AWS_DEFAULT_REGION = "AWS_DEFAULT_REGION";

  private static final Pattern VALID_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** In the order {@code aws.partition} tries them; a region matching none belongs to {@code aws}. */
  private static final List<Partition> PARTITIONS = List.of(
      new Partition("aws", "^(us|eu|ap|sa|ca|me|af|il|mx)-\\w+-\\d+$", "amazonaws.com"),
      new Partition("aws-cn", "^cn-\\w+-\\d+$", "amazonaws.com.cn"),
      new Partition("aws-eusc", "^eusc-(de)-\\w+-\\d+$", "amazonaws.eu"),
      new Partition("aws-iso", "^us-iso-\\w+-\\d+$", "c2s.ic.gov"),
      new Partition("aws-iso-b", "^us-isob-\\w+-\\d+$", "sc2s.sgov.gov"),
      new Partition("aws-iso-e", "^eu-isoe-\\w+-\\d+$", "cloud.adc-e.uk"),
      new Partition("aws-iso-f", "^us-isof-\\w+-\\d+$", "csp.hci.ic.gov"),
      new Partition("aws-us-gov", "^us-gov-\\w+-\\d+$", "amazonaws.com"));

  private Regions() {}

  /**
   * The region named by {@value #AWS_REGION}, else by {@value #AWS_DEFAULT_REGION}, trimmed; empty when both are unset
   * or blank.
   *
   * @param environment returns a variable's value, or null when it is unset (such as {@code System::getenv})
   */
  public static Optional<String> fromEnvironment(Function<String, String> environment) {
    if (environment == null) {
      throw new IllegalArgumentException("environment must not be null");
    }
    for (String variable : List.of(AWS_REGION, AWS_DEFAULT_REGION)) {
      String value = environment.apply(variable);
      if (value != null && !value.isBlank()) {
        return Optional.of(value.trim());
      }
    }
    return Optional.empty();
  }

  /** {@link #fromEnvironment(Function)} on the process environment. */
  public static Optional<String> fromEnvironment() {
    return fromEnvironment(System::getenv);
  }

  /**
   * Returns {@code region} when it is a plausible region name (lowercase letters, digits and single inner hyphens,
   * such as {@code us-east-1}); otherwise fails with {@link IllegalArgumentException} saying why.
   */
  public static String requireValid(String region) {
    return checkName(region, "region");
  }

  /** The partition a region belongs to, such as {@code aws}, {@code aws-cn} or {@code aws-us-gov}. */
  public static String partition(String region) {
    return partitionOf(requireValid(region)).id;
  }

  /** The DNS suffix of the region's partition, such as {@code amazonaws.com} or {@code amazonaws.com.cn}. */
  public static String dnsSuffix(String region) {
    return partitionOf(requireValid(region)).dnsSuffix;
  }

  /**
   * The service's default endpoint in a region, {@code https://{endpointPrefix}.{region}.{dnsSuffix}}, such as
   * {@code https://apigateway.us-east-1.amazonaws.com} or {@code https://apigateway.cn-north-1.amazonaws.com.cn}.
   *
   * @throws IllegalArgumentException naming the argument when the prefix or the region is null, blank or not a valid
   *     name
   */
  public static URI defaultEndpoint(String endpointPrefix, String region) {
    String prefix = checkName(endpointPrefix, "endpointPrefix");
    String checked = requireValid(region);
    return URI.create("https://" + prefix + "." + checked + "." + partitionOf(checked).dnsSuffix);
  }

  private static Partition partitionOf(String region) {
    for (Partition partition : PARTITIONS) {
      if (region.equals(partition.id + "-global") || partition.regionPattern.matcher(region).matches()) {
        return partition;
      }
    }
    return PARTITIONS.get(0);
  }

  private static String checkName(@Nullable String value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    if (!VALID_NAME.matcher(value).matches()) {
      throw new IllegalArgumentException(name + " '" + value + "' is not valid: use lowercase letters, digits and"
          + " single hyphens between them, such as us-east-1");
    }
    return value;
  }

  /** One partition: its id, which regions belong to it, and the DNS suffix of its endpoints. */
  private static final class Partition {
    final String id;
    final Pattern regionPattern;
    final String dnsSuffix;

    Partition(String id, String regionRegex, String dnsSuffix) {
      this.id = id;
      this.regionPattern = Pattern.compile(regionRegex);
      this.dnsSuffix = dnsSuffix;
    }
  }
}
