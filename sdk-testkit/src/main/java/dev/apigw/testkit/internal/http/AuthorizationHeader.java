package dev.apigw.testkit.internal.http;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The parts of an {@code AWS4-HMAC-SHA256} Authorization header. Immutable. */
final class AuthorizationHeader {
  final String accessKeyId;
  final String date;
  final String region;
  final String service;
  final List<String> signedHeaders;
  final String signature;

  private AuthorizationHeader(String[] scope, String signedHeaders, String signature) {
    this.accessKeyId = scope[0];
    this.date = scope[1];
    this.region = scope[2];
    this.service = scope[3];
    this.signedHeaders = List.of(signedHeaders.toLowerCase(Locale.ROOT).split(";"));
    this.signature = signature;
  }

  /** The header's parts, or null when it is not a well-formed SigV4 header. */
  static @Nullable AuthorizationHeader parse(String header) {
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
    return new AuthorizationHeader(scope, signedHeaders, signature);
  }
}
