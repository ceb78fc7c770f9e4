package dev.apigw.core.region;

import dev.apigw.core.Arguments;
import dev.apigw.core.Nullable;
import dev.apigw.core.exception.SdkClientException;
import dev.apigw.core.internal.metadata.Ec2MetadataClient;
import dev.apigw.core.internal.metadata.ProfileProperties;
import dev.apigw.core.internal.config.ClientConfig;
import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.config.RegionSettings;
import dev.apigw.core.internal.config.Setting;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The region chain: the system property {@code aws.region}, the environment variable {@code AWS_REGION}, the
 * {@code region} of the current profile in the shared config files, {@code AWS_DEFAULT_REGION}, then the region of
 * the EC2 instance from its instance metadata. Each call reads the chain afresh; the instance metadata is asked
 * only when nothing before it gives a region. As in the AWS SDK, the name is not checked here: the endpoint rules
 * check it when a client is built. Thread-safe.
 */
public final class DefaultRegionProvider implements RegionProvider {
  private final Environment environment;
  private final Supplier<Optional<String>> instanceRegion;

  private DefaultRegionProvider(Environment environment, Supplier<Optional<String>> instanceRegion) {
    this.environment = environment;
    this.instanceRegion = instanceRegion;
  }

  /** The chain over this process's environment, system properties, profile files and instance metadata. */
  public static DefaultRegionProvider create() {
    return create(Environment.system());
  }

  static DefaultRegionProvider create(Environment environment) {
    Arguments.requireNonNull(environment, "environment");
    return new DefaultRegionProvider(environment, () -> {
      Ec2MetadataClient metadata = Ec2MetadataClient.create(environment, ProfileProperties.of(environment, null));
      if (metadata.isDisabled()) {
        throw new SdkClientException("instance metadata is disabled (AWS_EC2_METADATA_DISABLED)");
      }
      return metadata.region();
    });
  }

  static DefaultRegionProvider create(Environment environment, Supplier<Optional<String>> instanceRegion) {
    return new DefaultRegionProvider(Arguments.requireNonNull(environment, "environment"),
        Arguments.requireNonNull(instanceRegion, "instanceRegion"));
  }

  @Override
  public String resolveRegion() {
    Optional<Setting> configured;
    try {
      configured = RegionSettings.find(ClientConfig.of(environment));
    } catch (RuntimeException e) {
      throw new SdkClientException("Unable to load the region: " + e.getMessage(), e);
    }
    if (configured.isPresent()) {
      return configured.get().value();
    }
    String failure = null;
    Optional<String> fromInstance = Optional.empty();
    try {
      fromInstance = instanceRegion.get();
    } catch (RuntimeException e) {
      failure = e instanceof SdkClientException ? e.getMessage() : e.getClass().getName();
    }
    if (fromInstance.isPresent()) {
      return fromInstance.get();
    }
    throw new SdkClientException("Unable to load the region from any source: the system property "
        + RegionSettings.PROPERTY + ", the environment variables " + RegionSettings.VARIABLE + " and "
        + RegionSettings.CLI_VARIABLE + " and the profile's region are not set, and the EC2 instance metadata "
        + describe(failure));
  }

  private static String describe(@Nullable String failure) {
    return failure == null ? "gave no region" : "failed: " + failure;
  }

  @Override
  public String toString() {
    return "DefaultRegionProvider";
  }
}
