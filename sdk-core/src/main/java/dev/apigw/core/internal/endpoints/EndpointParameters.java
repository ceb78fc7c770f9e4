package dev.apigw.core.internal.endpoints;

import dev.apigw.core.lang.Arguments;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The values a client gives the rule set, by built-in: the region ({@code AWS::Region}), FIPS
 * ({@code AWS::UseFIPS}), dual stack ({@code AWS::UseDualStack}) and an endpoint override ({@code
 * SDK::Endpoint}). A rule set's parameters take them by their {@code builtIn}, whatever it names
 * them. Immutable.
 */
public final class EndpointParameters {
  private final @Nullable String region;
  private final boolean useFips;
  private final boolean useDualStack;
  private final @Nullable String endpoint;

  private EndpointParameters(Builder builder) {
    this.region = builder.region;
    this.useFips = builder.useFips;
    this.useDualStack = builder.useDualStack;
    this.endpoint = builder.endpoint;
  }

  /** No region, no endpoint, FIPS and dual stack off. */
  public static Builder builder() {
    return new Builder();
  }

  public @Nullable String region() {
    return region;
  }

  public boolean useFips() {
    return useFips;
  }

  public boolean useDualStack() {
    return useDualStack;
  }

  public @Nullable String endpoint() {
    return endpoint;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof EndpointParameters)) {
      return false;
    }
    EndpointParameters that = (EndpointParameters) other;
    return useFips == that.useFips
        && useDualStack == that.useDualStack
        && Objects.equals(region, that.region)
        && Objects.equals(endpoint, that.endpoint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(region, useFips, useDualStack, endpoint);
  }

  @Override
  public String toString() {
    return "EndpointParameters{region="
        + region
        + ", useFips="
        + useFips
        + ", useDualStack="
        + useDualStack
        + ", endpoint="
        + endpoint
        + "}";
  }

  /** Builds {@link EndpointParameters}; not thread-safe. */
  public static final class Builder {
    private @Nullable String region;
    private boolean useFips;
    private boolean useDualStack;
    private @Nullable String endpoint;

    private Builder() {}

    /**
     * The region, such as {@code us-east-1}; null for none. Fails naming the argument when it is
     * blank. Rule sets put it into host names as it is, so a region from outside the program should
     * pass {@code Regions.requireValid(String)} first (the client builder's does).
     */
    public Builder region(@Nullable String region) {
      this.region = region == null ? null : Arguments.requireNonBlank(region, "region");
      return this;
    }

    public Builder useFips(boolean useFips) {
      this.useFips = useFips;
      return this;
    }

    public Builder useDualStack(boolean useDualStack) {
      this.useDualStack = useDualStack;
      return this;
    }

    /**
     * An endpoint that overrides the rule set's, such as {@code http://127.0.0.1:8080}; null for
     * none.
     */
    public Builder endpoint(@Nullable String endpoint) {
      this.endpoint = endpoint == null ? null : Arguments.requireNonBlank(endpoint, "endpoint");
      return this;
    }

    public EndpointParameters build() {
      return new EndpointParameters(this);
    }
  }
}
