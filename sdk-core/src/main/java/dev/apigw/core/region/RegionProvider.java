package dev.apigw.core.region;

/** Where a client gets its region from. Implementations must be thread-safe. */
@FunctionalInterface
public interface RegionProvider {
  /**
   * The region, such as {@code us-east-1}. Fails with {@link
   * dev.apigw.core.exception.SdkClientException} saying where it looked when no region is found.
   */
  String resolveRegion();
}
