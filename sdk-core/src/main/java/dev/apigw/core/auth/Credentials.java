package dev.apigw.core.auth;

import dev.apigw.core.Nullable;
import dev.apigw.core.Arguments;
import java.util.Objects;
import java.util.Optional;

/**
 * AWS credentials: an access key id, its secret access key and, for temporary credentials, a session token.
 *
 * <p>Immutable. Surrounding whitespace is removed from each value (as the AWS SDK does before signing), and a blank
 * session token counts as none. {@link #toString()} shows the access key id and whether a session token is present,
 * never the secret access key or the session token.
 */
public final class Credentials {
  private final String accessKeyId;
  private final String secretAccessKey;
  private final @Nullable String sessionToken;

  private Credentials(String accessKeyId, String secretAccessKey, @Nullable String sessionToken) {
    this.accessKeyId = accessKeyId;
    this.secretAccessKey = secretAccessKey;
    this.sessionToken = sessionToken;
  }

  /** Long-term credentials. Fails with {@link IllegalArgumentException} when either value is null or blank. */
  public static Credentials of(String accessKeyId, String secretAccessKey) {
    return of(accessKeyId, secretAccessKey, null);
  }

  /**
   * Credentials with an optional session token. Fails with {@link IllegalArgumentException} naming the argument when
   * the access key id or the secret access key is null or blank; a null or blank session token means none.
   */
  public static Credentials of(String accessKeyId, String secretAccessKey, @Nullable String sessionToken) {
    String id = Arguments.requireNonBlank(accessKeyId, "accessKeyId").trim();
    String secret = Arguments.requireNonBlank(secretAccessKey, "secretAccessKey").trim();
    String token = sessionToken == null || sessionToken.isBlank() ? null : sessionToken.trim();
    return new Credentials(id, secret, token);
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
        && Objects.equals(sessionToken, that.sessionToken);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessKeyId, secretAccessKey, sessionToken);
  }

  /** Shows the access key id and whether a session token is present; never a secret. */
  @Override
  public String toString() {
    return "Credentials{accessKeyId=" + accessKeyId + ", sessionToken=" + (sessionToken == null ? "absent" : "present")
        + "}";
  }
}
