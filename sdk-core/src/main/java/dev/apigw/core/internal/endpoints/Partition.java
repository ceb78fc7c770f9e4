package dev.apigw.core.internal.endpoints;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@code aws.partition} gives for a region: the partition's name and DNS suffixes, whether it
 * offers FIPS and dual-stack endpoints, and the region its global endpoints live in; for a region
 * with overrides in {@code partitions.json}, with those applied. Immutable.
 */
public final class Partition {
  private final Map<String, Object> attributes;

  /**
   * From a partition's outputs, which must include the six this class reads (strings and booleans);
   * others are kept for the rules. Fails with {@link IllegalArgumentException} naming a missing or
   * mistyped output.
   */
  Partition(Map<String, Object> outputs) {
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    for (String name :
        new String[] {"name", "dnsSuffix", "dualStackDnsSuffix", "implicitGlobalRegion"}) {
      if (!(attributes.get(name) instanceof String)) {
        throw new IllegalArgumentException(
            "the output " + name + " must be a string, not " + Kind.describe(attributes.get(name)));
      }
    }
    for (String name : new String[] {"supportsFIPS", "supportsDualStack"}) {
      if (!(attributes.get(name) instanceof Boolean)) {
        throw new IllegalArgumentException(
            "the output "
                + name
                + " must be a boolean, not "
                + Kind.describe(attributes.get(name)));
      }
    }
  }

  /** The partition's name, such as {@code aws}, {@code aws-cn} or {@code aws-us-gov}. */
  public String name() {
    return (String) attributes.get("name");
  }

  /** Such as {@code amazonaws.com} or {@code amazonaws.com.cn}. */
  public String dnsSuffix() {
    return (String) attributes.get("dnsSuffix");
  }

  /** Such as {@code api.aws}. */
  public String dualStackDnsSuffix() {
    return (String) attributes.get("dualStackDnsSuffix");
  }

  public boolean supportsFips() {
    return (Boolean) attributes.get("supportsFIPS");
  }

  public boolean supportsDualStack() {
    return (Boolean) attributes.get("supportsDualStack");
  }

  /** The region that serves the partition's global endpoints, such as {@code us-east-1}. */
  public String implicitGlobalRegion() {
    return (String) attributes.get("implicitGlobalRegion");
  }

  /** The record the rules read, keyed as in {@code partitions.json} ({@code supportsFIPS}, …). */
  Map<String, Object> attributes() {
    return attributes;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return this == other
        || (other instanceof Partition && attributes.equals(((Partition) other).attributes));
  }

  @Override
  public int hashCode() {
    return attributes.hashCode();
  }

  @Override
  public String toString() {
    return "Partition" + attributes;
  }
}
