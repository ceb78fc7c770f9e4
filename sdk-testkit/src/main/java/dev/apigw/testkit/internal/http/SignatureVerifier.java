package dev.apigw.testkit.internal.http;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.sigv4.CanonicalRequest;
import dev.apigw.core.auth.sigv4.CredentialScope;
import dev.apigw.core.auth.sigv4.Signature;
import dev.apigw.core.auth.sigv4.SigningKey;
import dev.apigw.core.auth.sigv4.StringToSign;
import dev.apigw.core.http.NameValue;
import dev.apigw.testkit.internal.ApiError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks the SigV4 {@code Authorization} header of each request as the service does. It must be
 * there and well formed for the service {@code apigateway}. When the emulator knows credentials, it
 * also recomputes the signature from the request as received. It refuses, with the service's
 * errors, an unknown access key, a wrong signature and a signing time more than 15 minutes away
 * from its clock; the last also without credentials when told to (an emulator with a skewed clock).
 */
public final class SignatureVerifier {
  static final String SERVICE = "apigateway";
  static final Duration MAX_SKEW = Duration.ofMinutes(15);
  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
          .withZone(ZoneOffset.UTC)
          .withResolverStyle(ResolverStyle.STRICT);

  private final Map<String, Credentials> credentials;
  private final String region;
  private final Clock clock;
  private final boolean alwaysCheckTime;

  /**
   * Checks signatures with these credentials, by access key id; with none, accepts any well-formed
   * signature, and checks its signing time against the clock only if {@code alwaysCheckTime}.
   */
  public SignatureVerifier(
      Map<String, Credentials> credentials, String region, Clock clock, boolean alwaysCheckTime) {
    this.credentials = Map.copyOf(credentials);
    this.region = region;
    this.clock = clock;
    this.alwaysCheckTime = alwaysCheckTime;
  }

  /** What the verifier needs of a request, as it came over the wire. */
  public interface SignedRequest {
    String method();

    /** The path as in the request line, still percent-encoded. */
    String rawPath();

    /** The query parameters, decoded, in order. */
    List<NameValue> queryParameters();

    /** All values of a header (case-insensitive name), in order. */
    List<String> headerValues(String name);

    byte[] body();
  }

