package dev.apigw.core.auth;

import dev.apigw.core.lang.Arguments;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * AWS credentials: an access key id, its secret access key and, for temporary credentials, a
 * session token.
 *
 * <p>Immutable. Surrounding whitespace is removed from each value (as the AWS SDK does before
 * signing), and a blank session token counts as none. Temporary credentials may carry the instant
 * they expire at, which the caching providers use to refresh them ahead of time. {@link
 * #toString()} shows the access key id, whether a session token is present and the expiration,
 * never the secret access key or the session token.
 */
public final class Credentials {
  private final String accessKeyId;
  private final String secretAccessKey;
  private final @Nullable String sessionToken;
  private final @Nullable Instant expiration;

  private Credentials(
      String accessKeyId,
      String secretAccessKey,
      @Nullable String sessionToken,
      @Nullable Instant expiration) {
    this.accessKeyId = accessKeyId;
    this.secretAccessKey = secretAccessKey;
    this.sessionToken = sessionToken;
    this.expiration = expiration;
  }

  /**
   * Long-term credentials. Fails with {@link IllegalArgumentException} when either value is null or
   * blank.
   */
  public static Credentials of(String accessKeyId, String secretAccessKey) {
    return of(accessKeyId, secretAccessKey, null);
  }

  /**
   * Credentials with an optional session token. Fails with {@link IllegalArgumentException} naming
   * the argument when the access key id or the secret access key is null or blank; a null or blank
   * session token means none.
   */
  public static Credentials of(
      String accessKeyId, String secretAccessKey, @Nullable String sessionToken) {
    return of(accessKeyId, secretAccessKey, sessionToken, null);
  }

  /**
   * Credentials that stop working at {@code expiration}; null means they do not expire. The other
   * arguments are checked as by {@link #of(String, String, String)}.
   */
  public static Credentials of(
      String accessKeyId,
      String secretAccessKey,
      @Nullable String sessionToken,
      @Nullable Instant expiration) {
    String id = Arguments.requireNonBlank(accessKeyId, "accessKeyId").trim();
    String secret = Arguments.requireNonBlank(secretAccessKey, "secretAccessKey").trim();
    String token = sessionToken == null || sessionToken.isBlank() ? null : sessionToken.trim();
    return new Credentials(id, secret, token, expiration);
  }

  public String accessKeyId() {
    return accessKeyId;
  }

  public String secretAccessKey() {
    return secretAccessKey;
  }

  public Optional<String> sessionToken() {
    return Optional.ofNullable(sessionToken);
  }

  /** When these credentials stop working; empty for credentials that do not expire. */
  public Optional<Instant> expiration() {
    return Optional.ofNullable(expiration);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Credentials)) {
      return false;
    }
    Credentials that = (Credentials) other;
    return accessKeyId.equals(that.accessKeyId)
        && secretAccessKey.equals(that.secretAccessKey)
        && Objects.equals(sessionToken, that.sessionToken)
        && Objects.equals(expiration, that.expiration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessKeyId, secretAccessKey, sessionToken, expiration);
  }

  /**
   * Shows the access key id, whether a session token is present and the expiration; never a secret.
   */
  @Override
  public String toString() {
    return "Credentials{accessKeyId="
        + accessKeyId
        + ", sessionToken="
        + (sessionToken == null ? "absent" : "present")
        + (expiration == null ? "" : ", expiration=" + expiration)
        + "}";
  }
}
