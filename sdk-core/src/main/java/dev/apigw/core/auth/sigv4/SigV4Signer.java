package dev.apigw.core.auth.sigv4;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.http.NameValue;
import dev.apigw.core.lang.Arguments;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Signs requests with AWS Signature Version 4 in the {@code Authorization} header, for one service
 * signing name and one region, the way the AWS SDK for Java v2 ({@code AwsV4HttpSigner} with its
 * defaults) signs for services other than Amazon S3: the path is normalized and encoded a second
 * time, and the payload hash is sent and signed as {@code x-amz-content-sha256} (see {@link
 * #withContentSha256Header(boolean)}).
 *
 * <p>Signed headers: {@code host} (from {@link SignableRequest#host()}), {@code x-amz-date}, {@code
 * x-amz-security-token} when the credentials have a session token, {@code x-amz-content-sha256}
 * when enabled, and every header of the request except those the AWS SDK leaves unsigned because
 * proxies change them ({@code connection}, {@code expect}, {@code transfer-encoding}, {@code
 * user-agent}, {@code x-amzn-trace-id}, {@code x-forwarded-for}) and {@code authorization}. A
 * request header named like one the signer sets ({@code host}, {@code x-amz-date}, and {@code
 * x-amz-security-token} / {@code x-amz-content-sha256} when the signer sets them) is replaced by
 * the signer's value, not signed twice.
 *
 * <p>Thread-safe. It keeps the last second's date strings and scope, and the last derived signing
 * key with the secret it came from (the key changes once a day); nothing is logged, and neither
 * shows in {@link #toString()}.
 */
public final class SigV4Signer {
  private static final String HOST = "host";
  private static final String X_AMZ_DATE = "X-Amz-Date";
  private static final String X_AMZ_SECURITY_TOKEN = "X-Amz-Security-Token";
  private static final String X_AMZ_CONTENT_SHA256 = "x-amz-content-sha256";
  private static final String AUTHORIZATION = "Authorization";

  /**
   * Headers left unsigned: the ones the AWS SDK skips, and the Authorization header the signer
   * replaces.
   */
  private static final Set<String> UNSIGNED_HEADERS =
      Set.of(
          "authorization",
          "connection",
          "expect",
          "transfer-encoding",
          "user-agent",
          "x-amzn-trace-id",
          "x-forwarded-for");

  private final String signingName;
  private final String region;
  private final boolean contentSha256Header;

  /**
   * The last signing second's date strings and scope: requests signed in the same second share
   * them.
   */
  private volatile @Nullable SigningSecond lastSecond;

  /**
   * The last signing key: it depends only on the secret and the day, so it is derived once a day
   * per secret.
   */
  private volatile @Nullable CachedKey lastKey;

  private SigV4Signer(String signingName, String region, boolean contentSha256Header) {
    this.signingName = signingName;
    this.region = region;
    this.contentSha256Header = contentSha256Header;
  }

  /**
   * A signer for the service signing name (for example {@code apigateway}) and region (for example
   * {@code us-east-1}), adding {@code x-amz-content-sha256} as the AWS SDK does. Fails with {@link
   * IllegalArgumentException} naming the argument when either is null, blank, or contains {@code /}
   * or whitespace.
   */
  public static SigV4Signer create(String signingName, String region) {
    return new SigV4Signer(
        CredentialScope.checkElement(signingName, "signingName"),
        CredentialScope.checkElement(region, "region"),
        true);
  }

  /**
   * A copy of this signer that does ({@code true}, the default, as the AWS SDK) or does not ({@code
   * false}, plain SigV4 as in AWS's SigV4 test suite) add and sign an {@code x-amz-content-sha256}
   * header holding the payload hash. The payload hash is in the canonical request either way.
   */
  public SigV4Signer withContentSha256Header(boolean enabled) {
    return enabled == contentSha256Header ? this : new SigV4Signer(signingName, region, enabled);
  }

  public String signingName() {
    return signingName;
  }

  public String region() {
    return region;
  }

  /** Whether this signer adds and signs {@code x-amz-content-sha256}. */
  public boolean addsContentSha256Header() {
    return contentSha256Header;
  }

  /**
   * Signs {@code request} with {@code credentials} as of {@code signingTime} (used to the second,
   * in UTC). Returns the headers to add; {@code request} itself is not changed. Fails with {@link
   * IllegalArgumentException} naming the argument when one is null.
   */
  public SigningResult sign(SignableRequest request, Credentials credentials, Instant signingTime) {
    Arguments.requireNonNull(request, "request");
    Arguments.requireNonNull(credentials, "credentials");
    Arguments.requireNonNull(signingTime, "signingTime");

    SigningSecond second = second(signingTime);
    String amzDate = second.amzDate;
    CredentialScope scope = second.scope;
    Optional<String> sessionToken = credentials.sessionToken();

    List<NameValue> added = new ArrayList<>(4);
    added.add(NameValue.of(X_AMZ_DATE, amzDate));
    sessionToken.ifPresent(token -> added.add(NameValue.of(X_AMZ_SECURITY_TOKEN, token)));
    if (contentSha256Header) {
      added.add(NameValue.of(X_AMZ_CONTENT_SHA256, request.payloadHash()));
    }

    Set<String> replaced = new HashSet<>();
    replaced.add(HOST);
    for (NameValue header : added) {
      replaced.add(header.name().toLowerCase(Locale.ROOT));
    }
    List<NameValue> signed = new ArrayList<>(request.headers().size() + added.size() + 1);
    signed.add(NameValue.of(HOST, request.host()));
    for (NameValue header : request.headers()) {
      String name = header.name().toLowerCase(Locale.ROOT);
      if (!UNSIGNED_HEADERS.contains(name) && !replaced.contains(name)) {
        signed.add(header);
      }
    }
    signed.addAll(added);

    CanonicalRequest canonicalRequest =
        CanonicalRequest.create(
            request.method(),
            request.path(),
            request.queryParameters(),
            signed,
            request.payloadHash());
    String stringToSign = StringToSign.create(amzDate, scope, canonicalRequest);
    String signature =
        Signature.compute(signingKey(credentials.secretAccessKey(), scope), stringToSign);
    String authorization =
        StringToSign.ALGORITHM
            + " Credential="
            + credentials.accessKeyId()
            + '/'
            + scope.value()
            + ", SignedHeaders="
            + canonicalRequest.signedHeaders()
            + ", Signature="
            + signature;

    List<NameValue> headers = new ArrayList<>(added);
    headers.add(NameValue.of(AUTHORIZATION, authorization));
    return new SigningResult(
        headers, amzDate, scope, canonicalRequest, stringToSign, signature, authorization);
  }

  private SigningSecond second(Instant signingTime) {
    long epochSecond = signingTime.getEpochSecond();
    SigningSecond known = lastSecond;
    if (known != null && known.epochSecond == epochSecond) {
      return known;
    }
    SigningSecond fresh =
        new SigningSecond(
            epochSecond,
            AmzDates.dateTime(signingTime),
            CredentialScope.of(signingTime, region, signingName));
    lastSecond = fresh;
    return fresh;
  }

  private SigningKey signingKey(String secretAccessKey, CredentialScope scope) {
    CachedKey known = lastKey;
    if (known != null
        && known.scope.equals(scope)
        && known.secretAccessKey.equals(secretAccessKey)) {
      return known.key;
    }
    SigningKey key = SigningKey.derive(secretAccessKey, scope);
    lastKey = new CachedKey(secretAccessKey, scope, key);
    return key;
  }

  /** One second's {@code X-Amz-Date} and credential scope. */
  private static final class SigningSecond {
    final long epochSecond;
    final String amzDate;
    final CredentialScope scope;

    SigningSecond(long epochSecond, String amzDate, CredentialScope scope) {
      this.epochSecond = epochSecond;
      this.amzDate = amzDate;
      this.scope = scope;
    }
  }

  /** A derived signing key and what it was derived from; never printed. */
  private static final class CachedKey {
    final String secretAccessKey;
    final CredentialScope scope;
    final SigningKey key;

    CachedKey(String secretAccessKey, CredentialScope scope, SigningKey key) {
      this.secretAccessKey = secretAccessKey;
      this.scope = scope;
      this.key = key;
    }
  }

  @Override
  public String toString() {
    return "SigV4Signer{signingName="
        + signingName
        + ", region="
        + region
        + ", contentSha256Header="
        + contentSha256Header
        + "}";
  }
}
