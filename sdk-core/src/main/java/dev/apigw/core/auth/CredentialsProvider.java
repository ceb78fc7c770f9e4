package dev.apigw.core.auth;

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
    return new StaticCredentialsProvider(credentials);
  }
}
