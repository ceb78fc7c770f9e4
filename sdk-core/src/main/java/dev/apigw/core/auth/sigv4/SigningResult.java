package dev.apigw.core.auth.sigv4;

import dev.apigw.core.http.NameValue;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * What {@link SigV4Signer#sign} produced: the headers to add to the request, and the intermediate
 * results for tests and troubleshooting. Immutable.
 *
 * <p>The canonical request and the added headers can hold the session token; {@link #toString()}
 * therefore shows only the date, the scope, the signed header names and the signature, which are
 * all sent in clear anyway. Nothing here holds the secret access key or the signing key.
 */
public final class SigningResult {
  private final List<NameValue> headers;
  private final String amzDate;
  private final CredentialScope credentialScope;
  private final CanonicalRequest canonicalRequest;
  private final String stringToSign;
  private final String signature;
  private final String authorization;

  SigningResult(
      List<NameValue> headers,
      String amzDate,
      CredentialScope credentialScope,
      CanonicalRequest canonicalRequest,
      String stringToSign,
      String signature,
      String authorization) {
    this.headers = Collections.unmodifiableList(headers);
    this.amzDate = amzDate;
    this.credentialScope = credentialScope;
    this.canonicalRequest = canonicalRequest;
    this.stringToSign = stringToSign;
    this.signature = signature;
    this.authorization = authorization;
  }

  /**
   * The headers to add to the request, replacing any of the same name: {@code X-Amz-Date}, {@code
   * X-Amz-Security-Token} (with a session token), {@code x-amz-content-sha256} (when the signer
   * adds it) and {@code Authorization}, in this order. The request must be sent with exactly the
   * signed {@code Host} value.
   */
  public List<NameValue> headers() {
    return headers;
  }

  /** The value of the added header {@code name} (case-insensitive), if the signer adds it. */
  public Optional<String> header(String name) {
    return NameValue.first(headers, name);
  }

  /** The {@code Authorization} header value. */
  public String authorization() {
    return authorization;
  }

  /** The {@code X-Amz-Date} header value. */
  public String amzDate() {
    return amzDate;
  }

  public CredentialScope credentialScope() {
    return credentialScope;
  }

  public CanonicalRequest canonicalRequest() {
    return canonicalRequest;
  }

  /** The names of the signed headers, as in the {@code Authorization} header. */
  public String signedHeaders() {
    return canonicalRequest.signedHeaders();
  }

  public String stringToSign() {
    return stringToSign;
  }

  /** The lowercase hex signature. */
  public String signature() {
    return signature;
  }

  @Override
  public String toString() {
    return "SigningResult{amzDate="
        + amzDate
        + ", credentialScope="
        + credentialScope
        + ", signedHeaders="
        + canonicalRequest.signedHeaders()
        + ", signature="
        + signature
        + "}";
  }
}
