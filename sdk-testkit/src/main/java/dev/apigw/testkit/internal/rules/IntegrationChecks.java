package dev.apigw.testkit.internal.rules;

import static dev.apigw.testkit.internal.rules.Check.naming;
import static dev.apigw.testkit.internal.rules.Check.of;

import dev.apigw.testkit.internal.store.ProposedChange;
import java.util.List;
import java.util.Set;

/** The service's validation of an integration's members, which depends on its type and API. */
final class IntegrationChecks {
  private static final Set<String> PROXY_TYPES = Set.of("AWS_PROXY", "HTTP_PROXY");

  static final List<Check> TABLE =
      List.of(
          of(
                  "http-api-proxy-only",
                  "An HTTP API has proxy integrations only (AWS_PROXY, HTTP_PROXY); MOCK, AWS and HTTP"
                      + " integrations belong to WebSocket APIs.",
                  change ->
                      ApiProtocol.isHttp(change.parent())
                          && change.valueAfter("integrationType") != null
                          && !PROXY_TYPES.contains(
                              String.valueOf(change.valueAfter("integrationType"))),
                  "Currently, an API with a protocol type of HTTP may only be associated with proxy"
                      + " integrations (AWS_PROXY, HTTP_PROXY)")
              .recordedIn(
                  "2021 and 2022 reports of CreateIntegration with the AWS CLI and Terraform"),
          of(
              "http-proxy-uri",
              "An HTTP_PROXY integration needs the URL (or, through a VPC link, the listener ARN)"
                  + " it forwards to.",
              change ->
                  "HTTP_PROXY".equals(change.valueAfter("integrationType"))
                      && isBlank(change.valueAfter("integrationUri")),
              "IntegrationUri is a required parameter for HTTP_PROXY integration"),
          naming(
                  "timeout-range",
                  "A custom timeout is 50 to 30,000 ms on an HTTP API and 50 to 29,000 ms on a"
                      + " WebSocket API.",
                  change -> {
                    Object timeout = change.body().get("timeoutInMillis");
                    return timeout instanceof Number
                        && (((Number) timeout).longValue() < 50
                            || ((Number) timeout).longValue() > maxTimeout(change));
                  },
                  change -> "Timeout should be between 50 ms and " + maxTimeout(change) + " ms")
              .recordedIn(
                  "reports of the same answer to AWS::ApiGatewayV2::Integration and to REST APIs'"
                      + " integrations"));

  private IntegrationChecks() {}

  private static long maxTimeout(ProposedChange change) {
    return ApiProtocol.isHttp(change.parent()) ? 30000L : 29000L;
  }

  private static boolean isBlank(Object value) {
    return value == null || String.valueOf(value).isBlank();
  }
}
