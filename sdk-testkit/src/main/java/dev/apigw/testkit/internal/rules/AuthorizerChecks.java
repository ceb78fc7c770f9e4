package dev.apigw.testkit.internal.rules;

import static dev.apigw.testkit.internal.rules.Check.of;

import dev.apigw.testkit.internal.store.ProposedChange;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The service's validation of an authorizer's members, which depends on its type and API. */
final class AuthorizerChecks {
  static final List<Check> TABLE =
      List.of(
          of(
                  "request-authorizer-payload-format",
                  "An HTTP API's Lambda (REQUEST) authorizer must say which payload format version it"
                      + " receives, 1.0 or 2.0.",
                  change ->
                      ApiProtocol.isHttp(change.parent())
                          && "REQUEST".equals(change.valueAfter("authorizerType"))
                          && change.valueAfter("authorizerPayloadFormatVersion") == null,
                  "AuthorizerPayloadFormatVersion is a required parameter for REQUEST authorizer")
              .recordedIn("a 2020 Terraform report of CreateAuthorizer on an HTTP API"),
          of(
              "jwt-issuer",
              "A JWT authorizer needs the issuer of the tokens it accepts.",
              change -> isJwt(change) && blank(jwt(change).get("issuer")),
              "Issuer is a required parameter for JWT authorizer"),
          of(
              "jwt-audience",
              "A JWT authorizer needs at least one audience the tokens must be meant for.",
              change -> isJwt(change) && blank(jwt(change).get("audience")),
              "Audience is a required parameter for JWT authorizer"));

  private AuthorizerChecks() {}

  private static boolean isJwt(ProposedChange change) {
    return "JWT".equals(change.valueAfter("authorizerType"));
  }

  private static Map<?, ?> jwt(ProposedChange change) {
    Object configuration = change.valueAfter("jwtConfiguration");
    return configuration instanceof Map ? (Map<?, ?>) configuration : Map.of();
  }

  private static boolean blank(Object value) {
    return value == null
        || value instanceof String && ((String) value).isBlank()
        || value instanceof Collection && ((Collection<?>) value).isEmpty();
  }
}
