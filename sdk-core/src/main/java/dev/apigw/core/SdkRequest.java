package dev.apigw.core;

import java.util.Optional;

/**
 * A request of an operation, as the runtime reads it besides its HTTP form. Every generated request
 * implements it.
 */
public interface SdkRequest {
  /**
   * What this request's call changes of its client's settings, for that call alone; not part of the
   * request's wire form.
   *
   * @return the overrides; empty for none
   */
  Optional<RequestOverrideConfiguration> overrideConfiguration();
}
