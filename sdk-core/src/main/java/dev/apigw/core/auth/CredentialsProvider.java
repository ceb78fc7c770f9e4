package dev.apigw.core.auth;

import dev.apigw.core.lang.Arguments;

/**
 * Where a client gets its {@link Credentials} from. Called before each attempt is signed, so an
 * implementation may return different credentials over time (for example after a rotation).
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface CredentialsProvider {
  /** The credentials to sign the next request with. Never null. */
  Credentials resolveCredentials();

  /**
   * A provider that always returns {@code credentials}. Fails with {@link IllegalArgumentException}
   * when {@code credentials} is null.
   */
  static CredentialsProvider of(Credentials credentials) {
    Arguments.requireNonNull(credentials, "credentials");
    return new CredentialsProvider() {
      @Override
      public Credentials resolveCredentials() {
        return credentials;
      }

      /** Delegates to {@link Credentials#toString()}, which shows no secret. */
      @Override
      public String toString() {
        return "StaticCredentialsProvider{" + credentials + "}";
      }
    };
  }
}
