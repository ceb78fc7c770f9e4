package dev.apigw.core.auth.sigv4;

import dev.apigw.core.lang.Arguments;
import java.nio.charset.StandardCharsets;

/**
 * Step 3 of SigV4: the signing key, HMAC-SHA256 chained over {@code "AWS4" + secret}, the scope's
 * date, region, service and {@code aws4_request}. Immutable and opaque: the key bytes are not
 * exposed and {@link #toString()} shows only the scope.
 */
public final class SigningKey {
  private static final String SECRET_PREFIX = "AWS4";

  private final byte[] key;
  private final CredentialScope scope;

  private SigningKey(byte[] key, CredentialScope scope) {
    this.key = key;
    this.scope = scope;
  }

  /**
   * Derives the key for {@code scope} from a secret access key. Fails with {@link
   * IllegalArgumentException} naming the argument when either is null or the secret is blank.
   */
  public static SigningKey derive(String secretAccessKey, CredentialScope scope) {
    Arguments.requireNonBlank(secretAccessKey, "secretAccessKey");
    Arguments.requireNonNull(scope, "scope");
    byte[] key = (SECRET_PREFIX + secretAccessKey).getBytes(StandardCharsets.UTF_8);
    key = Hashing.hmacSha256(key, scope.date());
    key = Hashing.hmacSha256(key, scope.region());
    key = Hashing.hmacSha256(key, scope.service());
    key = Hashing.hmacSha256(key, CredentialScope.TERMINATOR);
    return new SigningKey(key, scope);
  }

  /** The scope the key was derived for. */
  public CredentialScope scope() {
    return scope;
  }

  /** HMAC-SHA256 of {@code data} (UTF-8) with this key. */
  byte[] hmac(String data) {
    return Hashing.hmacSha256(key, data);
  }

  /** A copy of the key bytes, for tests in this package. */
  byte[] bytes() {
    return key.clone();
  }

  @Override
  public String toString() {
    return "SigningKey{scope=" + scope + ", key=<redacted>}";
  }
}