  public void verify(SignedRequest request) {
    AuthorizationHeader authorization = wellFormedAuthorization(request);
    if (credentials.isEmpty()) {
      if (alwaysCheckTime) {
        signingTime(request.headerValues("X-Amz-Date"));
      }
      return;
    }
    Credentials known = knownCredentials(request, authorization);
    if (!authorization.region.equals(region)) {
      throw invalid(
          "Credential should be scoped to a valid region, not '" + authorization.region + "'");
    }
    List<String> dates = request.headerValues("X-Amz-Date");
    Instant signedAt = signingTime(dates);
    CredentialScope scope =
        CredentialScope.of(signedAt, authorization.region, authorization.service);
    if (!scope.date().equals(authorization.date)) {
      throw invalid(
          "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP");
    }
    CanonicalRequest canonical =
        CanonicalRequest.create(
            request.method(),
            request.rawPath(),
            request.queryParameters(),
            signedHeaders(request, authorization),
            payloadHash(request));
    String stringToSign = StringToSign.create(dates.get(0), scope, canonical);
    String expected =
        Signature.compute(SigningKey.derive(known.secretAccessKey(), scope), stringToSign);
    if (!MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        authorization.signature.getBytes(StandardCharsets.US_ASCII))) {
      throw invalid(
          "The request signature we calculated does not match the signature you provided. Check your AWS "
              + "Secret Access Key and signing method. Consult the service documentation for details.");
    }
  }

  /** The Authorization header, which every request needs, whether or not credentials are known. */
  private static AuthorizationHeader wellFormedAuthorization(SignedRequest request) {
    List<String> authorizations = request.headerValues("Authorization");
    if (authorizations.isEmpty()) {
      throw missing("Missing Authentication Token");
    }
    AuthorizationHeader authorization = AuthorizationHeader.parse(authorizations.get(0));
    if (authorization == null) {
      throw missing(
          "Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters of the "
              + "AWS4-HMAC-SHA256 algorithm");
    }
    if (!authorization.service.equals(SERVICE)) {
      throw missing("Credential should be scoped to correct service: '" + SERVICE + "'");
    }
    return authorization;
  }

  /** The credentials of the header's access key, with the session token they need, if any. */
  private Credentials knownCredentials(SignedRequest request, AuthorizationHeader authorization) {
    Credentials known = credentials.get(authorization.accessKeyId);
    if (known == null
        || known.sessionToken().isPresent()
            && !request.headerValues("X-Amz-Security-Token").contains(known.sessionToken().get())) {
      throw new ApiError(
          403,
          "UnrecognizedClientException",
          "The security token included in the request is invalid.");
    }
    return known;
  }

  /** The {@code X-Amz-Date}, which must be within {@link #MAX_SKEW} of the emulator's clock. */
  private Instant signingTime(List<String> dates) {
    Instant signedAt = parsedDate(dates);
    if (signedAt == null) {
      throw invalid(
          "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header");
    }
    Instant now = clock.instant();
    if (signedAt.isBefore(now.minus(MAX_SKEW)) || signedAt.isAfter(now.plus(MAX_SKEW))) {
      throw timeError(dates.get(0), signedAt, now);
    }
    return signedAt;
  }

  /**
   * The error the service gives for a request signed too far from {@code serviceNow}, with its
   * message for the request's signing time (the emulator's clock when it has none).
   */
  public ApiError skewError(SignedRequest request, Instant serviceNow) {
    List<String> dates = request.headerValues("X-Amz-Date");
    Instant signedAt = parsedDate(dates);
    return signedAt == null
        ? timeError(AMZ_DATE.format(clock.instant()), clock.instant(), serviceNow)
        : timeError(dates.get(0), signedAt, serviceNow);
  }

  private static ApiError timeError(String amzDate, Instant signedAt, Instant now) {
    return signedAt.isBefore(now)
        ? invalid(
            String.format(
                "Signature expired: %s is now earlier than %s (%s - 15 min.)",
                amzDate, AMZ_DATE.format(now.minus(MAX_SKEW)), AMZ_DATE.format(now)))
        : invalid(
            String.format(
                "Signature not yet current: %s is still later than %s (%s + 15 min.)",
                amzDate, AMZ_DATE.format(now.plus(MAX_SKEW)), AMZ_DATE.format(now)));
  }

  private static @Nullable Instant parsedDate(List<String> dates) {
    try {
      return dates.isEmpty() ? null : Instant.from(AMZ_DATE.parse(dates.get(0)));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static List<NameValue> signedHeaders(
      SignedRequest request, AuthorizationHeader authorization) {
    List<NameValue> headers = new ArrayList<>();
    for (String name : authorization.signedHeaders) {
      headers.add(NameValue.of(name, String.join(",", request.headerValues(name))));
    }
    return headers;
  }

  /** The body's hash, or {@code UNSIGNED-PAYLOAD}; a declared hash must match the body. */
  private static String payloadHash(SignedRequest request) {
    List<String> declaredHash = request.headerValues("x-amz-content-sha256");
    String payloadHash = sha256Hex(request.body());
    if (!declaredHash.isEmpty()) {
      if (declaredHash.get(0).equals("UNSIGNED-PAYLOAD")) {
        payloadHash = "UNSIGNED-PAYLOAD";
      } else if (!declaredHash.get(0).equals(payloadHash)) {
        throw invalid(
            "The provided 'x-amz-content-sha256' header does not match what was computed.");
      }
    }
    return payloadHash;
  }

  private static ApiError missing(String message) {
    return new ApiError(403, "MissingAuthenticationTokenException", message);
  }

  private static ApiError invalid(String message) {
    return new ApiError(403, "InvalidSignatureException", message);
  }

  static String sha256Hex(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      StringBuilder hex = new StringBuilder(64);
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
