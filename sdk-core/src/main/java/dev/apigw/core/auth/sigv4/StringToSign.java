package dev.apigw.core.auth.sigv4;

import dev.apigw.core.lang.Arguments;

/**
 * Step 2 of SigV4: the string to sign, {@code AWS4-HMAC-SHA256\n<amz date>\n<credential
 * scope>\n<hex SHA-256 of the canonical request>}. A pure function.
 */
public final class StringToSign {
  /** The SigV4 algorithm name. */
  public static final String ALGORITHM = "AWS4-HMAC-SHA256";

  private StringToSign() {}

  /**
   * The string to sign for {@code canonicalRequest}; see {@link #create(String, CredentialScope,
   * String)}.
   */
  public static String create(
      String amzDate, CredentialScope scope, CanonicalRequest canonicalRequest) {
    Arguments.requireNonNull(canonicalRequest, "canonicalRequest");
    return create(amzDate, scope, canonicalRequest.sha256Hex());
  }

  /**
   * The string to sign.
   *
   * @param amzDate the signing time as {@code yyyyMMdd'T'HHmmss'Z'} (the {@code X-Amz-Date} value);
   *     its date must be the scope's date
   * @param scope the credential scope
   * @param canonicalRequestHash lowercase hex SHA-256 of the canonical request
   */
  public static String create(String amzDate, CredentialScope scope, String canonicalRequestHash) {
    Arguments.requireNonNull(amzDate, "amzDate");
    Arguments.requireNonNull(scope, "scope");
    Arguments.requireNonNull(canonicalRequestHash, "canonicalRequestHash");
    if (!AmzDates.isDateTime(amzDate)) {
      throw new IllegalArgumentException("amzDate must have the form yyyyMMdd'T'HHmmss'Z'");
    }
    if (!amzDate.startsWith(scope.date())) {
      throw new IllegalArgumentException("amzDate must fall on the scope's date " + scope.date());
    }
    if (!Hashing.isLowercaseSha256Hex(canonicalRequestHash)) {
      throw new IllegalArgumentException(
          "canonicalRequestHash must be 64 lowercase hexadecimal digits");
    }
    return ALGORITHM + '\n' + amzDate + '\n' + scope.value() + '\n' + canonicalRequestHash;
  }
}
