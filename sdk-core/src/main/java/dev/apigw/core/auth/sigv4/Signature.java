package dev.apigw.core.auth.sigv4;

import dev.apigw.core.lang.Arguments;

/**
 * Step 4 of SigV4: the signature, the lowercase hex HMAC-SHA256 of the string to sign with the
 * signing key.
 */
public final class Signature {
  private Signature() {}

  /**
   * A pure function; fails with {@link IllegalArgumentException} naming the argument when one is
   * null.
   */
  public static String compute(SigningKey signingKey, String stringToSign) {
    Arguments.requireNonNull(signingKey, "signingKey");
    Arguments.requireNonNull(stringToSign, "stringToSign");
    return Hashing.hex(signingKey.hmac(stringToSign));
  }
}
