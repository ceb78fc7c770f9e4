package dev.apigw.core.internal.metadata;

import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.config.ClientConfig;
import dev.apigw.core.internal.config.RegionSettings;
import dev.apigw.core.internal.config.Setting;
import dev.apigw.core.lang.Arguments;
import java.util.Optional;

/**
 * The default region chain, in one place for the public region provider, the client builder and the
 * credentials sources that call STS: what {@link RegionSettings} finds without I/O, then the EC2
 * instance's region from its metadata unless instance metadata is disabled.
 */
public final class RegionChain {
  private RegionChain() {}

  /**
   * The region. Fails with {@link SdkClientException} saying where it looked and why instance
   * metadata gave none; also when a setting or profile file it reads is broken.
   */
  public static String resolve(Environment environment) {
    Arguments.requireNonNull(environment, "environment");
    Optional<Setting> configured;
    try {
      configured = RegionSettings.find(ClientConfig.of(environment));
    } catch (IllegalStateException | SdkClientException e) {
      throw new SdkClientException("Unable to load the region: " + e.getMessage(), e);
    }
    if (configured.isPresent()) {
      return configured.get().value();
    }
    return fromInstanceMetadata(environment);
  }

  /** The region, or empty when no source gives one. */
  public static Optional<String> find(Environment environment) {
    try {
      return Optional.of(resolve(environment));
    } catch (SdkClientException e) {
      return Optional.empty();
    }
  }

  /** The EC2 instance's region; fails with {@link SdkClientException} saying why there is none. */
  public static String fromInstanceMetadata(Environment environment) {
    String none =
        "Unable to load the region: none is configured (region(...), the system property "
            + RegionSettings.PROPERTY
            + ", "
            + RegionSettings.VARIABLE
            + ", the profile's region, "
            + RegionSettings.CLI_VARIABLE
            + "), and the EC2 instance metadata ";
    Ec2MetadataClient metadata =
        Ec2MetadataClient.create(environment, ProfileProperties.of(environment, null));
    Optional<String> region;
    try {
      if (metadata.isDisabled()) {
        throw new SdkClientException(none + "is disabled (" + Ec2MetadataClient.DISABLED + ")");
      }
      region = metadata.region();
    } catch (SdkClientException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(none)) {
        throw e;
      }
      throw new SdkClientException(none + "failed: " + e.getMessage(), e);
    }
    return region.orElseThrow(() -> new SdkClientException(none + "gave none"));
  }
}
