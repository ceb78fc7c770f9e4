package dev.apigw.core.region;

import dev.apigw.core.internal.Environment;
import dev.apigw.core.internal.metadata.RegionChain;
import dev.apigw.core.lang.Arguments;

/**
 * The region chain: the system property {@code aws.region}, the environment variable {@code
 * AWS_REGION}, the {@code region} of the current profile in the shared config files, {@code
 * AWS_DEFAULT_REGION}, then the region of the EC2 instance from its metadata. Each call reads the
 * chain afresh; the instance metadata is asked only when nothing before it gives a region. As in
 * the AWS SDK, the name is not checked here: the endpoint rules check it when a client is built.
 * Thread-safe.
 */
public final class DefaultRegionProvider implements RegionProvider {
  private final Environment environment;

  private DefaultRegionProvider(Environment environment) {
    this.environment = environment;
  }

  /**
   * The chain over this process's environment, system properties, profile files and instance
   * metadata.
   */
  public static DefaultRegionProvider create() {
    return new DefaultRegionProvider(Environment.system());
  }

  static DefaultRegionProvider create(Environment environment) {
    return new DefaultRegionProvider(Arguments.requireNonNull(environment, "environment"));
  }

  @Override
  public String resolveRegion() {
    return RegionChain.resolve(environment);
  }

  @Override
  public String toString() {
    return "DefaultRegionProvider";
  }
}
