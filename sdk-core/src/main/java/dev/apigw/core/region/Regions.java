package dev.apigw.core.region;

import dev.apigw.core.internal.endpoints.Partition;
import dev.apigw.core.internal.endpoints.Partitions;
import java.net.URI;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Regions and default endpoints.
 *
 * <p>A region's partition, and so its DNS suffix, comes from AWS's partition metadata ({@code
 * partitions.json}), which the SDK carries and which the endpoint rule sets' {@code aws.partition}
 * function reads too: a region the metadata lists belongs to its partition ({@code cn-north-1} to
 * {@code aws-cn}, {@code aws-global} to {@code aws}); another belongs to the first partition whose
 * region pattern it matches ({@code us-gov-north-9} to {@code aws-us-gov}); any other region to
 * {@code aws}.
 *
 * <p>Where a client finds its region: {@link DefaultRegionProvider}. The default endpoint is {@code
 * https://{endpointPrefix}.{region}.{dnsSuffix}}: what API Gateway's endpoint rule set gives in
 * every partition without FIPS, dual stack or an endpoint override.
 */
public final class Regions {
  private static final Pattern VALID_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Regions() {}

  /**
   * Returns {@code region} when it is a plausible region name (lowercase letters, digits and single
   * inner hyphens, such as {@code us-east-1}); otherwise fails with {@link
   * IllegalArgumentException} saying why.
   */
  public static String requireValid(String region) {
    return checkName(region, "region");
  }

  /**
   * The partition a region belongs to, such as {@code aws}, {@code aws-cn} or {@code aws-us-gov}.
   *
   * @throws IllegalArgumentException when the region is not a valid name (see {@link
   *     #requireValid(String)})
   */
  public static String partition(String region) {
    return partitionOf(requireValid(region)).name();
  }

  /**
   * The DNS suffix of the region's partition, such as {@code amazonaws.com} or {@code
   * amazonaws.com.cn}.
   *
   * @throws IllegalArgumentException when the region is not a valid name (see {@link
   *     #requireValid(String)})
   */
  public static String dnsSuffix(String region) {
    return partitionOf(requireValid(region)).dnsSuffix();
  }

  /**
   * The service's default endpoint in a region, {@code
   * https://{endpointPrefix}.{region}.{dnsSuffix}}, such as {@code
   * https://apigateway.us-east-1.amazonaws.com} or {@code
   * https://apigateway.cn-north-1.amazonaws.com.cn}.
   *
   * @throws IllegalArgumentException naming the argument when the prefix or the region is null,
   *     blank or not a valid name
   */
  public static URI defaultEndpoint(String endpointPrefix, String region) {
    String prefix = checkName(endpointPrefix, "endpointPrefix");
    String checked = requireValid(region);
    return URI.create("https://" + prefix + "." + checked + "." + partitionOf(checked).dnsSuffix());
  }

  private static Partition partitionOf(String region) {
    return Partitions.standard().partitionOf(region);
  }

  private static String checkName(@Nullable String value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    if (!VALID_NAME.matcher(value).matches()) {
      throw new IllegalArgumentException(
          name
              + " '"
              + value
              + "' is not valid: use lowercase letters, digits and"
              + " single hyphens between them, such as us-east-1");
    }
    return value;
  }
}
