package dev.apigw.core.internal.auth;

import dev.apigw.core.Arguments;
import dev.apigw.core.internal.config.ClientConfig;
import dev.apigw.core.internal.metadata.Ec2MetadataClient;
import dev.apigw.core.internal.metadata.ProfileProperties;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.config.RegionSettings;
import dev.apigw.core.internal.config.Setting;
import java.util.Optional;

/**
 * The default region chain: what {@link RegionSettings} finds without I/O, then the EC2 instance's region from its
 * metadata (unless instance metadata is disabled). Used by the public region provider and by the credentials
 * sources that call STS in the default region.
 */
public final class RegionChain {
  private RegionChain() {}

  /** The region; empty when no source gives one. Instance-metadata failures count as no region. */
  public static Optional<String> find(Environment environment) {
    Arguments.requireNonNull(environment, "environment");
    Optional<Setting> configured = RegionSettings.find(ClientConfig.of(environment));
    if (configured.isPresent()) {
      return Optional.of(configured.get().value());
    }
    try {
      Ec2MetadataClient metadata = Ec2MetadataClient.create(environment, ProfileProperties.of(environment, null));
      return metadata.isDisabled() ? Optional.empty() : metadata.region();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
