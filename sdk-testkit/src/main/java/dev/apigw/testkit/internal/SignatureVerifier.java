package dev.apigw.testkit.internal;

import dev.apigw.core.Nullable;
import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.sigv4.CanonicalRequest;
import dev.apigw.core.auth.sigv4.CredentialScope;
import dev.apigw.core.auth.sigv4.Signature;
import dev.apigw.core.auth.sigv4.SigningKey;
import dev.apigw.core.auth.sigv4.StringToSign;
import dev.apigw.core.http.NameValue;
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
import java.util.Locale;
import java.util.Map;

/**
 * Checks the SigV4 {@code Authorization} header of each request as the service does. It must be
 * there and well formed for the service {@code apigateway}. When the emulator knows credentials,
 * the signature is also recomputed from the request as received: an unknown access key, a wrong
 * signature, or a signing time more than 15 minutes from the emulator's clock is refused with the
 * service's error.
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

  /**
   * Verifies against {@code credentials} by access key id; with none, any well-formed signature is
   * accepted.
   */
  public SignatureVerifier(Map<String, Credentials> credentials, String region, Clock clock) {
    this.credentials = Map.copyOf(credentials);
    this.region = region;
    this.clock = clock;
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
    List<String> authorizations = request.headerValues("Authorization");
    if (authorizations.isEmpty()) {
      throw missing("Missing Authentication Token");
    }
    Authorization authorization = Authorization.parse(authorizations.get(0));
    if (authorization == null) {
      throw missing(
          "Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters of the "
              + "AWS4-HMAC-SHA256 algorithm");
    }
    if (!authorization.service.equals(SERVICE)) {
      throw missing("Credential should be scoped to correct service: '" + SERVICE + "'");
    }
    if (credentials.isEmpty()) {
      return;
    }
    Credentials known = credentials.get(authorization.accessKeyId);
    if (known == null) {
      throw new ApiError(
          403,
          "UnrecognizedClientException",
          "The security token included in the request is invalid.");
    }
    if (known.sessionToken().isPresent()
        && !request.headerValues("X-Amz-Security-Token").contains(known.sessionToken().get())) {
      throw new ApiError(
          403,
          "UnrecognizedClientException",
          "The security token included in the request is invalid.");
    }
    if (!authorization.region.equals(region)) {
      throw invalid(
          "Credential should be scoped to a valid region, not '" + authorization.region + "'");
    }
    List<String> dates = request.headerValues("X-Amz-Date");
    Instant signedAt;
    try {
      signedAt = dates.isEmpty() ? null : Instant.from(AMZ_DATE.parse(dates.get(0)));
    } catch (DateTimeParseException e) {
      signedAt = null;
    }
    if (signedAt == null) {
      throw invalid(
          "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header");
    }
    Instant now = clock.instant();
    if (signedAt.isBefore(now.minus(MAX_SKEW))) {
      throw invalid(
          "Signature expired: "
              + dates.get(0)
              + " is now earlier than "
              + AMZ_DATE.format(now.minus(MAX_SKEW))
              + " ("
              + AMZ_DATE.format(now)
              + " - 15 min.)");
    }
    if (signedAt.isAfter(now.plus(MAX_SKEW))) {
      throw invalid(
          "Signature not yet current: "
              + dates.get(0)
              + " is still later than "
              + AMZ_DATE.format(now.plus(MAX_SKEW))
              + " ("
              + AMZ_DATE.format(now)
              + " + 15 min.)");
    }
    CredentialScope scope =
        CredentialScope.of(signedAt, authorization.region, authorization.service);
    if (!scope.date().equals(authorization.date)) {
      throw invalid(
          "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP");
    }
    List<NameValue> headers = new ArrayList<>();
    for (String name : authorization.signedHeaders) {
      List<String> values = request.headerValues(name);
      headers.add(NameValue.of(name, String.join(",", values)));
    }
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
    CanonicalRequest canonical =
        CanonicalRequest.create(
            request.method(), request.rawPath(), request.queryParameters(), headers, payloadHash);
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

  /** The parts of an {@code AWS4-HMAC-SHA256} Authorization header. */
  private static final class Authorization {
    String accessKeyId;
    String date;
    String region;
    String service;
    List<String> signedHeaders;
    String signature;

    static @Nullable Authorization parse(String header) {
      String prefix = "AWS4-HMAC-SHA256 ";
      if (!header.startsWith(prefix)) {
        return null;
      }
      String credential = null;
      String signedHeaders = null;
      String signature = null;
      for (String part : header.substring(prefix.length()).split(",")) {
        String trimmed = part.trim();
        int equals = trimmed.indexOf('=');
        if (equals < 0) {
          return null;
        }
        String name = trimmed.substring(0, equals);
        String value = trimmed.substring(equals + 1);
        if (name.equals("Credential")) {
          credential = value;
        } else if (name.equals("SignedHeaders")) {
          signedHeaders = value;
        } else if (name.equals("Signature")) {
          signature = value;
        }
      }
      if (credential == null || signedHeaders == null || signature == null || signature.isEmpty()) {
        return null;
      }
      String[] scope = credential.split("/");
      if (scope.length != 5 || !scope[4].equals("aws4_request") || scope[0].isEmpty()) {
        return null;
      }
      Authorization authorization = new Authorization();
      authorization.accessKeyId = scope[0];
      authorization.date = scope[1];
      authorization.region = scope[2];
      authorization.service = scope[3];
      authorization.signedHeaders = List.of(signedHeaders.toLowerCase(Locale.ROOT).split(";"));
      authorization.signature = signature;
      return authorization;
    }
  }
}
